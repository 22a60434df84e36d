package sctb.render.office;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import sctb.render.DocumentKind;
import sctb.render.OutputFormat;
import sctb.render.report.ReportRenderer;
import sctb.render.report.TemplateProblem;
import sctb.render.report.model.IndicatorView;
import sctb.render.report.model.ReportView;

/**
 * The Word report (.docx): {@code docx/document.xml.ftlx} with its footer (a provisional report's mark) and
 * one PNG chart per indicator, packaged by {@link WordPackage}.
 */
final class DocxReport implements BinaryReport {
  @Override
  public byte[] write(ReportView view, LocalDate signed, ReportRenderer renderer) throws TemplateProblem {
    ChartImage charts = new ChartImage();
    List<byte[]> images = new ArrayList<>();
    for (IndicatorView i : view.indicators()) {
      images.add(charts.png(i.chart()));
    }
    return WordPackage.write(renderer, view, OutputFormat.DOCX.template(DocumentKind.REPORT), "docx/core.xml.ftlx", "docx/footer.xml.ftlx", images);
  }
}
