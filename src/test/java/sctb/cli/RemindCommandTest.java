package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sctb remind}: whom it writes to, what plan.yaml fills in, what it leaves for the clerk, its templates. */
class RemindCommandTest {
  static final Map<String, String> TODAY = Map.of("SCTB_TODAY", "2026-11-25");

  @TempDir Path dir;

  @Test
  void oneLetterToEachAgencyThatOwesSomethingTheRecipientAside() throws Exception {
    CliRun run = CliRun.runWithEnv(TODAY, "remind", "--period", "2026H2", "--format", "docx", "--out-dir", dir.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1); // some of them have errors to fix
    List<String> written;
    try (Stream<Path> files = Files.list(dir)) {
      written = files.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertThat(written).containsExactly("don-doc-2026H2-BQLKKT.docx", "don-doc-2026H2-HTCBVNTD.docx",
        "don-doc-2026H2-NHNN.docx", "don-doc-2026H2-SKHCN.docx", "don-doc-2026H2-SNGV.docx", "don-doc-2026H2-SNNMT.docx",
        "don-doc-2026H2-SVHTTDL.docx", "don-doc-2026H2-SXD.docx", "don-doc-2026H2-TTXTDT.docx");
    // what the letters leave blank is said once
    assertThat(run.err()).contains("plan.number, plan.date", "reporting.contact");
    // why the exit code is 1, about the letters
    assertThat(run.err()).containsPattern("Báo cáo của \\d+ đơn vị được đôn đốc có lỗi \\([A-Z, ]*SXD[A-Z, ]*\\): công văn vẫn được ghi")
        .contains("sctb feedback --period 2026H2").doesNotContain("Báo cáo vẫn được ghi");
  }

  @Test
  void theLegalBasisAndTheContactComeFromPlanYaml() throws Exception {
    Path plan = dir.resolve("plan.yaml");
    String text = Files.readString(CliRun.PLAN, StandardCharsets.UTF_8)
        .replace("  number: null\n  date: null\n", "  number: \"123/KH-UBND\"\n  date: \"2021-03-15\"\n")
        .replace("  contact: null\n", "  contact: {name: \"Lê Thị Hoa\", unit: {vi: \"Phòng Quản lý công nghiệp\", "
            + "en: \"Industry Division\"}, phone: \"0237 3852 123\", email: \"hoa@example.vn\"}\n")
        .replace("  resend_days: 7\n", "  resend_days: 10\n");
    Files.writeString(plan, text, StandardCharsets.UTF_8);
    CliRun run = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2026-12-15"), "remind", "--period", "2026H2", "--plan",
        plan.toString(), "--data", CliRun.REPO.resolve("samples").toString(), "--agency", "SNGV", "--format", "html", "-o", "-");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("Thực hiện Kế hoạch số 123/KH-UBND ngày 15/03/2021 của UBND tỉnh Thanh Hóa thực hiện Chương trình",
        "Chi tiết xin liên hệ: Lê Thị Hoa; Phòng Quản lý công nghiệp, Sở Công Thương; điện thoại: 0237 3852 123; thư điện tử: hoa@example.vn.",
        // five days before the due date, ten are given
        "trước ngày 25/12/2026.", "Kính gửi: Sở Ngoại vụ.", "- Nhiệm vụ XV.2:");
  }

  @Test
  void aCompleteReportNeedsNoReminder() {
    CliRun run = CliRun.runWithEnv(TODAY, "remind", "--period", "2026H2", "--agency", "STC", "--out-dir", dir.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("STC đã gửi đủ báo cáo", "không đơn vị nào cần đôn đốc");
    assertThat(dir.toFile().list()).isEmpty();
  }

  @Test
  void afterTheDueDateTheLetterSaysItHasPassed() {
    CliRun run = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2026-12-28"), "remind", "--period", "2026H2", "--agency", "NHNN",
        "--format", "html", "-o", "-");
    assertThat(run.out()).contains("Hạn báo cáo theo Kế hoạch (ngày 20/12/2026) đã qua", "trước ngày 04/01/2027",
        "Đến ngày 28/12/2026, Sở Công Thương chưa nhận được báo cáo");
  }

  @Test
  void theDepartmentsOwnWordingIsUsedAndItsTemplatesStayInTheSandbox() throws Exception {
    Path templates = Files.createDirectories(dir.resolve("mau").resolve("lang"));
    String wording = new String(RemindCommandTest.class.getResourceAsStream("/sctb/templates/lang/collect-vi.ftl").readAllBytes(),
        StandardCharsets.UTF_8);
    Files.writeString(templates.resolve("collect-vi.ftl"), wording.replace("/SCT-QLCN", "/SCT-KHTC"), StandardCharsets.UTF_8);
    CliRun own = CliRun.runWithEnv(TODAY, "remind", "--period", "2026H2", "--agency", "SXD", "--format", "html", "-o", "-",
        "--templates", templates.getParent().toString());
    assertThat(own.out()).contains("/SCT-KHTC").doesNotContain("/SCT-QLCN");
    Files.writeString(templates.getParent().resolve("reminder.html.ftlh"), "${\"java.lang.ProcessBuilder\"?new()}",
        StandardCharsets.UTF_8);
    CliRun hostile = CliRun.runWithEnv(TODAY, "remind", "--period", "2026H2", "--agency", "SXD", "--format", "html", "-o", "-",
        "--templates", templates.getParent().toString());
    assertThat(hostile.exitCode()).isEqualTo(1);
    assertThat(hostile.err()).contains("reminder.html.ftlh");
    assertThat(hostile.out()).isEmpty();
  }

  @Test
  void theSameInputsGiveTheSameBytes() throws Exception {
    for (String out : new String[] {"a", "b"}) {
      CliRun.runWithEnv(TODAY, "remind", "--period", "2026H2", "--combined", "--date", "26/11/2026", "--out-dir",
          dir.resolve(out).toString(), "-q");
    }
    for (String f : new String[] {"don-doc-2026H2.docx", "don-doc-2026H2.pdf"}) {
      assertThat(Files.readAllBytes(dir.resolve("a").resolve(f))).isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(f)));
    }
  }
}
