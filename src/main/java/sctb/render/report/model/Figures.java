package sctb.render.report.model;

import sctb.core.text.NumberFormats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import sctb.core.period.Period;
import sctb.core.plan.Fraction;
import sctb.core.plan.IndicatorKind;
import sctb.core.plan.Target;
import sctb.core.progress.Assessment;
import sctb.core.progress.CoverageFact;
import sctb.core.progress.Figure;
import sctb.core.progress.Forecast;
import sctb.core.progress.DecimalMath;
import sctb.core.progress.Pace;
import sctb.core.progress.ThresholdDisplay;

/**
 * Formats an indicator's figures, overall or for one sector, the same way: counts with at most one
 * decimal, percentages with exactly one, each followed by the indicator's unit ("61,5%", "2 mô hình").
 * A number is never shown across a bound it is judged by ({@link ThresholdDisplay}): a value, expected
 * value or forecast across the target's minimum or upper end ({@code min}, {@code stretch}; null when the
 * target has none), a progress ratio
 * across a verdict's threshold ({@code ratioBounds}, in percent), a coverage share across its threshold.
 * {@code unitOne}: the unit after a number shown as "1" ("1 model"; the same as {@code unit} in Vietnamese).
 */
record Figures(NumberFormats nf, IndicatorKind kind, String unit, String unitOne, BigDecimal min, BigDecimal stretch,
    List<BigDecimal> ratioBounds, Period report) {

  /** Counts and percentages show one decimal (counts drop a trailing zero), ratios and coverage none and one. */
  private static final int DECIMALS = 1;

  /** The same figures judged against another target's bounds (the other phase's final verdict). */
  Figures against(Target target) {
    return new Figures(nf, kind, unit, unitOne, target.min(), target.stretch(), ratioBounds, report);
  }

  FigureView of(Figure f) {
    Assessment a = f.assessment();
    Pace p = a.pace();
    Forecast forecast = a.forecast();
    return new FigureView(
        f.asOf() == null ? "" : f.asOf().toString(),
        f.asOf() != null && f.asOf().end().isBefore(report.end()),
        display(a.baseline().value()),
        a.baseline().from() == null ? "" : a.baseline().from().toString(),
        display(f.value()),
        display(p == null ? null : p.expected()),
        p == null || p.ratio() == null ? "" : percent(p.ratio().multiply(DecimalMath.HUNDRED), ratioBounds, 0),
        p != null && p.ahead(),
        p != null && p.behind(),
        a.status(),
        Optional.ofNullable(a.reason()),
        a.stretchMet(),
        a.isFinal(),
        a.achievedLate() == null ? "" : a.achievedLate().toString(),
        display(forecast == null ? null : forecast.central()),
        display(forecast == null ? null : forecast.low()),
        display(forecast == null ? null : forecast.high()),
        Optional.ofNullable(forecast == null ? null : forecast.method()),
        forecast == null ? "" : Integer.toString(forecast.observations().size()),
        forecast == null ? "" : forecast.observations().get(0).period().toString(),
        Optional.ofNullable(forecast == null || min == null ? null : reach(forecast, min)),
        a.coverage().facts().stream().map(this::coverage).toList());
  }

  /** {@code x} with the indicator's unit, "" when null; never across a bound of the target. */
  String display(BigDecimal x) {
    if (x == null) {
      return "";
    }
    BigDecimal shown = ThresholdDisplay.displayed(x, Arrays.asList(min, stretch), DECIMALS);
    return withUnit(kind == IndicatorKind.COUNT ? nf.plain(shown, shown.scale()) : nf.fixed(shown, shown.scale()));
  }

  /**
   * How far {@code now} moved from {@code before}, as the difference of the two values as shown (so
   * that a reader subtracting the shown values finds it), signed: "+4,7", "-0,4", "0" — in points for a
   * percentage; "" when either is null.
   */
  String difference(BigDecimal now, BigDecimal before) {
    if (now == null || before == null) {
      return "";
    }
    List<BigDecimal> bounds = Arrays.asList(min, stretch);
    BigDecimal d = ThresholdDisplay.displayed(now, bounds, DECIMALS).subtract(ThresholdDisplay.displayed(before, bounds, DECIMALS));
    return signed(kind == IndicatorKind.COUNT ? nf.plain(d, d.scale()) : nf.fixed(d, d.scale()), d);
  }

  /** {@code text} (the number {@code d} as shown) with a plus sign when positive. */
  static String signed(String text, BigDecimal d) {
    return d.signum() > 0 ? "+" + text : text;
  }

  /** "61,5%" (no space before %, as Vietnamese documents write it), "2 mô hình", "1 model"; "" when no value. */
  String withUnit(String number) {
    if (number.isEmpty()) {
      return "";
    }
    String u = number.equals("1") && !unitOne.isEmpty() ? unitOne : unit;
    return u.isEmpty() ? number : u.equals("%") ? number + "%" : number + " " + u;
  }

  private CoverageView coverage(CoverageFact fact) {
    Fraction threshold = fact.threshold();
    List<BigDecimal> bounds = new ArrayList<>();
    if (threshold != null) {
      bounds.add(DecimalMath.div(threshold.numerator().multiply(DecimalMath.HUNDRED), threshold.denominator()));
    }
    BigDecimal share = fact.share();
    return new CoverageView(fact.kind(), nf.plain(fact.part(), DECIMALS), nf.plain(fact.whole(), DECIMALS),
        share == null ? "" : percent(share.multiply(DecimalMath.HUNDRED), bounds, DECIMALS),
        threshold == null ? "" : threshold(threshold), fact.met());
  }

  /** A threshold as the plan states it: a decimal as a percentage ("80%"), a fraction as it is ("2/3"). */
  String threshold(Fraction f) {
    return f.percent().map(p -> nf.plain(p, 2) + "%").orElse(nf.plain(f.numerator(), 0) + "/" + nf.plain(f.denominator(), 0));
  }

  /** A percentage never shown across one of {@code bounds}, trailing zeros dropped ("100%", "82,6%"). */
  private String percent(BigDecimal x, List<BigDecimal> bounds, int decimals) {
    BigDecimal shown = ThresholdDisplay.displayed(x, bounds, decimals);
    return nf.plain(shown, shown.scale()) + "%";
  }

  private static ForecastReach reach(Forecast f, BigDecimal min) {
    if (f.high().compareTo(min) < 0) {
      return ForecastReach.SHORT;
    }
    return f.low().compareTo(min) >= 0 ? ForecastReach.REACHED : ForecastReach.UNCERTAIN;
  }
}
