package sctb.core.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import sctb.core.period.Period;
import sctb.core.plan.Fraction;
import sctb.core.plan.IndicatorKind;
import sctb.core.register.RegisterEntry;
import sctb.core.submission.IndicatorRow;

/**
 * The share and count rules (docs/methodology.md §2.2): the latest row per key up to a date — an
 * entity once, whichever agency reported it (its matched key, {@link IndicatorRow#entityKey}), an
 * aggregate row (blank entity) per agency; for a share, entities the register says closed before
 * the period are left out, and so is a row older than the maximum data age (its value is not carried
 * forward); share = 100 × Σnumerator / Σdenominator, count = Σnumerator (each entity once).
 */
public final class ShareCount {
  private ShareCount() {}

  /**
   * A share or count at {@code asOf} (the latest period among the rows used), with the rows used and
   * the entities left out.
   */
  public record Tally(Period asOf, BigDecimal value, BigDecimal numerator, BigDecimal denominator, List<IndicatorRow> rows,
      List<Omission> leftOut) {
    public Tally {
      rows = List.copyOf(rows);
      leftOut = List.copyOf(leftOut);
    }
  }

  /** The rows a figure rests on, and those the rules left out. */
  record Selection(List<IndicatorRow> used, List<Omission> leftOut) {}

  /**
   * The latest row per key among {@code rows} ending on or before {@code until}: per entity (across
   * agencies) for a row naming one, per agency for an aggregate row; {@code agency} maps a row's agency
   * to the one it answers for now, so that a successor's aggregate replaces its predecessor's. Ties
   * (same key and period) go to the later row in file and line order. Result sorted by key.
   */
  public static List<IndicatorRow> latest(List<IndicatorRow> rows, Period until, UnaryOperator<String> agency) {
    Map<String, IndicatorRow> byKey = new TreeMap<>();
    rows.stream().filter(r -> !r.period().end().isAfter(until.end())).sorted(Sources.INDICATOR_ROW).forEach(r -> {
      String who = r.aggregate() ? "A\u0000" + agency.apply(r.agency()) : "E\u0000" + r.entityKey();
      byKey.put(r.sector() + "\u0000" + who, r);
    });
    return List.copyOf(byKey.values());
  }

  /** What a figure of {@code kind} at the end of {@code until} takes: the latest rows; for a share, less those left out. */
  static Selection select(IndicatorKind kind, List<IndicatorRow> rows, Period until, Counting counting) {
    List<IndicatorRow> latest = latest(rows, until, counting.answersFor());
    if (kind != IndicatorKind.SHARE) {
      return new Selection(latest, List.of()); // a count is cumulative: once counted, counted
    }
    List<IndicatorRow> used = new ArrayList<>();
    List<Omission> leftOut = new ArrayList<>();
    for (IndicatorRow r : latest) {
      RegisterEntry entry = r.aggregate() ? null : counting.register().byKey(r.entityKey()).orElse(null);
      if (entry != null && entry.closedBefore(until)) {
        leftOut.add(new Omission(r, OmissionReason.CLOSED));
      } else if (!DataAge.isCurrent(r.period(), until, counting.maxAge())) {
        leftOut.add(new Omission(r, OmissionReason.STALE));
      } else {
        used.add(r);
      }
    }
    return new Selection(used, leftOut);
  }

  /** The figure over the selected rows; value null when none is used or Σdenominator is 0. */
  static Tally compute(IndicatorKind kind, Selection s) {
    List<IndicatorRow> rows = s.used();
    if (rows.isEmpty()) {
      return new Tally(null, null, null, null, rows, s.leftOut());
    }
    BigDecimal num = BigDecimal.ZERO;
    BigDecimal den = BigDecimal.ZERO;
    for (IndicatorRow r : rows) {
      num = num.add(DecimalMath.zeroIfNull(r.numerator()));
      den = den.add(DecimalMath.zeroIfNull(r.denominator()));
    }
    Period asOf = rows.stream().map(IndicatorRow::period).max(Comparator.naturalOrder()).orElseThrow();
    if (kind == IndicatorKind.SHARE) {
      BigDecimal share = DecimalMath.div(num.multiply(DecimalMath.HUNDRED), den);
      return new Tally(asOf, share, num, den, rows, s.leftOut());
    }
    return new Tally(asOf, num, num, null, rows, s.leftOut());
  }

