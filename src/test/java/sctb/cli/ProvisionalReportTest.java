package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static sctb.cli.ReportOfficeCommandTest.flat;
import static sctb.cli.OfficeText.unzip;
import static sctb.cli.ReportOfficeCommandTest.wordText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report for a period not yet over says it is provisional in every format, and one made after the
 * period ended shows nothing extra: the samples' 2026H1 made on its due date (20/06/2026, before the
 * half-year ends) and after it (on two different days).
 */
class ProvisionalReportTest {
  static final String LINE = "BÁO CÁO TẠM THỜI — số liệu đến ngày 20/06/2026, kỳ báo cáo chưa kết thúc (đến hết ngày 30/06/2026)";
  static final String MARK = "Báo cáo tạm thời — số liệu đến ngày 20/06/2026, kỳ báo cáo chưa kết thúc";
  static Path provisional;
  static Path later;
  static Path laterStill;

  @BeforeAll
  static void reports(@TempDir Path dir) {
    provisional = make(dir.resolve("provisional"), "2026-06-20");
    later = make(dir.resolve("later"), "2026-07-01");
    laterStill = make(dir.resolve("later-still"), "2027-03-15");
  }

  private static Path make(Path out, String today) {
    CliRun run = CliRun.runWithEnv(Map.of("SCTB_TODAY", today), "report", "--period", "2026H1", "--plan",
        CliRun.PLAN.toString(), "--format", "md,html,json,docx,pdf", "--out-dir", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    return out;
  }

  static String text(Path folder, String ext) throws IOException {
    return Files.readString(folder.resolve("bao-cao-sxtdbv-2026H1." + ext), StandardCharsets.UTF_8);
  }

  static byte[] bytes(Path folder, String ext) throws IOException {
    return Files.readAllBytes(folder.resolve("bao-cao-sxtdbv-2026H1." + ext));
  }

  @Test
  void markdownAndHtmlSayItUnderTheTitle() throws IOException {
    String md = text(provisional, "md");
    assertThat(md).contains("**" + LINE + "; số liệu còn có thể thay đổi.**");
    assertThat(md.indexOf(LINE)).isBetween(md.indexOf("# BÁO CÁO"), md.indexOf("## I."));
    String html = text(provisional, "html");
    assertThat(html).contains("<p class=\"provisional\" role=\"note\">" + LINE)
        .contains("@bottom-center { content: \"" + MARK + "\"");
    assertThat(html.indexOf(LINE)).isBetween(html.indexOf("<h1>"), html.indexOf("<h2>"));
  }

  /** The provisional Markdown is the final one with the line under the title, nothing else. */
  @Test
  void theLineIsAllThatDiffers() throws IOException {
    String withoutLine = text(provisional, "md").replace("\n**" + LINE + "; số liệu còn có thể thay đổi.**\n", "");
    assertThat(withoutLine).isEqualTo(text(later, "md"));
  }

  @Test
  void jsonSaysProvisionalAndTheDayItsDataRunsTo() throws IOException {
    JsonNode now = new ObjectMapper().readTree(text(provisional, "json"));
    assertThat(now.get("provisional").asBoolean()).isTrue();
    assertThat(now.get("data_until").asText()).isEqualTo("2026-06-20");
    JsonNode after = new ObjectMapper().readTree(text(later, "json"));
    assertThat(after.get("provisional").asBoolean()).isFalse();
    assertThat(after.get("data_until").isNull()).isTrue();
  }

  @Test
  void wordSaysItUnderTheTitleAndAtTheFootOfEveryPage() throws IOException {
    Map<String, byte[]> docx = unzip(bytes(provisional, "docx"));
    String body = wordText(new String(docx.get("word/document.xml"), StandardCharsets.UTF_8));
    assertThat(body).contains(LINE);
    assertThat(new String(docx.get("word/document.xml"), StandardCharsets.UTF_8))
        .contains("<w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>", "<w:footerReference w:type=\"first\" r:id=\"rIdFooter\"/>");
    assertThat(wordText(new String(docx.get("word/footer1.xml"), StandardCharsets.UTF_8)).strip()).isEqualTo(MARK);
    Map<String, byte[]> finalDocx = unzip(bytes(later, "docx"));
    assertThat(new String(finalDocx.get("word/footer1.xml"), StandardCharsets.UTF_8)).doesNotContain("<w:t");
    assertThat(wordText(new String(finalDocx.get("word/document.xml"), StandardCharsets.UTF_8))).doesNotContain("TẠM THỜI");
  }

  @Test
  void pdfSaysItOnTheFirstPageAndAtTheFootOfEveryPage() throws IOException {
    try (PDDocument doc = Loader.loadPDF(bytes(provisional, "pdf"))) {
      PDFTextStripper page = new PDFTextStripper();
      page.setSortByPosition(true);
      for (int k = 1; k <= doc.getNumberOfPages(); k++) {
        page.setStartPage(k);
        page.setEndPage(k);
        String text = flat(page.getText(doc)).strip();
        assertThat(text).as("page " + k).endsWith(MARK);
        if (k == 1) {
          assertThat(text).contains(LINE);
        }
      }
    }
    try (PDDocument doc = Loader.loadPDF(bytes(later, "pdf"))) {
      assertThat(flat(new PDFTextStripper().getText(doc))).doesNotContainIgnoringCase("tạm thời");
    }
  }

  /** A final report carries no day: made on two different days after the period, every format is the same file. */
  @Test
  void aFinalReportIsTheSameWhicheverDayItIsMade() throws IOException {
    for (String ext : new String[] {"md", "html", "json", "docx", "pdf"}) {
      assertThat(bytes(laterStill, ext)).as(ext).isEqualTo(bytes(later, ext));
    }
    assertThat(text(later, "html")).doesNotContain("provisional").doesNotContain("TẠM THỜI");
  }

  @Test
  void englishSaysItInEnglish() {
    CliRun run = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2026-06-20"), "report", "--period", "2026H1", "--plan",
        CliRun.PLAN.toString(), "--lang", "en", "--format", "md", "-o", "-");
    assertThat(run.out()).contains("**PROVISIONAL REPORT — data up to 20/06/2026; the reporting period has not ended "
        + "(it runs to 30/06/2026), so the figures may still change.**");
  }

