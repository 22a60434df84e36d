package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sctb report --format docx,pdf}: the Word package and the PDF, on the real samples (issue 7). */
class ReportOfficeCommandTest {
  static final String[] HEADER = {"UBND TỈNH THANH HÓA", "SỞ CÔNG THƯƠNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc", "Thanh Hóa, ngày 03 tháng 7 năm 2024", "BÁO CÁO", "Nơi nhận:", "KT. GIÁM ĐỐC"};

  @TempDir static Path dir;
  static Map<String, byte[]> docx;
  static byte[] pdf;

  @BeforeAll
  static void writeBoth() throws IOException {
    CliRun run = report("2024H1", dir.resolve("a"), "--format", "docx,pdf", "--date", "03/07/2024");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    docx = OfficeText.unzip(Files.readAllBytes(dir.resolve("a/bao-cao-sxtdbv-2024H1.docx")));
    pdf = Files.readAllBytes(dir.resolve("a/bao-cao-sxtdbv-2024H1.pdf"));
  }

  static CliRun report(String period, Path out, String... extra) {
    String[] base = {"report", "--period", period, "--plan", CliRun.PLAN.toString(), "--out-dir", out.toString()};
    return CliRun.run(Stream.concat(Stream.of(base), Stream.of(extra)).toArray(String[]::new));
  }

  @Test
  void docxIsAWordPackageWithWellFormedPartsAndOneChartPerIndicator() throws Exception {
    assertThat(docx).containsKeys("[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/document.xml", "word/_rels/document.xml.rels",
        "word/styles.xml", "word/settings.xml", "word/header1.xml", "word/header2.xml");
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    for (Map.Entry<String, byte[]> e : docx.entrySet()) {
      if (e.getKey().endsWith(".xml") || e.getKey().endsWith(".rels")) {
        f.newDocumentBuilder().parse(new ByteArrayInputStream(e.getValue()));
      }
    }
    List<String> charts = docx.keySet().stream().filter(n -> n.startsWith("word/media/chart-")).toList();
    assertThat(charts).hasSize(indicatorNames().size());
    for (String c : charts) {
      assertThat(ImageIO.read(new ByteArrayInputStream(docx.get(c))).getWidth()).isEqualTo(1600);
      assertThat(text("word/_rels/document.xml.rels")).contains("Target=\"" + c.substring("word/".length()) + "\"");
    }
  }