  /** The figure at the end of {@code until}. */
  static Tally at(IndicatorKind kind, List<IndicatorRow> rows, Period until, Counting counting) {
    return compute(kind, select(kind, rows, until, counting));
  }

  /**
   * The declared baseline value; else the value observed with rows up to the end of B; else, for a
   * share, the value at the first period with data ("first-observed"), for a count zero (counts are
   * cumulative since the baseline year, so nothing counted before means zero).
   */
  static Baseline baseline(IndicatorKind kind, BigDecimal declared, List<IndicatorRow> rows, int baselineYear,
      Counting counting) {
    if (declared != null) {
      return new Baseline(declared, BaselineSource.DECLARED);
    }
    Tally atB = at(kind, rows, Period.year(baselineYear), counting);
    if (atB.value() != null) {
      return new Baseline(atB.value(), BaselineSource.OBSERVED);
    }
    if (kind == IndicatorKind.COUNT) {
      return new Baseline(BigDecimal.ZERO, BaselineSource.ZERO);
    }
    Period first = rows.stream().map(IndicatorRow::period).min(Comparator.naturalOrder()).orElse(null);
    if (first == null) {
      return Baseline.NONE;
    }
    Tally atFirst = at(kind, rows, first, counting);
    return atFirst.value() == null ? Baseline.NONE : new Baseline(atFirst.value(), BaselineSource.FIRST_OBSERVED);
  }

  /**
   * The value at the end of every period after the baseline year, up to {@code until}, in which a row
   * was reported (one point per end date), each by the same rule over the rows up to it.
   */
  static List<Observation> series(IndicatorKind kind, List<IndicatorRow> rows, int baselineYear, Period until,
      Counting counting) {
    List<Observation> points = new ArrayList<>();
    for (Period p : Observation.points(rows.stream().map(IndicatorRow::period), baselineYear, until)) {
      Tally t = at(kind, rows, p, counting);
      if (t.value() != null) {
        points.add(new Observation(p, t.value()));
      }
    }
    return points;
  }

  /**
   * What a share or count rests on, at the end of {@code at}: for a share the part of the population
   * (Σ denominators) whose rows are current — of the rows used and those left out as too old — for a
   * count the rows that are current; each must reach {@code minCurrent}; and the agencies whose latest
   * row is current (shown).
   */
  static Coverage coverage(IndicatorKind kind, Tally t, Period at, int maxAge, Fraction minCurrent,
      UnaryOperator<String> agency) {
    BigDecimal population = BigDecimal.ZERO;
    BigDecimal currentPopulation = BigDecimal.ZERO;
    long currentRows = 0;
    Map<String, Boolean> agencies = new TreeMap<>();
    List<IndicatorRow> considered = new ArrayList<>(t.rows());
    t.leftOut().stream().filter(o -> o.reason() == OmissionReason.STALE).forEach(o -> considered.add(o.row()));
    for (IndicatorRow r : considered) {
      boolean current = DataAge.isCurrent(r.period(), at, maxAge);
      BigDecimal den = DecimalMath.zeroIfNull(r.denominator());
      population = population.add(den);
      currentPopulation = current ? currentPopulation.add(den) : currentPopulation;
      currentRows += current ? 1 : 0;
      agencies.merge(agency.apply(r.agency()), current, Boolean::logicalOr);
    }
    CoverageFact parts = kind == IndicatorKind.SHARE
        ? new CoverageFact(CoverageKind.POPULATION_CURRENT, currentPopulation, population, minCurrent)
        : CoverageFact.of(CoverageKind.ROWS_CURRENT, currentRows, considered.size(), minCurrent);
    long currentAgencies = agencies.values().stream().filter(b -> b).count();
    return Coverage.of(parts, CoverageFact.of(CoverageKind.AGENCIES_CURRENT, currentAgencies, agencies.size(), null));
  }
}
