package sctb.render.report.model;

import java.math.BigDecimal;
import sctb.core.plan.IndicatorKind;
import sctb.core.progress.Assessment;
import sctb.core.progress.Figure;
import sctb.core.progress.Pace;

/**
 * Formats an indicator's figures, overall or for one sector, the same way: counts with at most one
 * decimal, percentages with exactly one, each followed by the indicator's unit ("61,5%", "2 mô hình").
 */
record Figures(NumberFormats nf, IndicatorKind kind, String unit) {

  FigureView of(Figure f) {
    Assessment a = f.assessment();
    Pace p = a.pace();
    return new FigureView(
        f.asOf() == null ? "" : f.asOf().toString(),
        display(f.value()),
        display(p == null ? null : p.expected()),
        p == null ? "" : nf.ratioPercent(p.ratio()),
        display(a.forecast() == null ? null : a.forecast().central()),
        a.status(),
        a.stretchMet(),
        a.isFinal());
  }

  private String display(BigDecimal x) {
    return withUnit(kind == IndicatorKind.COUNT ? nf.plain(x, 1) : nf.fixed(x, 1));
  }

  /** "61,5%" (no space before %, as Vietnamese documents write it) or "2 mô hình"; "" when no value. */
  String withUnit(String number) {
    if (number.isEmpty()) {
      return "";
    }
    return unit.isEmpty() ? number : unit.equals("%") ? number + "%" : number + " " + unit;
  }
}
