package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outlier warning's figures are computed, not the cell's text: they were written 0.0095 in Vietnamese too. */
class OutlierNumbersTest {
  private static final Map<String, String> TODAY = Map.of("SCTB_TODAY", "2026-12-02");

  @TempDir
  Path folder;

  @Test
  void theOutlierWarningWritesItsFiguresAsTheLanguageDoes() throws IOException {
    String header = "period,agency,indicator,sector,entity,numerator,denominator\n";
    Files.writeString(folder.resolve("SCT-chi-so-2025H1.csv"),
        header + "2025H1,SCT,consumption-reduction,cement,Xi măng A,1000,10\n");
    Files.writeString(folder.resolve("SCT-chi-so-2025H2.csv"),
        header + "2025H2,SCT,consumption-reduction,cement,Xi măng A,95,10000\n");
    CliRun vi = CliRun.runWithEnv(TODAY, "validate", folder.toString());
    assertThat(vi.out()).contains("là 0,0095, chênh hơn").contains("(100)").doesNotContain("0.0095");
    CliRun en = CliRun.runWithEnv(TODAY, "validate", "--lang", "en", folder.toString());
    assertThat(en.out()).contains("0.0095");
  }
}
