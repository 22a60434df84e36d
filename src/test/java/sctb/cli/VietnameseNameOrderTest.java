package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Establishments listed to a reader are in Vietnamese alphabetical order (docs/methodology.md), not by
 * tax code or code points: the report's establishments left out of the comparison, the feedback's missing
 * rows ("KCN Đông Hòa" came after "KCN Tây Thành").
 */
class VietnameseNameOrderTest {
  @TempDir Path dir;

  @Test
  void establishmentsLeftOutOfTheComparisonAreListedAlphabetically() throws Exception {
    Path data = dir.resolve("samples");
    for (String period : new String[] {"2025H1", "2025H2", "2026H1"}) {
      Path folder = Files.createDirectories(data.resolve(period));
      try (var files = Files.list(CliRun.REPO.resolve("samples").resolve(period))) {
        for (Path f : files.toList()) {
          Files.copy(f, folder.resolve(f.getFileName().toString()));
        }
      }
    }
    // four new establishments (no 2025 figures): their tax codes in the opposite order of their names
    Files.writeString(data.resolve("2026H1/SCT-chi-so.csv"), """
        2026H1,SCT,consumption-reduction,textile,1000000001,Công ty TNHH Yên Định,100.0,10.0,kgOE/tấn,
        2026H1,SCT,consumption-reduction,textile,1000000002,Công ty TNHH Đông Sơn,100.0,10.0,kgOE/tấn,
        2026H1,SCT,consumption-reduction,textile,1000000003,Công ty TNHH Ấp Bắc,100.0,10.0,kgOE/tấn,
        2026H1,SCT,consumption-reduction,textile,1000000004,Công ty TNHH An Phú,100.0,10.0,kgOE/tấn,
        """, StandardOpenOption.APPEND);
    CliRun run = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2026-11-25"), "report", "--period", "2026H1", "--data",
        data.toString(), "--format", "md", "-o", "-", "-q");
    String md = run.out();
    int an = md.indexOf("Dệt may: Công ty TNHH An Phú"), ap = md.indexOf("Dệt may: Công ty TNHH Ấp Bắc");
    int dong = md.indexOf("Dệt may: Công ty TNHH Đông Sơn"), yen = md.indexOf("Dệt may: Công ty TNHH Yên Định");
    assertThat(an).as(md).isPositive();
    assertThat(new int[] {an, ap, dong, yen}).isSorted();
  }
}
