package sctb.render.report.model;

import java.math.BigDecimal;
import sctb.core.period.Period;
import sctb.core.plan.IndicatorKind;
import sctb.core.progress.Assessment;
import sctb.core.progress.Verdict;

/**
 * Formats an indicator's figures, overall or for one sector, the same way: counts with at most one
 * decimal, percentages with exactly one, each followed by the indicator's unit ("61,5%", "2 mô hình").
 */
record Figures(NumberFormats nf, IndicatorKind kind, String unit) {

  FigureView of(Assessment a, Period asOf, BigDecimal value) {
    return new FigureView(
        asOf == null ? "" : asOf.toString(),
        display(value),
        display(expected(a)),
        a == null ? "" : nf.ratioPercent(a.ratio()),
        display(a == null ? null : a.forecast()),
        a == null ? Verdict.NO_DATA : a.status(),
        a != null && a.stretchMet(),
        a != null && a.isFinal());
  }

  static BigDecimal expected(Assessment a) {
    return a == null ? null : a.expected();
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
