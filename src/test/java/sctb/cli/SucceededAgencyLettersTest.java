package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chasing a report of a period before the 2025 reorganisation: the former Department of Planning and
 * Investment owes its 2024H2 report; since 01/03/2025 the Department of Finance carries its duty, so the
 * letters and feedback go there, naming whose report it is — never to a body that no longer exists.
 */
class SucceededAgencyLettersTest {
  @TempDir Path dir;

  /** The samples' 2024H2 reports without the Department of Planning and Investment's. */
  private Path withoutSkhdt() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("data/2024H2"));
    try (var files = Files.list(CliRun.REPO.resolve("samples/2024H2"))) {
      for (Path f : files.filter(f -> !f.getFileName().toString().startsWith("SKHDT")).toList()) {
        Files.copy(f, folder.resolve(f.getFileName().toString()));
      }
    }
    return folder;
  }

  @Test
  void aLetterAboutAFormerDepartmentsReportGoesToItsSuccessorToday() throws Exception {
    Path data = withoutSkhdt();
    CliRun vi = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2026-12-01"), "remind", "--period", "2024H2", "--data",
        data.toString(), "--agency", "SKHDT", "--format", "html", "-o", "-", "-q");
    assertThat(vi.exitCode()).as(vi.err()).isZero();
    assertThat(vi.out()).contains("Kính gửi: Sở Tài chính.")
        .contains("chưa nhận được báo cáo kết quả thực hiện Kế hoạch 6 tháng cuối năm 2024 của Sở Kế hoạch và Đầu tư "
            + "(nay quý Sở tiếp nhận nhiệm vụ) về các nhiệm vụ được giao chủ trì sau:")
        .contains("- Nhiệm vụ I.3:")
        .doesNotContain("Kính gửi: Sở Kế hoạch và Đầu tư");
    CliRun all = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2026-12-01"), "remind", "--period", "2024H2", "--data",
        data.toString(), "--combined", "--format", "html", "-o", "-", "-q");
    assertThat(all.out()).contains("Sở Tài chính (báo cáo của Sở Kế hoạch và Đầu tư)");
    CliRun en = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2026-12-01"), "--lang", "en", "remind", "--period", "2024H2",
        "--data", data.toString(), "--agency", "SKHDT", "--format", "html", "-o", "-", "-q");
    assertThat(en.out()).contains("To: Department of Finance.")
        .contains("has not received the report on the Plan&#39;s implementation for the second half of 2024 of the "
            + "Department of Planning and Investment (whose duties your agency has taken over) on the following tasks:");
  }

  @Test
  void beforeTheMergerTheDepartmentIsWrittenToItself() throws Exception {
    CliRun run = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2025-01-05"), "remind", "--period", "2024H2", "--data",
        withoutSkhdt().toString(), "--agency", "SKHDT", "--format", "html", "-o", "-", "-q");
    assertThat(run.out()).contains("Kính gửi: Sở Kế hoạch và Đầu tư.")
        .contains("chưa nhận được báo cáo kết quả thực hiện Kế hoạch 6 tháng cuối năm 2024 của quý Sở về các nhiệm vụ được "
            + "giao chủ trì sau:");
  }

  @Test
  void feedbackOnAFormerDepartmentsFileGoesToItsSuccessor() throws Exception {
    Path data = withoutSkhdt();
    Files.writeString(data.resolve("SKHDT-nhiem-vu.csv"),
        Files.readString(CliRun.REPO.resolve("samples/2024H2/SKHDT-nhiem-vu.csv")).replace("13/12/2024", "31/12/2024x"));
    CliRun run = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2026-12-01"), "feedback", "--period", "2024H2", "--data",
        data.toString(), "--agency", "SKHDT", "--format", "md", "-o", "-", "-q");
    assertThat(run.out()).contains("Kính gửi: Sở Tài chính")
        .contains("của Sở Kế hoạch và Đầu tư (nay quý Sở tiếp nhận nhiệm vụ)");
  }

  /** Task IX.5 of the former Department of Labour went to the Department of Education (successor_by_task), the rest to Home Affairs. */
  @Test
  void aSplitDepartmentsTaskIsChasedFromWhoeverCarriesItToday() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty/2024H2"));
    CliRun run = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2026-12-01"), "remind", "--period", "2024H2", "--data",
        empty.toString(), "--agency", "SLDTBXH", "--format", "html", "-o", "-", "-q");
    assertThat(run.out()).contains("Kính gửi: Sở Giáo dục và Đào tạo.")
        .contains("của Sở Lao động - Thương binh và Xã hội (nay quý Sở tiếp nhận nhiệm vụ)").contains("- Nhiệm vụ IX.5:")
        .doesNotContain("Sở Nội vụ");
  }

  /**
   * Feedback on the former Department of Labour's 2024H2 file, whose one row (task IX.5) has an error: the
   * error and the task missing go to the Department of Education, which carries IX.5 today — as the reminders
   * do; the general successor (Home Affairs) hears that its part is complete and who was asked for IX.5,
   * never that the whole report came complete. Before, the error went to Home Affairs, which no longer has the task.
   */
  @Test
  void feedbackOnASplitDepartmentsReportGoesToEachSuccessorForItsPart() throws Exception {
    Path data = Files.createDirectories(dir.resolve("split/2024H2"));
    Files.writeString(data.resolve("SLDTBXH-nhiem-vu.csv"), Files.readString(
        CliRun.REPO.resolve("samples/2024H2/SLDTBXH-nhiem-vu.csv")).replace("Đang triển khai,", "Dang lam,"));
    Path out = dir.resolve("out");
    CliRun run = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2026-12-01"), "feedback", "--period", "2024H2", "--data",
        data.toString(), "--agency", "SLDTBXH", "--format", "md", "--out-dir", out.toString(), "-q");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    String homeAffairs = Files.readString(out.resolve("phan-hoi-2024H2-SLDTBXH-SNV.md"));
    String education = Files.readString(out.resolve("phan-hoi-2024H2-SLDTBXH-SGDDT.md"));
    assertThat(homeAffairs).contains("Kính gửi: Sở Nội vụ", "| SLDTBXH-nhiem-vu.csv | không rõ | 1 | 1 | 1 | 0 |",
        "phần báo cáo thuộc nhiệm vụ quý Sở tiếp nhận đã đủ, số liệu không có lỗi. Nhiệm vụ IX.5 nay do Sở Giáo dục và Đào tạo "
            + "đảm nhận; Sở Công Thương gửi Sở Giáo dục và Đào tạo phiếu phản hồi riêng đề nghị gửi kết quả thực hiện (kể cả 1 "
            + "lỗi ở dòng ghi nhiệm vụ này).")
        .doesNotContain("dòng 2, cột “Tình trạng”", "- Nhiệm vụ IX.5", "đã nhận đủ");
    assertThat(education).contains("Kính gửi: Sở Giáo dục và Đào tạo", "- Nhiệm vụ IX.5:",
        "dòng kết quả của nhiệm vụ dưới đây, nay do quý Sở đảm nhận, có lỗi nên chưa được tổng hợp.",
        "vị trí ghi theo tệp báo cáo của Sở Lao động - Thương binh và Xã hội:",
        "| 1 | SLDTBXH-nhiem-vu.csv, dòng 2, cột “Tình trạng” | Trạng thái “Dang lam” không hợp lệ",
        "Đề nghị quý Sở gửi kết quả thực hiện nhiệm vụ nêu trên (đã sửa các lỗi nêu trên) về Sở Công Thương trước ngày 08/12/2026.")
        .doesNotContain("thay cho tệp đã gửi", "đã nhận đủ");
    // the reminder about the report goes to the Department of Education alone, its error counted there
    CliRun remind = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2026-12-01"), "remind", "--period", "2024H2", "--data",
        data.toString(), "--agency", "SLDTBXH", "--format", "html", "-o", "-", "-q");
    assertThat(remind.out()).contains("Kính gửi: Sở Giáo dục và Đào tạo.", "tuy nhiên báo cáo còn 1 lỗi số liệu chưa sửa")
        .doesNotContain("Sở Nội vụ");
    // -o writes one file: the officer is told why one agency gives two documents
    CliRun one = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2026-12-01"), "feedback", "--period", "2024H2", "--data",
        data.toString(), "--agency", "SLDTBXH", "--format", "md", "-o", "-");
    assertThat(one.exitCode()).isEqualTo(2);
    assertThat(one.err()).contains("báo cáo của SLDTBXH nay chia cho nhiều đơn vị kế thừa (SNV, SGDDT");
  }

  /**
   * The former Department of Labour's file holds no row for IX.5 (its one task, now the Department of
   * Education's): the general part is complete, the moved task missing. No document tells anyone the report
   * came complete: Home Affairs hears its part is complete and that IX.5 was asked of the Department of
   * Education, which is asked for it — in the feedback, its e-mail, and in English.
   */
  @Test
  void aSplitReportMissingItsMovedTaskIsNeverCalledComplete() throws Exception {
    Path data = Files.createDirectories(dir.resolve("moved/2024H2"));
    Files.writeString(data.resolve("SLDTBXH-nhiem-vu.csv"), Files.readString(
        CliRun.REPO.resolve("samples/2024H2/SLDTBXH-nhiem-vu.csv")).replace(",IX.5,", ",IX.4,"));
    Path out = dir.resolve("out");
    for (String lang : new String[] {"vi", "en"}) {
      CliRun run = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2026-12-01"), "--lang", lang, "feedback", "--period", "2024H2",
          "--data", data.toString(), "--agency", "SLDTBXH", "--format", "md,eml", "--out-dir", out.resolve(lang).toString(), "-q");
      assertThat(run.exitCode()).as(run.err()).isZero();
    }
    String homeAffairs = Files.readString(out.resolve("vi/phan-hoi-2024H2-SLDTBXH-SNV.md"));
    assertThat(homeAffairs).contains("# XÁC NHẬN ĐÃ NHẬN BÁO CÁO",
        "của Sở Lao động - Thương binh và Xã hội (nay quý Sở tiếp nhận nhiệm vụ), gửi ngày 12/12/2024, gồm các tệp dưới đây; "
            + "phần báo cáo thuộc nhiệm vụ quý Sở tiếp nhận đã đủ, số liệu không có lỗi. Nhiệm vụ IX.5 nay do Sở Giáo dục và Đào "
            + "tạo đảm nhận;")
        .doesNotContain("đã nhận đủ", ") (")
        // the warning on its row names agencies as the plan does, not by code ("cơ quan SLDTBXH")
        .contains("Đơn vị báo cáo (Sở Lao động - Thương binh và Xã hội) không chủ trì cũng không phối hợp thực hiện nhiệm vụ "
            + "IX.4 (đơn vị chủ trì: Sở Giáo dục và Đào tạo)");
    assertThat(Files.readString(out.resolve("vi/phan-hoi-2024H2-SLDTBXH-SGDDT.md"))).contains("# PHIẾU PHẢN HỒI",
        "báo cáo chưa có kết quả của nhiệm vụ dưới đây, nay do quý Sở đảm nhận.", "- Nhiệm vụ IX.5:").doesNotContain("đủ");
    assertThat(FeedbackCommandTest.text(Files.readString(out.resolve("vi/phan-hoi-2024H2-SLDTBXH-SNV.eml"))))
        .contains("phần báo cáo thuộc nhiệm vụ quý Sở tiếp nhận đã đủ", "Nhiệm vụ IX.5 nay do Sở Giáo dục và Đào tạo đảm nhận")
        .doesNotContain("đã nhận đủ");
    assertThat(FeedbackCommandTest.text(Files.readString(out.resolve("vi/phan-hoi-2024H2-SLDTBXH-SGDDT.eml"))))
        .doesNotContain("đủ");
    assertThat(Files.readString(out.resolve("en/phan-hoi-2024H2-SLDTBXH-SNV.md")))
        .contains("the part of it your agency has taken over is complete and its data has no errors. Task IX.5 is now carried "
            + "by the Department of Education and Training")
        .doesNotContain("complete report", ") (");
    assertThat(Files.readString(out.resolve("en/phan-hoi-2024H2-SLDTBXH-SGDDT.md"))).doesNotContain("complete");
  }

  @Test
  void aReportSplitBetweenTwoSuccessorsIsOneLetterEachNamedForBoth() throws Exception {
    Path plan = dir.resolve("plan.yaml");
    Files.writeString(plan, Files.readString(CliRun.PLAN).replaceFirst(
        "(    successor: STC\n    successor_from: \"2025-03-01\"\n    successor_by_task:) \\{\\}", "$1\n      \"VIII.3\": SNV"));
    Path out = dir.resolve("out");
    CliRun run = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2026-12-01"), "remind", "--plan", plan.toString(), "--period",
        "2024H2", "--data", withoutSkhdt().toString(), "--agency", "SKHDT", "--format", "html", "--out-dir", out.toString(),
        "-q");
    assertThat(run.exitCode()).as(run.err()).isZero();
    String finance = Files.readString(out.resolve("don-doc-2024H2-SKHDT-STC.html"));
    String homeAffairs = Files.readString(out.resolve("don-doc-2024H2-SKHDT-SNV.html"));
    assertThat(finance).contains("Kính gửi: Sở Tài chính.").contains("- Nhiệm vụ I.3:").doesNotContain("VIII.3");
    assertThat(homeAffairs).contains("Kính gửi: Sở Nội vụ.").contains("- Nhiệm vụ VIII.3:").doesNotContain("- Nhiệm vụ I.3:");
  }

  @Test
  void aLetterToAllNamesASuccessorOnceAndLeavesTheDepartmentOutOfItsCounts() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty/2024H2"));
    CliRun two = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2026-12-01"), "remind", "--period", "2024H2", "--data",
        empty.toString(), "--agency", "STNMT", "--agency", "SNNPTNT", "--combined", "--format", "html", "-o", "-", "-q");
    // one addressee for two reports: written to it as its own letter, its table holding both
    assertThat(two.out()).containsOnlyOnce("Kính gửi: Sở Nông nghiệp và Môi trường.").doesNotContain("- Sở Nông nghiệp")
        .contains("Sở Nông nghiệp và Môi trường (báo cáo của Sở Tài nguyên và Môi trường)")
        .contains("Sở Nông nghiệp và Môi trường (báo cáo của Sở Nông nghiệp và Phát triển nông thôn)");
    CliRun all = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2026-12-01"), "remind", "--period", "2026H2", "--data",
        Files.createDirectories(dir.resolve("empty/2026H2")).toString(), "--combined", "--format", "html", "-o", "-", "-q");
    assertThat(all.out()).contains("của 0/13 cơ quan, đơn vị; còn 13 cơ quan, đơn vị chưa gửi");
  }
}
