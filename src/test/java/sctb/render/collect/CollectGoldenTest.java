package sctb.render.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import sctb.cli.CliRun;
import sctb.cli.OfficeText;
import sctb.render.report.Golden;

/**
 * The feedback and the reminder letters on the samples' 2026H2 as of 25/11/2026, compared with
 * src/test/resources/golden/collect/: Markdown and HTML byte for byte, Word and PDF by the text a reader
 * sees (update: {@code -Dsctb.golden.update=true}). Each agency chosen for a case of its own: errors in a
 * CSV file and in a workbook, a file nothing of which could be read, an incomplete report, a complete one,
 * nothing sent; one letter to all.
 */
class CollectGoldenTest {
  static final Map<String, String> TODAY = Map.of("SCTB_TODAY", "2026-11-25");

  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({
    "feedback, SXD, vi, md", "feedback, SXD, vi, html", "feedback, SXD, vi, docx", "feedback, SXD, vi, pdf",
    "feedback, SVHTTDL, vi, docx", "feedback, SVHTTDL, vi, pdf", "feedback, HTCBVNTD, vi, md",
    "feedback, BQLKKT, vi, md", "feedback, SCT, vi, pdf", "feedback, VCCI, en, md", "feedback, SXD, en, pdf",
    "remind, SVHTTDL, vi, docx", "remind, SVHTTDL, vi, pdf", "remind, TTXTDT, vi, docx", "remind, SNNMT, en, pdf",
    "remind, '', vi, docx", "remind, '', vi, pdf", "remind, '', en, docx"})
  void rendersAsReviewed(String command, String agency, String lang, String format) throws Exception {
    List<String> args = new ArrayList<>(List.of("--lang", lang, command, "--period", "2026H2", "--plan",
        CliRun.PLAN.toString(), "--format", format, "--out-dir", dir.toString(), "-q"));
    if (!agency.isEmpty()) {
      args.addAll(List.of("--agency", agency));
    } else {
      args.add("--combined");
    }
    if (command.equals("remind")) {
      args.addAll(List.of("--date", "26/11/2026"));
    }
    CliRun run = CliRun.runWithEnv(TODAY, args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
    String stem = (command.equals("feedback") ? "phan-hoi-2026H2-" : "don-doc-2026H2") + (agency.isEmpty() ? "" : (command.equals("remind") ? "-" : "") + agency);
    byte[] bytes = Files.readAllBytes(dir.resolve(stem + "." + format));
    String text = switch (format) {
      case "docx" -> OfficeText.docx(bytes);
      case "pdf" -> OfficeText.pdf(bytes);
      default -> new String(bytes, StandardCharsets.UTF_8);
    };
    Golden.check("collect/" + stem + "-" + lang + "." + format + (format.equals("docx") || format.equals("pdf") ? ".txt" : ""), text);
  }
}
