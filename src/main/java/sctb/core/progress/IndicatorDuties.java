package sctb.core.progress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BinaryOperator;
import sctb.core.period.Period;
import sctb.core.plan.Indicator;
import sctb.core.plan.PlannedRow;
import sctb.core.plan.PlannedRows;
import sctb.core.plan.Plan;
import sctb.core.register.Register;
import sctb.core.register.RegisterEntry;
import sctb.core.submission.IndicatorRow;
import sctb.core.validate.Fingerprints;

/**
 * Collects, while rows stream in, what {@link IndicatorDuty} needs: per agency (the one a row answers
 * for at P's due date; for a task output's row, the one carrying the task) the fingerprints of its rows' (indicator, sector, entity) for its latest
 * half-year before P and for P itself, in plain arrays (8 bytes a row of those two periods; sorted and
 * compared at the end), whatever the order rows arrive in, and the few (indicator, sector) pairs those
 * rows cover. At the end, the rows the plan asks for ({@link PlannedRows}) that an agency's previous
 * report did not cover are added to what it owes: once per agency, not per row.
 */
final class IndicatorDuties {
  private final Period period;
  /** (agency written on a row, its indicator) → the agency that answers for the row at P's due date. */
  private final BinaryOperator<String> answersFor;
  private final java.util.Set<String> retired;
  private final Map<String, Period> previous = new HashMap<>();
  private final Map<String, Keys> before = new HashMap<>();
  private final Map<String, Keys> now = new HashMap<>();
  /** Per agency short of rows, the fingerprints of those missing, ascending (set by {@link #duties}). */
  private final Map<String, long[]> missing = new TreeMap<>();
  /** Per agency, the rows the plan asks for that neither its previous report nor P's rows had (set by {@link #duties}). */
  private final Map<String, List<MissingRow>> missingFromPlan = new TreeMap<>();

  /**
   * A growing array of fingerprints, and the (indicator, sector) pairs of their rows that still count (an entity
   * closed since is no row to ask for: a pair all of whose entities closed is not covered, the plan asks it anew).
   */
  private static final class Keys {
    long[] values = new long[16];
    int size;
    final Set<String> pairs = new HashSet<>();
    /** The last row's pair: rows come in runs of one indicator and sector, so the set is seldom touched. */
    private String lastIndicator;
    private String lastSector;

