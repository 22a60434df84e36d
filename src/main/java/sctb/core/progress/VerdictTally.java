package sctb.core.progress;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** How many of a multi-sector target's sectors are in each verdict, every verdict present, in {@link Verdict} order. */
public record VerdictTally(Map<Verdict, Integer> counts, int total) {

  public VerdictTally {
    counts = Collections.unmodifiableMap(new EnumMap<>(counts));
  }

  static VerdictTally of(List<Verdict> verdicts) {
    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      counts.put(v, 0);
    }
    verdicts.forEach(v -> counts.merge(v, 1, Integer::sum));
    return new VerdictTally(counts, verdicts.size());
  }

  public int count(Verdict verdict) {
    return counts.get(verdict);
  }
}
