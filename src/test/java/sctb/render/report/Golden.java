package sctb.render.report;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Compares rendered output with a reviewed file under src/test/resources/golden; on a mismatch shows
 * the first differing lines. Run with {@code -Dsctb.golden.update=true} to rewrite the files, then
 * review the change with {@code git diff}.
 */
public final class Golden {
  static final Path DIR = Path.of("src/test/resources/golden");

  private Golden() {}

  public static void check(String name, String actual) throws IOException {
    Path file = DIR.resolve(name);
    if (Boolean.getBoolean("sctb.golden.update") || !Files.exists(file)) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      if (!Boolean.getBoolean("sctb.golden.update")) {
        fail("golden file " + file + " did not exist; written now — review it and run again");
      }
      return;
    }
    String expected = Files.readString(file, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      fail("rendered output differs from " + file + " (regenerate with -Dsctb.golden.update=true):\n" + diff(expected, actual));
    }
  }

  /**
   * The changed block: lines before and after it that both files share are skipped, then up to 15
   * removed ("-") and added ("+") lines with their line numbers, so an insertion reads as one.
   */
  static String diff(String expected, String actual) {
    List<String> a = expected.lines().toList();
    List<String> b = actual.lines().toList();
    int head = 0;
    while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
      head++;
    }
    int tail = 0;
    while (tail < a.size() - head && tail < b.size() - head
        && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
      tail++;
    }
    StringBuilder out = new StringBuilder();
    out.append("@@ line ").append(head + 1).append(": ").append(a.size() - head - tail).append(" line(s) expected, ")
        .append(b.size() - head - tail).append(" line(s) rendered\n");
    for (int i = head; i < a.size() - tail && i < head + 15; i++) {
      out.append("- ").append(a.get(i)).append('\n');
    }
    for (int i = head; i < b.size() - tail && i < head + 15; i++) {
      out.append("+ ").append(b.get(i)).append('\n');
    }
    if (head == a.size() && head == b.size()) {
      out.append("(only line endings or the final newline differ)\n");
    }
    return out.toString();
  }
}
