package sctb.core.progress;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import sctb.core.period.Period;
import sctb.core.plan.Indicator;
import sctb.core.plan.Plan;
import sctb.core.register.Register;
import sctb.core.register.RegisterEntry;
import sctb.core.submission.IndicatorRow;
import sctb.core.validate.Fingerprints;

/**
 * Collects, while rows stream in, what {@link IndicatorDuty} needs: per agency (the one a row answers
 * for at P's due date) the fingerprints of the rows (indicator, sector, entity) of its latest half-year
 * before P and of P itself — 24 bytes a row of those two periods, in any order of arrival.
 */
final class IndicatorDuties {
  private final Period period;
  private final UnaryOperator<String> answersFor;
  private final Map<String, Period> previous = new HashMap<>();
  private final Map<String, Fingerprints> before = new HashMap<>();
  private final Map<String, Fingerprints> now = new HashMap<>();

  IndicatorDuties(Period period, UnaryOperator<String> answersFor) {
    this.period = period;
    this.answersFor = answersFor;
  }

  void add(IndicatorRow row) {
    Period p = row.period();
    if (p.isYear() || p.compareTo(period) > 0) {
      return;
    }
    String agency = answersFor.apply(row.agency());
    long key = key(row.indicator(), row.sector(), row.entityKey());
    if (p.equals(period)) {
      now.computeIfAbsent(agency, a -> new Fingerprints()).putIfAbsent(key, 0);
      return;
    }
    Period kept = previous.get(agency);
    if (kept == null || p.compareTo(kept) > 0) {
      previous.put(agency, p);
      before.put(agency, new Fingerprints());
    } else if (p.compareTo(kept) < 0) {
      return;
    }
    before.get(agency).putIfAbsent(key, 0);
  }

  /** Per agency, its duty: expected rows less the entities the register says had closed before P. */
  Map<String, IndicatorDuty> duties(Plan plan, Register register) {
    Fingerprints closed = new Fingerprints();
    for (RegisterEntry e : register.entries()) {
      if (e.closedBefore(period)) {
        for (Indicator i : plan.indicators()) {
          if (i.registerKind() == e.kind()) {
            closed.putIfAbsent(key(i.id(), e.sector(), e.key()), 0);
            closed.putIfAbsent(key(i.id(), "", e.key()), 0);
          }
        }
      }
    }
    Map<String, IndicatorDuty> out = new TreeMap<>();
    java.util.Set<String> agencies = new java.util.TreeSet<>(before.keySet());
    agencies.addAll(now.keySet());
    for (String a : agencies) {
      Fingerprints b = before.getOrDefault(a, new Fingerprints());
      Fingerprints n = now.getOrDefault(a, new Fingerprints());
      int[] counts = new int[3]; // expected, received, added
      b.forEachKey(k -> counts[0] += closed.contains(k) ? 0 : 1);
      n.forEachKey(k -> {
        if (b.contains(k) && !closed.contains(k)) {
          counts[1]++;
        } else {
          counts[2]++;
        }
      });
      out.put(a, new IndicatorDuty(counts[0], counts[1], counts[2]));
    }
    return out;
  }

  void clear() {
    previous.clear();
    before.clear();
    now.clear();
  }

  private static long key(String indicator, String sector, String entityKey) {
    return Fingerprints.of(indicator, sector, entityKey);
  }
}
