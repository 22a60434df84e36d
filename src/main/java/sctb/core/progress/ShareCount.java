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
import sctb.core.submission.IndicatorRow;
import sctb.core.text.Fold;

/**
 * The share and count rules (docs/methodology.md §2.2): the latest row per key (agency, sector,
 * entity — a blank entity is an aggregate row) up to a date; share = 100 × Σnumerator /
 * Σdenominator, count = Σnumerator.
 */
public final class ShareCount {
  private ShareCount() {}

  /** A share or count at {@code asOf} (the latest period among the rows used), with the rows. */
  public record Tally(Period asOf, BigDecimal value, BigDecimal numerator, BigDecimal denominator, List<IndicatorRow> rows) {
    public Tally {
      rows = List.copyOf(rows);
    }
  }

  /**
   * The latest row per key among {@code rows} ending on or before {@code until}. {@code agency} maps a
   * row's agency to the one it answers for now, so that a successor's row replaces its predecessor's.
   * Ties (same key and period) go to the later row in file and line order. Result sorted by key.
   */
  public static List<IndicatorRow> latest(List<IndicatorRow> rows, Period until, UnaryOperator<String> agency) {
    Map<String, IndicatorRow> byKey = new TreeMap<>();
    rows.stream().filter(r -> !r.period().end().isAfter(until.end())).sorted(Sources.INDICATOR_ROW).forEach(r -> {
      String key = agency.apply(r.agency()) + "\u0000" + Fold.key(r.sector()) + "\u0000" + Fold.key(r.entity());
      byKey.put(key, r);
    });
    return List.copyOf(byKey.values());
  }

  /** The figure over the given (already selected) rows; value null when there are none or Σdenominator is 0. */
  public static Tally compute(IndicatorKind kind, List<IndicatorRow> rows) {
    if (rows.isEmpty()) {
      return new Tally(null, null, null, null, rows);
    }
    BigDecimal num = BigDecimal.ZERO;
    BigDecimal den = BigDecimal.ZERO;
    for (IndicatorRow r : rows) {
      num = num.add(Numbers.zeroIfNull(r.numerator()));
      den = den.add(Numbers.zeroIfNull(r.denominator()));
    }
    Period asOf = rows.stream().map(IndicatorRow::period).max(Comparator.naturalOrder()).orElseThrow();
    if (kind == IndicatorKind.SHARE) {
      BigDecimal share = Numbers.div(num.multiply(Numbers.HUNDRED), den);
      return new Tally(asOf, share, num, den, rows);
    }
    return new Tally(asOf, num, num, null, rows);
  }

  /**
   * The declared baseline value; else the value observed with rows up to the end of B; else, for a
   * share, the value at the first period with data ("first-observed"), for a count zero (counts are
   * cumulative since the baseline year, so nothing counted before means zero).
   */
  public static Baseline baseline(IndicatorKind kind, BigDecimal declared, List<IndicatorRow> rows, int baselineYear,
      UnaryOperator<String> agency) {
    if (declared != null) {
      return new Baseline(declared, BaselineSource.DECLARED);
    }
    Tally atB = compute(kind, latest(rows, Period.year(baselineYear), agency));
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
    Tally atFirst = compute(kind, latest(rows, first, agency));
    return atFirst.value() == null ? Baseline.NONE : new Baseline(atFirst.value(), BaselineSource.FIRST_OBSERVED);
  }

  /**
   * The value at the end of every period after the baseline year, up to {@code until}, in which a row
   * was reported (one point per end date), each by the same rule over the rows up to it.
   */
  public static List<Observation> series(IndicatorKind kind, List<IndicatorRow> rows, int baselineYear, Period until,
      UnaryOperator<String> agency) {
    List<Observation> points = new ArrayList<>();
    for (Period p : Observation.points(rows.stream().map(IndicatorRow::period), baselineYear, until)) {
      Tally t = compute(kind, latest(rows, p, agency));
      if (t.value() != null) {
        points.add(new Observation(p, t.value()));
      }
    }
    return points;
  }

  /**
   * What a share or count rests on, at the end of {@code at}: for a share the part of the population
   * (Σ denominators) whose rows are current, for a count the rows that are current — each must reach
   * {@code minCurrent} — and the agencies whose latest row used is current (shown).
   */
  public static Coverage coverage(IndicatorKind kind, List<IndicatorRow> used, Period at, int maxAge, Fraction minCurrent,
      UnaryOperator<String> agency) {
    BigDecimal population = BigDecimal.ZERO;
    BigDecimal currentPopulation = BigDecimal.ZERO;
    long currentRows = 0;
    Map<String, Boolean> agencies = new TreeMap<>();
    for (IndicatorRow r : used) {
      boolean current = DataAge.isCurrent(r.period(), at, maxAge);
      BigDecimal den = Numbers.zeroIfNull(r.denominator());
      population = population.add(den);
      currentPopulation = current ? currentPopulation.add(den) : currentPopulation;
      currentRows += current ? 1 : 0;
      agencies.merge(agency.apply(r.agency()), current, Boolean::logicalOr);
    }
    CoverageFact parts = kind == IndicatorKind.SHARE
        ? new CoverageFact(CoverageKind.POPULATION_CURRENT, currentPopulation, population, minCurrent)
        : CoverageFact.of(CoverageKind.ROWS_CURRENT, currentRows, used.size(), minCurrent);
    long currentAgencies = agencies.values().stream().filter(b -> b).count();
    return Coverage.of(parts, CoverageFact.of(CoverageKind.AGENCIES_CURRENT, currentAgencies, agencies.size(), null));
  }
}
