package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import sctb.core.diag.Location;

/**
 * Crafted workbooks, each past one limit of docs/submissions.md (or inside them all, at their edge),
 * built here part by part, and files that are no table at all whatever their name. Run through
 * {@code sctb validate} in a JVM of 256 MB: each ends in its diagnostic, naming the limit, and the run
 * in exit 1 — never exit 4 or an out-of-memory message.
 */
class HostileWorkbooksTest {
  @TempDir static Path dir;
  /** File name → a phrase of the English message it must get. */
  private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

  @BeforeAll
  static void craft() throws IOException {
    // 256 merged regions down the whole sheet over 10,000 rows: 2.56 million cells to fill in.
    expect(new CraftedWorkbook().sheet(w -> {
      CraftedWorkbook.rows(10_000, r -> CraftedWorkbook.number("A" + r, r)).write(w);
      w.write("<mergeCells>");
      for (int c = 1; c <= 256; c++) {
        String column = Location.columnLetters(c);
        w.write("<mergeCell ref=\"" + column + "1:" + column + "1048576\"/>");
      }
      w.write("</mergeCells>");
    }), "merged-full-height.xlsx", "Merged regions cover too many rows (more than 2000000 cells");
    expect(new CraftedWorkbook().sheet(w -> {
      CraftedWorkbook.rows(2, r -> CraftedWorkbook.number("A" + r, r)).write(w);
      w.write("<mergeCells>");
      for (int i = 1; i <= 10_001; i++) {
        w.write("<mergeCell ref=\"B" + i + ":C" + i + "\"/>");
      }
      w.write("</mergeCells>");
    }), "merged-many.xlsx", "more than 10000 merged regions");
    expect(new CraftedWorkbook().sheet(CraftedWorkbook.rows(1, r -> CraftedWorkbook.number("A1", 1))).styles(w -> {
      w.write("<numFmts>");
      for (int i = 0; i < 400_000; i++) {
        w.write("<numFmt numFmtId=\"" + (164 + i % 200) + "\" formatCode=\"0.00 &quot;tấn&quot;\"/>");
      }
      w.write("</numFmts>");
    }), "styles-large.xlsx", "styles part is larger than 20 MB");
    expect(new CraftedWorkbook().sheet(CraftedWorkbook.rows(1, r -> CraftedWorkbook.number("A1", 1))).styles(w -> {
      w.write("<cellXfs>");
      for (int i = 0; i < 70_000; i++) {
        w.write("<xf numFmtId=\"" + (i % 50) + "\"/>");
      }
      w.write("</cellXfs>");
    }), "styles-many.xlsx", "more than 65536 cell formats");
    expect(new CraftedWorkbook().sheet(CraftedWorkbook.rows(1, r -> CraftedWorkbook.number("A1", 1))).strings("1",
        w -> {
          for (int i = 0; i < 300_001; i++) {
            w.write("<si><t>s" + i + "</t></si>");
          }
        }), "strings-many.xlsx", "more than 300000 different texts");
    Random random = new Random(11);
    StringBuilder letters = new StringBuilder(40_000);
    for (int i = 0; i < 40_000; i++) {
      letters.append((char) ('a' + random.nextInt(26)));
    }
    String base = letters.toString(); // 410 rotations of 40,000 letters: 16.4 million, no repeat within deflate's reach
    expect(new CraftedWorkbook().sheet(CraftedWorkbook.rows(410, r -> CraftedWorkbook.text("A" + r,
        base.substring(r * 97) + base.substring(0, r * 97)))), "text-much.xlsx", "more than 16000000 characters of text");
    expect(new CraftedWorkbook().stored().sheet(w -> {
      w.write("<sheetData><row r=\"1\"><c r=\"A1\" x=\"");
      for (int i = 0; i < 3_000; i++) {
        w.write(">".repeat(1_000)); // '>' inside a quoted attribute: one tag of 3 MB
      }
      w.write("\"><v>1</v></c></row></sheetData>");
    }), "attribute-long.xlsx", "is damaged or not a valid .xlsx");
    expect(new CraftedWorkbook().sheet(w -> {
      w.write("<sheetData>" + "<x>".repeat(100_000) + "</x>".repeat(100_000) + "</sheetData>");
    }), "nested-deep.xlsx", "is damaged or not a valid .xlsx");
    expect(new CraftedWorkbook().part("xl/worksheets/sheet1.xml", w -> w.write("<?xml version=\"1.0\"?>"
        + "<!DOCTYPE worksheet [<!ENTITY leak SYSTEM \"file:///etc/passwd\">]><worksheet xmlns=\"" + CraftedWorkbook.MAIN
        + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&leak;</t></is></c></row></sheetData></worksheet>")),
        "entity-external.xlsx", "is damaged or not a valid .xlsx");
    expect(new CraftedWorkbook().sheet(CraftedWorkbook.rows(1, r -> CraftedWorkbook.number("A1", 1))).strings("1", w -> { })
        .part("xl/sharedStrings.xml", w -> w.write("<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\">"
            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
            + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]><sst xmlns=\"" + CraftedWorkbook.MAIN + "\"><si><t>&d;&d;&d;</t></si></sst>")),
        "entity-laughs.xlsx", "is damaged or not a valid .xlsx");
    CraftedWorkbook parts = new CraftedWorkbook().sheet(CraftedWorkbook.rows(1, r -> CraftedWorkbook.number("A1", 1)));
    for (int i = 0; i < 10_001; i++) {
      parts.part("xl/media/p" + i + ".bin", w -> w.write("x"));
    }
    expect(parts, "parts-many.xlsx", "more than 10000 parts inside");
    expect(new CraftedWorkbook().sheet(CraftedWorkbook.rows(100_001, r -> CraftedWorkbook.number("A" + r, r))),
        "rows-many.xlsx", "more than 100000 rows with data");
    // Inside every limit, at the edge: 2,000,000 cells (100,000 rows of 20), read and checked.
    String[] header = {"period", "agency", "indicator", "sector", "entity", "numerator", "denominator"};
    expect(new CraftedWorkbook().strings("2147483647", w -> w.write("<si><t>2024H1</t></si><si><t>SCT</t></si>"
        + "<si><t>spc-models</t></si><si><t>cement</t></si>")).sheet(CraftedWorkbook.rows(100_000, r -> {
          StringBuilder row = new StringBuilder();
          for (int c = 1; c <= 20; c++) {
            String ref = Location.columnLetters(c) + r;
            if (r == 1) {
              row.append(CraftedWorkbook.text(ref, c <= header.length ? header[c - 1] : "extra" + c));
            } else if (c <= 4) {
              row.append("<c r=\"").append(ref).append("\" t=\"s\"><v>").append(c - 1).append("</v></c>");
            } else if (c == 5) {
              row.append(CraftedWorkbook.text(ref, "E" + r));
            } else {
              row.append(CraftedWorkbook.number(ref, r % 97 + c));
            }
          }
          return row.toString();
        })), "cells-two-million.xlsx", null);
    // Not tables, whatever their names say.
    Files.writeString(dir.resolve("report.xlsx"), "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n", StandardCharsets.ISO_8859_1);
    EXPECTED.put("report.xlsx", "is a PDF file");
    Files.write(dir.resolve("photo-chi-so.csv"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
    EXPECTED.put("photo-chi-so.csv", "is an image");
    Files.writeString(dir.resolve("web-page.xls"), "<html xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><table><tr><td>period</td></tr></table></html>");
    EXPECTED.put("web-page.xls", "is a web page (HTML)");
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve("packed-chi-so.csv")))) {
      gz.write("period,agency\n".getBytes(StandardCharsets.UTF_8));
    }
    EXPECTED.put("packed-chi-so.csv", "is an archive");
    expect(new CraftedWorkbook().without("xl/workbook.xml").without("xl/_rels/workbook.xml.rels")
        .part("_rels/.rels", w -> w.write("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"" + CraftedWorkbook.REL + "/officeDocument\" Target=\"word/document.xml\"/>"
            + "</Relationships>"))
        .part("word/document.xml", w -> w.write("<w:document xmlns:w=\"urn:w\"><w:body/></w:document>")),
        "letter.xlsx", "is a Word document");
    // A real workbook saved with a .csv name is read as one, with a warning.
    expect(new CraftedWorkbook().sheet(CraftedWorkbook.rows(2, r -> r == 1
        ? CraftedWorkbook.text("A1", "period") + CraftedWorkbook.text("B1", "agency") + CraftedWorkbook.text("C1", "task")
            + CraftedWorkbook.text("D1", "status")
        : CraftedWorkbook.text("A2", "2024H1") + CraftedWorkbook.text("B2", "SCT") + CraftedWorkbook.text("C2", "I.1")
            + CraftedWorkbook.text("D2", "hoàn thành"))), "SCT-nhiem-vu.csv", "is an Excel workbook (.xlsx) under another extension");
    for (String fixture : List.of("bomb-sheet.xlsx", "bomb-strings.xlsx")) {
      Files.copy(CliRun.REPO.resolve("src/test/resources/xlsx").resolve(fixture), dir.resolve(fixture));
      EXPECTED.put(fixture, "unpacks far too large");
    }
  }