  @Test
  void documentHasTheDecreeLayout() {
    String xml = text("word/document.xml");
    assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
    assertThat(xml).contains(HEADER);
    // A4 portrait; top/bottom 20 mm, left 30 mm, right 15 mm in twips; page numbers from page 2.
    assertThat(xml).contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>",
        "<w:pgMar w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\" w:left=\"1701\"", "<w:titlePg/>",
        "<w:headerReference w:type=\"first\" r:id=\"rIdHeaderFirst\"/>", "<w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>");
    assertThat(text("word/header1.xml")).contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>");
    assertThat(text("word/header2.xml")).doesNotContain("PAGE");
    // Real tables whose header row repeats on every page: the summary, sector tables, one per task group.
    long tables = xml.split("<w:tbl>", -1).length - 1;
    long repeated = xml.split("<w:tblHeader/>", -1).length - 1;
    assertThat(repeated).isGreaterThanOrEqualTo(1 + groupTitles().size());
    assertThat(tables).isEqualTo(repeated + 2); // + the borderless header and signature tables
    assertThat(text("word/styles.xml")).contains("w:ascii=\"Times New Roman\"", "<w:sz w:val=\"28\"/>", "<w:jc w:val=\"both\"/>");
  }

  @Test
  void documentPropertiesHaveTheTitleAndOnlyTheSigningDate(@TempDir Path out) throws IOException {
    assertThat(text("docProps/core.xml")).contains("<dc:title>BÁO CÁO — Kết quả thực hiện", "<dc:creator>SỞ CÔNG THƯƠNG</dc:creator>",
        "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2024-07-03T00:00:00Z</dcterms:created>");
    assertThat(report("2024H1", out, "--format", "docx").exitCode()).isZero();
    Map<String, byte[]> undated = OfficeText.unzip(Files.readAllBytes(out.resolve("bao-cao-sxtdbv-2024H1.docx")));
    assertThat(new String(undated.get("docProps/core.xml"), StandardCharsets.UTF_8)).doesNotContain("dcterms:created", "T00:00:00Z");
    try (PDDocument signed = Loader.loadPDF(pdf)) {
      assertThat(signed.getDocumentInformation().getCreationDate().toInstant()).hasToString("2024-07-03T00:00:00Z");
    }
    // no made-up date (it showed as created on 01/01/2000) without --date, as in the Word file
    assertThat(report("2024H1", out, "--format", "pdf").exitCode()).isZero();
    try (PDDocument unsigned = Loader.loadPDF(Files.readAllBytes(out.resolve("bao-cao-sxtdbv-2024H1.pdf")))) {
      assertThat(unsigned.getDocumentInformation().getCreationDate()).isNull();
      assertThat(unsigned.getDocumentInformation().getModificationDate()).isNull();
    }
  }

  @Test
  void documentNamesEveryIndicatorAndTaskGroup() {
    String body = wordText(text("word/document.xml"));
    assertThat(body).contains(indicatorNames()).contains(groupTitles());
  }

  @Test
  void pdfTextHasTheHeaderEveryIndicatorAndGroupAndPageNumbersFromPageTwo() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isGreaterThan(2);
      String all = flat(new PDFTextStripper().getText(doc));
      assertThat(all).contains(HEADER).contains(indicatorNames()).contains(groupTitles());
      PDFTextStripper page = new PDFTextStripper();
      page.setSortByPosition(true);
      page.setStartPage(1);
      page.setEndPage(1);
      assertThat(page.getText(doc).strip()).startsWith("UBND TỈNH THANH HÓA");
      page.setStartPage(2);
      page.setEndPage(2);
      assertThat(page.getText(doc).strip()).startsWith("2\n");
    }
  }

  @Test
  void pdfEmbedsEveryFont() throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<String> fonts = new ArrayList<>();
      for (PDPage p : doc.getPages()) {
        for (COSName name : p.getResources().getFontNames()) {
          PDFont font = p.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          fonts.add(font.getName().replaceAll("^[A-Z]{6}\\+", ""));
        }
      }
      assertThat(fonts).contains("Tinos", "Tinos-Bold", "Tinos-Italic");
    }
  }

  @Test
  void sameInputsGiveByteIdenticalWordAndPdf() throws IOException {
    assertThat(report("2024H1", dir.resolve("b"), "--format", "docx,pdf", "--date", "03/07/2024").exitCode()).isZero();
    for (String ext : new String[] {"docx", "pdf"}) {
      String name = "bao-cao-sxtdbv-2024H1." + ext;
      assertThat(Files.readAllBytes(dir.resolve("b").resolve(name))).as(name).isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(name)));
    }
  }

  @Test
  void englishWordReport(@TempDir Path out) throws IOException {
    assertThat(report("2025H2", out, "--format", "docx", "--lang", "en").exitCode()).isZero();
    Map<String, byte[]> en = OfficeText.unzip(Files.readAllBytes(out.resolve("bao-cao-sxtdbv-2025H2.docx")));
    assertThat(new String(en.get("word/document.xml"), StandardCharsets.UTF_8))
        .contains("DEPARTMENT OF INDUSTRY AND TRADE", "Independence - Freedom - Happiness", "the second half of 2025");
  }

  @Test
  void binaryFormatsCannotGoToTheScreen() {
    CliRun run = CliRun.run("report", "--period", "2024H1", "--plan", CliRun.PLAN.toString(), "--format", "pdf", "-o", "-");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("pdf", "-o");
  }

  @Test
  void aDepartmentsWordTemplateOverridesTheDefaultAndABrokenOneWritesNothing(@TempDir Path out) throws IOException {
    Path mine = out.resolve("mau/docx");
    Files.createDirectories(mine);
    String styles = new String(Files.readAllBytes(CliRun.REPO.resolve("templates/docx/styles.xml.ftlx")), StandardCharsets.UTF_8);
    Files.writeString(mine.resolve("styles.xml.ftlx"), styles.replace("<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/><w:lang", "<w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/><w:lang"));
    assertThat(report("2024H1", out.resolve("ok"), "--format", "docx", "--templates", out.resolve("mau").toString()).exitCode()).isZero();
    Map<String, byte[]> parts = OfficeText.unzip(Files.readAllBytes(out.resolve("ok/bao-cao-sxtdbv-2024H1.docx")));
    assertThat(new String(parts.get("word/styles.xml"), StandardCharsets.UTF_8)).contains("<w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/><w:lang");

    Files.writeString(mine.resolve("header.xml.ftlx"), "<w:hdr xmlns:w=\"x\"><w:p></w:hdr>");
    CliRun malformed = report("2024H1", out.resolve("malformed"), "--format", "docx", "--templates", out.resolve("mau").toString());
    assertThat(malformed.exitCode()).isEqualTo(1);
    assertThat(malformed.err()).contains("Mẫu báo cáo docx/header.xml.ftlx: văn bản Word mẫu tạo ra không phải XML hợp lệ (dòng 1, cột 27");
    assertThat(out.resolve("malformed")).doesNotExist();

    Files.writeString(mine.resolve("document.xml.ftlx"), "<w:document>${no_such_thing}</w:document>");
    CliRun broken = report("2024H1", out.resolve("broken"), "--format", "md,docx", "--templates", out.resolve("mau").toString());
    assertThat(broken.exitCode()).isEqualTo(1);
    assertThat(broken.err()).contains("docx/document.xml.ftlx", "no_such_thing");
    assertThat(out.resolve("broken")).doesNotExist();
  }

  // --- helpers ---

  private static String text(String part) {
    return new String(docx.get(part), StandardCharsets.UTF_8);
  }

  /** The document's visible text: the runs' w:t contents, one space between paragraphs. */
  static String wordText(String xml) {
    String text = xml.replaceAll("</w:p>", " ").replaceAll("<w:t xml:space=\"preserve\">", "\u0000").replaceAll("</w:t>", "\u0001")
        .replaceAll("\u0001[^\u0000]*\u0000", "").replaceAll("^[^\u0000]*\u0000", "").replaceAll("\u0001.*$", "");
    return flat(text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'"));
  }

  static String flat(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ");
  }

  private static JsonNode plan() {
    try {
      return new ObjectMapper().readTree(CliRun.run("plan", "--plan", CliRun.PLAN.toString(), "--format", "json").out());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static List<String> indicatorNames() {
    List<String> names = new ArrayList<>();
    plan().get("indicators").forEach(i -> names.add(flat(i.get("name").get("vi").asText())));
    return names;
  }

  static List<String> groupTitles() {
    List<String> titles = new ArrayList<>();
    plan().get("groups").forEach(g -> titles.add(flat(g.get("title").get("vi").asText())));
    return titles;
  }
}
