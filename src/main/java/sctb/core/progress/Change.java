package sctb.core.progress;

import java.math.BigDecimal;
import sctb.core.period.Period;

/**
 * One figure against the previous report (docs/methodology.md §15): the previous report's period, the
 * figure there with today's data ({@code previous}: its period of data, value and verdict — the
 * verdict only when that report judged the same target, else null), the difference of values (null
 * unless both exist), and, when corrections made since changed what that figure rests on, the
 * restatement (null when none).
 */
public record Change(Period period, Figure previous, boolean sameTarget, BigDecimal difference, Restatement restatement) {

  public boolean restated() {
    return restatement != null;
  }

  /** The previous verdict, when the previous report judged the same target. */
  public Verdict previousVerdict() {
    return sameTarget && previous != null ? previous.assessment().status() : null;
  }
}
