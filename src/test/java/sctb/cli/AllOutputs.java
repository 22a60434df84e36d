package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Everything a user can see for a data folder: {@code validate} in its four formats (with what it
 * printed on the terminal), {@code report} in its five, as text (the Word document's XML parts,
 * the PDF's extracted text), and the progress site up to the period (every page, CSV and JSON file).
 * For checks that hold for every output: no secret, no control character.
 */
final class AllOutputs {
  static final Map<String, String> TODAY = Map.of("SCTB_TODAY", "2026-11-25");

  private AllOutputs() {}

  /** Output name ("validate.text", "report.pdf", …) → what it holds; {@code exits} gets each command's exit code. */
  static Map<String, String> of(Path data, String period, Path out, Map<String, Integer> exits) throws IOException {
    Map<String, String> all = new LinkedHashMap<>();
    for (String format : new String[] {"text", "json", "github", "junit"}) {
      CliRun run = CliRun.runWithEnv(TODAY, "validate", "--plan", CliRun.PLAN.toString(), "--format", format,
          data.toString());
      all.put("validate." + format, run.out() + run.err());
      exits.put("validate." + format, run.exitCode());
    }
    CliRun report = CliRun.runWithEnv(TODAY, "report", "--plan", CliRun.PLAN.toString(), "--period", period,
        "--data", data.toString(), "--out-dir", out.toString(), "--format", "md,html,json,docx,pdf");
    exits.put("report", report.exitCode());
    all.put("report.terminal", report.out() + report.err());
    assertThat(report.exitCode()).as(report.err()).isIn(0, 1);
    for (String format : new String[] {"md", "html", "json"}) {
      all.put("report." + format, Files.readString(out.resolve("bao-cao-sxtdbv-" + period + "." + format)));
    }
    all.put("report.docx", docxText(Files.readAllBytes(out.resolve("bao-cao-sxtdbv-" + period + ".docx"))));
    try (PDDocument pdf = Loader.loadPDF(out.resolve("bao-cao-sxtdbv-" + period + ".pdf").toFile())) {
      all.put("report.pdf", new PDFTextStripper().getText(pdf));
    }
    Path site = out.resolve("site");
    CliRun built = CliRun.runWithEnv(TODAY, "site", "--plan", CliRun.PLAN.toString(), "--until", period, "--data", data.toString(),
        "--out-dir", site.toString());
    exits.put("site", built.exitCode());
    all.put("site.terminal", built.out() + built.err());
    assertThat(built.exitCode()).as(built.err()).isIn(0, 1);
    for (String ext : new String[] {"html", "csv", "json"}) {
      all.put("site." + ext, files(site, "." + ext));
    }
    return all;
  }

  /** Every file of a folder whose name ends in {@code suffix}, one after the other, each after its path. */
  static String files(Path folder, String suffix) throws IOException {
    StringBuilder text = new StringBuilder();
    try (java.util.stream.Stream<Path> all = Files.walk(folder)) {
      for (Path p : all.filter(f -> f.toString().endsWith(suffix)).sorted().toList()) {
        text.append(folder.relativize(p)).append('\n').append(Files.readString(p)).append('\n');
      }
    }
    return text.toString();
  }

  /** Every XML part of a Word document, one after the other. */
  static String docxText(byte[] docx) throws IOException {
    StringBuilder text = new StringBuilder();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
          text.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
        }
      }
    }
    return text.toString();
  }

  /**
   * The first character no output may hold: C0 controls but tab and line ends, DEL, C1, bidi
   * controls, line/paragraph separators; -1 when there is none. PDF text extraction ends lines
   * with the platform separator.
   */
  static int firstControl(String text) {
    return text.codePoints().filter(c -> (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (c >= 0x7F && c <= 0x9F)
        || c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
        || c == 0x2028 || c == 0x2029).findFirst().orElse(-1);
  }
}