  private static void expect(CraftedWorkbook workbook, String name, String message) throws IOException {
    workbook.write(dir.resolve(name));
    EXPECTED.put(name, message);
  }

  @Test
  @Timeout(300)
  void everyCraftedWorkbookEndsInItsDiagnosticWithinA256MegabyteHeap() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
        "sctb.Main", "--lang", "en", "validate", "--format", "json", "--plan", CliRun.PLAN.toString(), dir.toString())
        .directory(CliRun.REPO.toFile());
    pb.environment().put("SCTB_TODAY", "2026-11-25");
    pb.redirectError(dir.resolve("stderr.txt").toFile());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = p.waitFor();
    String err = Files.readString(dir.resolve("stderr.txt"));
    assertThat(exit).as(err).isEqualTo(1);
    assertThat(err).doesNotContainIgnoringCase("memory").doesNotContain("Exception");
    JsonNode root = new ObjectMapper().readTree(out);
    Map<String, List<String>> messages = new LinkedHashMap<>();
    for (JsonNode d : root.get("diagnostics")) {
      String file = Path.of(d.get("file").asText()).getFileName().toString();
      messages.computeIfAbsent(file, f -> new ArrayList<>()).add(d.get("code").asText() + ": " + d.get("message").asText());
    }
    EXPECTED.forEach((file, phrase) -> {
      List<String> got = messages.getOrDefault(file, List.of());
      if (phrase == null) {
        assertThat(got).as(file).noneMatch(m -> m.startsWith("malformed-xlsx") || m.startsWith("unsupported-file"))
            .anyMatch(m -> m.startsWith("unknown-column")); // read: its 13 extra columns were seen
      } else {
        assertThat(got).as(file).anyMatch(m -> m.contains(phrase));
      }
    });
    assertThat(root.get("files").toString()).contains("cells-two-million.xlsx", "SCT-nhiem-vu.csv");
  }
}
