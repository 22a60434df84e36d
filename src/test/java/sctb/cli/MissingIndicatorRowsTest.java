package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The feedback and the letter said "7 indicator rows are missing" without saying which: an agency cannot
 * act on a count. They now name the rows missing against the previous report (indicator code, sector,
 * entity as the agency spelled it), the first twenty, and count the rest.
 */
class MissingIndicatorRowsTest {
  private static final Map<String, String> TODAY = Map.of("SCTB_TODAY", "2026-12-22");

  @TempDir Path dir;

  @Test
  void theFeedbackNamesTheRowsMissingInBothLanguages() {
    CliRun vi = CliRun.runWithEnv(TODAY, "feedback", "--period", "2026H2", "--agency", "BQLKKT", "--format", "md", "-o", "-",
        "-q");
    assertThat(vi.out()).contains("Kỳ trước quý đơn vị báo cáo 7 dòng số liệu chỉ tiêu; kỳ này chưa nhận được dòng nào.")
        .containsPattern("- Chỉ tiêu “Tỷ lệ khu kinh tế[^”]*” \\(mã zones-awareness\\): KCN Bắc Sông Mã; KCN Đông Hòa; KCN Hải Tiến Xanh; .*KKT Nghi Sơn")
        .doesNotContain("dòng khác");
    CliRun en = CliRun.runWithEnv(TODAY, "--lang", "en", "remind", "--period", "2026H2", "--agency", "BQLKKT", "--format",
        "html", "-o", "-", "-q");
    assertThat(en.out()).containsPattern("- Indicator “[^”]+” \\(code zones-awareness\\)").contains("KCN Bắc Sông Mã;");
  }

  @Test
  void manyMissingRowsAreNamedTwentyAndTheRestCounted() throws Exception {
    Path data = Amendments.samplesOf(dir.resolve("samples"), "2026H1", "2026H2");
    Path sct = data.resolve("2026H2/SCT-chi-so.csv");
    Files.write(sct, Files.readAllLines(sct).subList(0, 11)); // the header and 10 of its 66 rows
    CliRun run = CliRun.runWithEnv(TODAY, "feedback", "--period", "2026H2", "--agency", "SCT", "--data", data.toString(),
        "--format", "md", "-o", "-", "-q");
    assertThat(run.out()).contains("kỳ này đã nhận 10 dòng, còn thiếu 57 dòng.")
        .contains("- Chỉ tiêu “Mức giảm tiêu hao nguyên nhiên vật liệu trên đơn vị sản phẩm” (mã consumption-reduction), ngành ")
        .contains("- và 37 dòng khác còn thiếu.");
  }

  /**
   * One indicator row owed reads "1 indicator row" in every English sentence of the letters: the feedback's count, its
   * e-mail's summary, the reminder's table ("1 indicator row", not "1 indicator rows").
   */
  @Test
  void oneIndicatorRowIsSingularInEnglish() throws Exception {
    Path data = Amendments.samplesOf(dir.resolve("samples"), "2026H1", "2026H2");
    Path previous = data.resolve("2026H1/BQLKKT-chi-so.csv");
    Files.write(previous, Files.readAllLines(previous).subList(0, 2)); // its previous report: one row (KKT Nghi Sơn)
    String[] common = {"--lang", "en", "--period", "2026H2", "--agency", "BQLKKT", "--data", data.toString(), "-o", "-", "-q"};
    CliRun feedback = CliRun.runWithEnv(TODAY, concat(new String[] {"feedback", "--format", "md"}, common));
    assertThat(feedback.out()).contains("Your previous report had 1 indicator row; none has been received for this period.")
        .contains(": KKT Nghi Sơn").doesNotContain("1 indicator rows");
    CliRun email = CliRun.runWithEnv(TODAY, concat(new String[] {"feedback", "--format", "eml"}, common));
    assertThat(FeedbackCommandTest.text(email.out())).contains("In short: 1 indicator row missing.");
    CliRun combined = CliRun.runWithEnv(TODAY, concat(new String[] {"remind", "--combined", "--format", "html"}, common));
    assertThat(combined.out()).contains("1 indicator row").doesNotContain("1 indicator rows");
  }

  private static String[] concat(String[] a, String[] b) {
    return java.util.stream.Stream.concat(java.util.Arrays.stream(a), java.util.Arrays.stream(b)).toArray(String[]::new);
  }
}