  /** The progress site made on the due date: its 2026H1 report page and JSON say provisional, the earlier ones do not. */
  @Test
  void theSitesLatestReportSaysItToo(@TempDir Path site) throws IOException {
    CliRun run = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2026-06-20"), "site", "--until", "2026H1", "--plan",
        CliRun.PLAN.toString(), "--out-dir", site.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(site.resolve("bao-cao/bao-cao-sxtdbv-2026H1.html"))).contains(LINE);
    assertThat(new ObjectMapper().readTree(Files.readString(site.resolve("bao-cao/bao-cao-sxtdbv-2026H1.json")))
        .get("provisional").asBoolean()).isTrue();
    assertThat(Files.readString(site.resolve("bao-cao/bao-cao-sxtdbv-2025H2.html"))).doesNotContain("TẠM THỜI");
  }

  @Test
  void explainSaysItUnderItsHeading() {
    CliRun now = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2026-06-20"), "explain", "--period", "2026H1", "--plan",
        CliRun.PLAN.toString(), "--indicator", "eco-packaging");
    assertThat(now.exitCode()).as(now.err()).isZero();
    assertThat(now.out().lines().limit(3)).contains(
        "Báo cáo tạm thời: kỳ 2026H1 chưa kết thúc (đến hết ngày 30/06/2026); số liệu đến ngày 20/06/2026, còn có thể thay đổi.");
    CliRun after = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2026-07-01"), "explain", "--period", "2026H1", "--plan",
        CliRun.PLAN.toString(), "--indicator", "eco-packaging");
    assertThat(after.out()).doesNotContain("tạm thời");
  }
}
