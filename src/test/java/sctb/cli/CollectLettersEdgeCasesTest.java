package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Letters and feedback in the cases a checker tried that the team had not: what the officer who signs them reads. */
class CollectLettersEdgeCasesTest {
  static final Map<String, String> TODAY = Map.of("SCTB_TODAY", "2026-11-25");

  @TempDir Path dir;

  /** Two files for the period, one row in both: the other file is named as the clerk saved it, not by the Department's folders. */
  @Test
  void aRowRepeatedInAnotherFileNamesThatFileAsTheClerkKnowsIt() throws Exception {
    Path data = Files.createDirectories(dir.resolve("nop/2026H2"));
    String sent = Files.readString(CliRun.REPO.resolve("samples/2026H2/STC-nhiem-vu.csv"));
    Files.writeString(data.resolve("STC-nhiem-vu.csv"), sent);
    Files.writeString(data.resolve("STC-nhiem-vu - Copy.csv"), sent.lines().limit(2).reduce("", (a, b) -> a + b + "\n"));
    CliRun run = CliRun.runWithEnv(TODAY, "feedback", "--period", "2026H2", "--data", data.toString(), "--agency", "STC",
        "--format", "md", "-o", "-", "-q");
    assertThat(run.out()).containsPattern("Dòng trùng với dòng 2 của tệp STC-nhiem-vu(?: - Copy)?\\.csv: cùng kỳ")
        .doesNotContain("nop/2026H2", dir.toString());
  }

  /** One letter to all that reaches one agency is that agency's letter: "Kính gửi: X.", "quý đơn vị", not a list of one. */
  @Test
  void aLetterToAllWithOneAddresseeIsWrittenToIt() {
    CliRun vi = CliRun.runWithEnv(TODAY, "remind", "--period", "2026H2", "--agency", "TTXTDT", "--combined", "--format",
        "html", "-o", "-", "-q");
    assertThat(vi.exitCode()).as(vi.err()).isZero();
    assertThat(vi.out()).contains("<p class=\"to\">Kính gửi: Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch Thanh Hóa.</p>",
        "Sở Công Thương đề nghị quý đơn vị hoàn thành và gửi báo cáo", "Sở Công Thương đề nghị quý đơn vị quan tâm")
        .contains("<table class=\"data\">") // still the table of a letter to all
        // how many owe in all, then the one the officer chose: not "9/13 sent; 1 still owes"
        .contains("của 9/13 cơ quan, đơn vị; còn 9 cơ quan, đơn vị chưa gửi hoặc gửi chưa đầy đủ, trong đó:")
        .doesNotContain("<p class=\"to-list\">", "các cơ quan, đơn vị quan tâm");
    CliRun two = CliRun.runWithEnv(TODAY, "remind", "--period", "2026H2", "--agency", "TTXTDT", "--agency", "SKHCN",
        "--combined", "--format", "html", "-o", "-", "-q");
    CliRun all = CliRun.runWithEnv(TODAY, "--lang", "en", "remind", "--period", "2026H2", "--combined", "--format", "html",
        "-o", "-", "-q");
    assertThat(all.out()).contains("of 9 of 13 agencies; 9 agencies have not reported or reported incompletely:");
    assertThat(two.out()).contains("<p class=\"to-list\">- Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch Thanh Hóa;</p>",
        "đề nghị các cơ quan, đơn vị quan tâm");
  }

  /** A former agency's code on the command line: the officer is told whose report it now is, and why. */
  @Test
  void aFormerAgencysCodeIsFollowedAndSaidSo() {
    CliRun merged = CliRun.runWithEnv(TODAY, "feedback", "--period", "2026H2", "--agency", "SKHDT", "--format", "md", "-o", "-");
    assertThat(merged.exitCode()).as(merged.err()).isZero();
    assertThat(merged.out()).contains("Kính gửi: Sở Tài chính");
    assertThat(merged.err()).contains("SKHDT (Sở Kế hoạch và Đầu tư) đã được STC (Sở Tài chính) kế thừa từ ngày 01/03/2025: "
        + "kỳ 2026H2 là báo cáo của STC, văn bản gửi STC.");
    CliRun split = CliRun.runWithEnv(TODAY, "--lang", "en", "remind", "--period", "2026H2", "--agency", "SLDTBXH", "--format",
        "html", "-o", "-");
    assertThat(split.exitCode()).isEqualTo(2);
    assertThat(split.err()).contains("save the tasks that went to others (IX.5: SGDDT)", "SNV does not report for 2026H2");
    CliRun quiet = CliRun.runWithEnv(TODAY, "feedback", "--period", "2026H2", "--agency", "SKHDT", "--format", "md", "-o", "-",
        "-q");
    assertThat(quiet.err()).isEmpty();
  }

  /** The feedback says, as the letters do, that plan.yaml names no contact: its last sentence is dots. */
  @Test
  void feedbackWithoutAContactSaysTheDotsAreToFill() {
    CliRun run = CliRun.runWithEnv(TODAY, "feedback", "--period", "2026H2", "--agency", "STC", "--format", "md", "-o", "-");
    assertThat(run.out()).contains("Chi tiết xin liên hệ: ……………………");
    assertThat(run.err()).contains("plan.yaml chưa ghi người liên hệ (reporting.contact): phiếu phản hồi để dấu chấm");
  }
}
