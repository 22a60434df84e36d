package sctb.core.progress;

import java.util.HashMap;
import java.util.Map;
import sctb.core.period.Period;

/**
 * {@link DataAge#isCurrent} at the end of one period, worked out once per period of the data: asked
 * for every row of a share, while a table holds a few periods.
 */
final class CurrentPeriods {
  private final Period at;
  private final int maxAge;
  private final Map<Period, Boolean> known = new HashMap<>();

  CurrentPeriods(Period at, int maxAge) {
    this.at = at;
    this.maxAge = maxAge;
  }

  private Period last;
  private boolean lastCurrent;

  boolean isCurrent(Period data) {
    // Rows come a period at a time and share its Period: the same one as before is not looked up.
    if (data == last) {
      return lastCurrent;
    }
    Boolean current = known.get(data);
    if (current == null) {
      current = DataAge.isCurrent(data, at, maxAge);
      known.put(data, current);
    }
    last = data;
    lastCurrent = current;
    return current;
  }
}
