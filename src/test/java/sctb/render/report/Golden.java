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
final class Golden {
  static final Path DIR = Path.of("src/test/resources/golden");

  private Golden() {}

  static void check(String name, String actual) throws IOException {
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

  /** The first few differing lines, "-" expected, "+" actual, with line numbers. */
  static String diff(String expected, String actual) {
    List<String> a = expected.lines().toList();
    List<String> b = actual.lines().toList();
    StringBuilder out = new StringBuilder();
    int shown = 0;
    for (int i = 0; i < Math.max(a.size(), b.size()) && shown < 8; i++) {
      String x = i < a.size() ? a.get(i) : "<no line>";
      String y = i < b.size() ? b.get(i) : "<no line>";
      if (!x.equals(y)) {
        out.append("line ").append(i + 1).append(":\n- ").append(x).append("\n+ ").append(y).append('\n');
        shown++;
      }
    }
    if (shown == 0) {
      out.append("(only line endings or the final newline differ)\n");
    }
    return out.toString();
  }
}
