package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The signed report speaks to a provincial leader: its annex lists only the period's own files' problems,
 * each where the clerk finds it (the header their file writes), in words — no code, no absolute path, no
 * other period's file, no heading said twice.
 */
class SignedReportTextTest {
  private static final Map<String, String> TODAY = Map.of("SCTB_TODAY", "2026-11-25");
  private static final String HEADER = "Kỳ báo cáo,Đơn vị,Mã nhiệm vụ,Trạng thái,Ghi chú thêm\n";

  @TempDir Path dir;

  private Path data() throws Exception {
    Path data = dir.resolve("du-lieu");
    Files.createDirectories(data.resolve("2023H2"));
    Files.createDirectories(data.resolve("2024H1"));
    Files.writeString(data.resolve("2023H2/SCT-nhiem-vu.csv"), "period,agency,task,status,cot_la\n2023H2,SCT,I.1,done,x\n",
        StandardCharsets.UTF_8);
    Files.writeString(data.resolve("2024H1/SCT-nhiem-vu.csv"),
        HEADER + "2024H1,SCT,I.1,hoàn thành,đã ký số\n2024H1,SCT,I.6,,\n", StandardCharsets.UTF_8);
    return data;
  }

  private String report(String format, String lang) throws Exception {
    Path out = dir.resolve("bao-cao-" + lang + "." + format);
    CliRun run = CliRun.runWithEnv(TODAY, "--lang", lang, "report", "--plan", CliRun.PLAN.toString(), "--period", "2024H1",
        "--data", data().toAbsolutePath().toString(), "--format", format, "-o", out.toString());
    assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  @Test
  void theAnnexListsThisPeriodsFilesWhereTheClerkFindsTheProblemInWords() throws Exception {
    String md = report("md", "vi");
    String annex = md.substring(md.indexOf("### Kết quả kiểm tra số liệu đầu vào"), md.indexOf("### Phương pháp tính"));
    assertThat(annex).contains("| Vị trí | Mức | Nội dung |")
        .contains("| du-lieu/2024H1/SCT-nhiem-vu.csv, dòng 1, cột “Ghi chú thêm” | Cảnh báo | "
            + "Cột này không thuộc mẫu báo cáo nên bị bỏ qua; kiểm tra lỗi chính tả hoặc xóa cột. |")
        .contains("| du-lieu/2024H1/SCT-nhiem-vu.csv, dòng 3, cột “Trạng thái” | Lỗi | Chưa ghi trạng thái; chọn một trong: chưa triển khai, đang triển khai, hoàn thành, thường xuyên, chậm tiến độ. |")
        .contains("Các tệp số liệu của các kỳ khác còn 1 cảnh báo, không liệt kê ở đây");
    assertThat(md).doesNotContain("2023H2/SCT-nhiem-vu.csv").doesNotContain(dir.toString())
        .doesNotContain("Mã lỗi").doesNotContain("unknown-column").doesNotContain("blank-required")
        .doesNotContain("danh sách tasks").doesNotContain("docs/");
  }

  @Test
  void theHtmlSaysEachHeadingOnceAndTheWordDocumentAndPdfShowNoCode() throws Exception {
    String html = report("html", "vi");
    assertThat(html.split("Kết quả kiểm tra số liệu đầu vào", -1)).as("said once").hasSize(2);
    assertThat(html).contains("<table class=\"diagnostics\" aria-labelledby=\"kiem-tra\">")
        .doesNotContain("<code>").doesNotContain("blank-required");
    assertThat(AllOutputs.docxText(Files.readAllBytes(writeBinary("docx")))).contains("dòng 3, cột “Trạng thái”")
        .doesNotContain("blank-required").doesNotContain("Mã lỗi");
  }

  @Test
  void inEnglishTheLocationReadsAsWell() throws Exception {
    assertThat(report("md", "en")).contains("| du-lieu/2024H1/SCT-nhiem-vu.csv, line 3, column “Trạng thái” | Error | "
        + "No status given; write one of: not-started, in-progress, done, ongoing, delayed (or the Vietnamese labels). |").doesNotContain("| Code |");
  }

  @Test
  void thePdfNeverBreaksADateAtItsSlash() throws Exception {
    Path pdf = dir.resolve("samples.pdf");
    CliRun run = CliRun.runWithEnv(TODAY, "report", "--plan", CliRun.PLAN.toString(), "--period", "2024H1",
        "--format", "pdf", "-o", pdf.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    String text;
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
    }
    assertThat(text).contains("(19/06/2024)");
    assertThat(text.lines()).noneMatch(l -> l.matches(".*\\d/\\s*") || l.matches("\\s*/\\d.*"));
  }

  private Path writeBinary(String format) throws Exception {
    Path out = dir.resolve("bao-cao." + format);
    CliRun run = CliRun.runWithEnv(TODAY, "report", "--plan", CliRun.PLAN.toString(), "--period", "2024H1",
        "--data", data().toAbsolutePath().toString(), "--format", format, "-o", out.toString());
    assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
    return out;
  }
}
