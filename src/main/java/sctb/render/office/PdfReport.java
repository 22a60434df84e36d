package sctb.render.office;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import sctb.render.DocumentKind;
import sctb.render.OutputFormat;
import sctb.render.report.ReportRenderer;
import sctb.render.report.TemplateProblem;
import sctb.render.report.model.ReportView;

/**
 * The PDF report: {@code report.pdf.ftlh} laid out by {@link PdfPages}; charts are the same PNGs as in the
 * Word report, dated by --date.
 */
final class PdfReport implements BinaryReport {
  @Override
  public byte[] write(ReportView view, LocalDate signed, ReportRenderer renderer) throws TemplateProblem {
    Map<String, byte[]> images = new LinkedHashMap<>();
    ChartImage painter = new ChartImage();
    for (int k = 0; k < view.indicators().size(); k++) {
      images.put("sctb:chart-" + (k + 1) + ".png", painter.png(view.indicators().get(k).chart()));
    }
    return PdfPages.write(renderer, view, OutputFormat.PDF.template(DocumentKind.REPORT), images, signed);
  }
}
