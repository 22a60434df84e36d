package sctb.io.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sctb.core.submission.Submissions;

/**
 * The cross-file rules look rows up a batch at a time, each batch's table slots read first
 * (ValidationRun): every repeated row is still found, against the first line of its key, whether the
 * two fall in one batch or in batches far apart, in one file or two, while the key table grows.
 */
class DuplicatesInBatchesTest {
  private static final String HEADER = "period,agency,indicator,sector,entity,numerator,denominator,unit,note\r\n";

  @TempDir
  Path dir;

  @Test
  void everyRepeatIsFoundAgainstTheFirstLineOfItsKey() throws IOException {
    int distinct = 3_000; // a key table grown several times while the rows come
    List<Integer> first = new ArrayList<>();
    for (int i = 0; i < distinct; i++) {
      first.add(i);
      if (i % 20 == 0) {
        first.add((i * 7 + 13) % distinct); // a key met before, just now, or still to come
      }
    }
    List<Integer> second = new ArrayList<>();
    for (int j = 0; j < 150; j++) {
      second.add((j * 11 + 5) % distinct);
    }
    Files.createDirectories(dir.resolve("2026H1"));
    Path a = write("SCT-chi-so-1.csv", first);
    Path b = write("SCT-chi-so-2.csv", second);

    Submissions s = Check.read(a, b);

    Map<Integer, Integer> firstLine = new HashMap<>();
    List<String> expected = new ArrayList<>();
    for (String file : List.of("SCT-chi-so-1.csv", "SCT-chi-so-2.csv")) {
      List<Integer> keys = file.endsWith("1.csv") ? first : second;
      for (int i = 0; i < keys.size(); i++) {
        Integer held = firstLine.putIfAbsent(keys.get(i), i + 2);
        if (held != null) {
          expected.add(file + ":" + (i + 2) + " <- " + held);
        }
      }
    }
    List<String> found = s.diagnostics().stream().filter(d -> d.code().id().equals("duplicate-row"))
        .map(d -> d.location().file().replaceAll(".*/", "") + ":" + d.location().line() + " <- " + d.args().get(d.args().size() - 2))
        .toList();
    assertThat(expected).hasSizeGreaterThan(250);
    assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(s.rejectedRows()).isEqualTo(expected.size());
  }

  private Path write(String name, List<Integer> keys) {
    StringBuilder text = new StringBuilder(HEADER);
    for (int key : keys) {
      text.append("2026H1,SCT,eco-packaging,,Siêu thị Hậu Lộc số ").append(key).append(",1,1,,\r\n");
    }
    return Check.write(dir.resolve("2026H1"), name, text.toString().getBytes(StandardCharsets.UTF_8));
  }
}
