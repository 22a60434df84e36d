package sctb.io.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sctb.core.diag.Diagnostic;
import sctb.core.submission.Submissions;

/**
 * Files are read period by period and each complete period forgotten (ReadOrder): the cross-file
 * rules must find the same problems as when every row is kept.
 */
class PeriodByPeriodTest {
  private static final String HEADER = "period,agency,indicator,sector,entity,numerator,denominator\n";

  @TempDir
  Path dir;

  @Test
  void aLateRowOfACompletePeriodIsStillCheckedForDuplicates() throws IOException {
    write("2024H1/SCT-chi-so.csv", "2024H1,SCT,consumption-reduction,steel,Thép A,1000,10\n");
    // 2024H1 is complete once only 2025H1 files are left; this file holds a late 2024H1 row again.
    write("2025H1/SCT-chi-so.csv", "2025H1,SCT,consumption-reduction,steel,Thép A,900,10\n"
        + "2024H1,SCT,consumption-reduction,steel,Thép A,1000,10\n");
    Submissions s = Check.read(dir);
    Diagnostic d = Check.only(s, "duplicate-row");
    assertThat(d.location().file()).endsWith("2025H1/SCT-chi-so.csv");
    Check.at(d, 3, "entity");
    assertThat(d.args().get(2)).endsWith("2024H1/SCT-chi-so.csv");
    // Read again from the start: each accepted row handed once.
    assertThat(s.indicators()).hasSize(2);
    assertThat(s.files()).hasSize(2);
  }

  @Test
  void outliersJudgedPeriodByPeriodAreThoseFoundWithEveryRowKept() throws IOException {
    String[] periods = {"2023H2", "2024H1", "2024H2"};
    StringBuilder all = new StringBuilder(HEADER);
    for (String p : periods) {
      StringBuilder rows = new StringBuilder();
      for (int i = 1; i <= 6; i++) {
        // Thép 2 jumps tenfold in 2024H1 (rule 1 twice: up, then down); Thép 6 stands out of its peers in 2024H2.
        int consumption = i == 2 && p.equals("2024H1") ? 10_000 + i : i == 6 && p.equals("2024H2") ? 9_000 : 1000 + i;
        rows.append(p).append(",SCT,consumption-reduction,steel,Thép ").append(i).append(',').append(consumption)
            .append(",10\n");
      }
      write(p + "/SCT-chi-so.csv", rows.toString());
      all.append(rows);
    }
    Submissions byPeriod = Check.read(dir.resolve("2023H2"), dir.resolve("2024H1"), dir.resolve("2024H2"));
    Path flat = Check.write(Files.createDirectories(dir.resolve("flat")), "all.csv", all.toString().getBytes(StandardCharsets.UTF_8));
    Submissions together = Check.read(flat);
    List<String> expected = outliers(together);
    assertThat(expected).hasSize(5); // Thép 2 up and down, its 2024H1 peers' rule, Thép 6 twice
    assertThat(outliers(byPeriod)).containsExactlyInAnyOrderElementsOf(expected);
  }

  private static List<String> outliers(Submissions s) {
    return s.diagnostics().stream().filter(d -> d.code().id().equals("outlier"))
        .map(d -> d.value() + " " + d.args()).toList();
  }

  private void write(String name, String rows) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, HEADER + rows, StandardCharsets.UTF_8);
  }
}
