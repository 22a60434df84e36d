package sctb.core.progress;

import sctb.core.period.Period;

/**
 * How one figure stands: the baseline it started from; the verdict and, when it does not judge the
 * value (no-data, insufficient-data), why; where the figure should be by now and how far it got
 * ({@code pace}, null when there is no value or no number to reach); whether the stretch end is met;
 * whether the verdict is final and, when a final "not achieved" was made good later, the first
 * period whose data reaches the minimum ({@code achievedLate}, else null); the forecast at the end
 * of the target year (null when none is warranted); and what the figure rests on.
 */
public record Assessment(
    Baseline baseline,
    Verdict status,
    VerdictReason reason,
    Pace pace,
    boolean stretchMet,
    boolean isFinal,
    Period achievedLate,
    Forecast forecast,
    Coverage coverage) {

  /** The same verdict without a forecast. */
  Assessment withoutForecast() {
    return new Assessment(baseline, status, reason, pace, stretchMet, isFinal, achievedLate, null, coverage);
  }

  /** A figure that is not judged, with why. */
  static Assessment unjudged(Baseline baseline, Verdict status, VerdictReason reason, Pace pace, boolean isFinal,
      Coverage coverage) {
    return new Assessment(baseline, status, reason, pace, false, isFinal, null, null, coverage);
  }
}