    void add(long key, String indicator, String sector, boolean counts) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size + (size >> 1));
      }
      values[size++] = key;
      if (counts && (!indicator.equals(lastIndicator) || !java.util.Objects.equals(sector, lastSector))) {
        lastIndicator = indicator;
        lastSector = sector;
        pairs.add(pair(indicator, sector));
      }
    }

    /** Sorts the fingerprints in place and keeps each once: {@code values[0, size)} afterwards. */
    Keys distinct() {
      Arrays.sort(values, 0, size);
      int n = 0;
      for (int i = 0; i < size; i++) {
        if (n == 0 || values[n - 1] != values[i]) {
          values[n++] = values[i];
        }
      }
      size = n;
      return this;
    }

    boolean contains(long key) {
      return Arrays.binarySearch(values, 0, size, key) >= 0;
    }
  }

  /** The rows of entities the register says had closed before P: never owed again. */
  private final Fingerprints closed;

  /**
   * {@code retired}: the indicators no longer tracked at the period (Retirements): nobody is asked for them;
   * {@code closed}: the rows of entities closed before it ({@link #closedBefore}).
   */
  IndicatorDuties(Period period, BinaryOperator<String> answersFor, java.util.Set<String> retired, Fingerprints closed) {
    this.period = period;
    this.answersFor = answersFor;
    this.retired = retired;
    this.closed = closed;
  }

  /** The fingerprints of every row (indicator, sector or none, entity) of an entity the register says closed before {@code period}. */
  static Fingerprints closedBefore(Plan plan, Register register, Period period) {
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
    return closed;
  }

  void add(IndicatorRow row) {
    Period p = row.period();
    if (p.isYear() || p.compareTo(period) > 0 || retired.contains(row.indicator())) {
      return;
    }
    String agency = answersFor.apply(row.agency(), row.indicator());
    if (p.equals(period)) {
      now.computeIfAbsent(agency, a -> new Keys()).add(key(row.indicator(), row.sector(), row.entityKey()), row.indicator(),
          row.sector(), true);
      return;
    }
    Period kept = previous.get(agency);
    if (kept == null || p.compareTo(kept) > 0) {
      previous.put(agency, p);
      before.put(agency, new Keys()); // a later half-year: the earlier one is no longer its previous report
    } else if (p.compareTo(kept) < 0) {
      return;
    }
    long key = key(row.indicator(), row.sector(), row.entityKey());
    before.get(agency).add(key, row.indicator(), row.sector(), !closed.contains(key));
  }

  /**
   * Per agency, its duty: the rows of its previous report less the entities the register says had closed
   * before P, and one row for each (indicator, sector) the plan asks of it that that report did not cover with a
   * row of an entity still open (every entity of it closed: the plan still asks it) — received when any row of P covers it.
   */
  Map<String, IndicatorDuty> duties(Plan plan) {
    Map<String, List<PlannedRow>> planned = new HashMap<>();
    // rows are counted by half-year only (a whole year's rows are not a report to chase), so is what the plan asks
    if (!period.isYear()) {
      PlannedRows.of(plan, period).forEach(r -> planned.computeIfAbsent(r.agency(), a -> new ArrayList<>()).add(r));
    }
    Map<String, IndicatorDuty> out = new TreeMap<>();
    Set<String> agencies = new TreeSet<>(before.keySet());
    agencies.addAll(now.keySet());
    agencies.addAll(planned.keySet());
    Keys none = new Keys();
    for (String a : agencies) {
      // sorted in place and let go one agency at a time: this runs while everything read is still held
      Keys expected = before.getOrDefault(a, none).distinct();
      Keys came = now.getOrDefault(a, none).distinct();
      int count = 0;
      for (int i = 0; i < expected.size; i++) {
        count += closed.contains(expected.values[i]) ? 0 : 1;
      }
      int received = 0;
      for (int i = 0; i < came.size; i++) {
        received += expected.contains(came.values[i]) && !closed.contains(came.values[i]) ? 1 : 0;
      }
      if (received < count) {
        missing.put(a, missingOf(expected, came, closed, count - received));
      }
      int rows = came.size;
      int fromPlan = 0;
      List<MissingRow> owedByPlan = new ArrayList<>();
      for (PlannedRow p : planned.getOrDefault(a, List.of())) {
        String pair = pair(p.indicator(), p.sector());
        if (expected.pairs.contains(pair)) {
          continue;
        }
        fromPlan++;
        if (came.pairs.contains(pair)) {
          received++;
        } else {
          owedByPlan.add(new MissingRow(p.indicator(), p.sector(), "", true));
        }
      }
      if (!owedByPlan.isEmpty()) {
        missingFromPlan.put(a, owedByPlan);
      }
      out.put(a, new IndicatorDuty(count + fromPlan, received, rows - received, fromPlan, List.of()));
      before.remove(a);
      now.remove(a);
    }
    return out;
  }

  /** The fingerprints of {@code expected} neither in {@code came} nor closed ({@code n} of them), ascending. */
  private static long[] missingOf(Keys expected, Keys came, Fingerprints closed, int n) {
    long[] out = new long[n];
    int size = 0;
    for (int i = 0; i < expected.size; i++) {
      long key = expected.values[i];
      if (!came.contains(key) && !closed.contains(key)) {
        out[size++] = key;
      }
    }
    return out;
  }

  /** Per agency short of rows after {@link #duties}, the fingerprints of its missing rows, ascending. */
  Map<String, long[]> missing() {
    return missing;
  }

  /** Per agency after {@link #duties}, the rows the plan asks for that it is short of, in plan order. */
  Map<String, List<MissingRow>> missingFromPlan() {
    return missingFromPlan;
  }

  void clear() {
    previous.clear();
    before.clear();
    now.clear();
    missing.clear();
    missingFromPlan.clear();
  }

  private static String pair(String indicator, String sector) {
    return indicator + '\u0000' + sector;
  }

  static long key(String indicator, String sector, String entityKey) {
    return Fingerprints.of(indicator, sector, entityKey);
  }
}
