package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF report on the samples: a table's caption (or task group heading) and header row never end a page with its
 * rows on the next one — the reader of the printed report would find a table with nothing in it at the foot of a page.
 */
class PdfTablePageBreakTest {
  @TempDir Path dir;

  @Test
  void tableOneStartsOnThePageOfItsFirstRow() throws Exception {
    List<String> pages = pages("2025H2", "en");
    assertThat(pageHolding(pages, "Table 1. Results of the indicators")).contains("pooled 5.6% →");
  }

  @Test
  void aTaskGroupsHeadingAndHeaderStayWithItsFirstTask() throws Exception {
    List<String> pages = pages("2026H1", "vi");
    assertThat(pageHolding(pages, "Nhóm X. Thúc đẩy kinh tế tuần hoàn đối với chất thải")).contains("X.1 ");
    assertThat(pageHolding(pages, "Nhóm XV. Đẩy mạnh hợp tác quốc tế")).contains("XV.1 ");
  }

  private List<String> pages(String period, String lang) throws Exception {
    CliRun run = CliRun.runWithEnv(ReportCommandTest.ENV, "report", "--period", period, "--lang", lang, "--format", "pdf",
        "--plan", CliRun.PLAN.toString(), "-o", dir.resolve("r.pdf").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> pages = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(dir.resolve("r.pdf")))) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        pages.add(OfficeText.flat(stripper.getText(doc)));
      }
    }
    return pages;
  }

  private static String pageHolding(List<String> pages, String text) {
    return pages.stream().filter(p -> p.contains(text)).findFirst().orElseThrow(() -> new AssertionError("no page holds " + text));
  }
}
