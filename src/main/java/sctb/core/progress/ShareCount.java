package sctb.core.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import sctb.core.period.Period;
import sctb.core.plan.CumulativeRule;
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
      rows = CompactList.copyOf(rows);
      leftOut = List.copyOf(leftOut);
    }
  }

  /** The rows a figure rests on, and those the rules left out. */
  record Selection(ShareRows used, List<Omission> leftOut) {}

  /**
   * The latest row per key among {@code rows} ending on or before {@code until}: per entity (across
   * agencies) for a row naming one, per agency for an aggregate row; {@code agency} maps a row's agency
   * to the one it answers for now, so that a successor's aggregate replaces its predecessor's. Ties
   * (same key and period) go to the later row in file and line order. Result sorted by key: sector,
   * then the aggregates by agency, then the entities by key.
   */
  public static List<IndicatorRow> latest(List<IndicatorRow> rows, Period until, UnaryOperator<String> agency) {
    ShareRows all = ShareRows.of(rows);
    ShareTable table = all.table();
    // Per entity, its row latest in the one order of rows (the highest ordinal), the rows read by
    // ascending number: in row order the table's columns were read at random, several cache misses a
    // row, on each of a report's passes over two million rows (round 11).
    int[] latestOfEntity = new int[table.groups()];
    Arrays.fill(latestOfEntity, -1);
    long[] aggregateRows = new long[8];
    int aggregateCount = 0;
    int entities = 0;
    boolean[] tooLate = table.periodsEndingAfter(until.end());
    ShareRows taken = all.ascending();
    for (int i = 0; i < taken.size(); i++) {
      int id = taken.id(i);
      if (tooLate[table.periodNumber(id)]) {
        continue;
      }
      int group = table.group(id);
      if (group < 0) { // an aggregate row: few, put in row order below
        if (aggregateCount == aggregateRows.length) {
          aggregateRows = Arrays.copyOf(aggregateRows, aggregateCount * 2);
        }
        aggregateRows[aggregateCount++] = (long) table.ordinal(id) << 32 | id;
      } else if (latestOfEntity[group] < 0) {
        entities++;
        latestOfEntity[group] = id;
      } else if (table.ordinal(latestOfEntity[group]) < table.ordinal(id)) {
        latestOfEntity[group] = id;
      }
    }
    Arrays.sort(aggregateRows, 0, aggregateCount);
    Map<String, Integer> aggregates = new TreeMap<>();
    for (int i = 0; i < aggregateCount; i++) {
      int id = (int) aggregateRows[i];
      aggregates.put(aggregateKey(table, id, agency), id);
    }
    int[] out = new int[entities + aggregates.size()];
    int n = 0;
    var aggregate = aggregates.values().iterator();
    Integer nextAggregate = aggregate.hasNext() ? aggregate.next() : null;
    for (int id : latestOfEntity) {
      if (id < 0) {
        continue;
      }
      // A sector's aggregates before its entities, as their keys sort.
      while (nextAggregate != null && table.sector(nextAggregate).compareTo(table.sector(id)) <= 0) {
        out[n++] = nextAggregate;
        nextAggregate = aggregate.hasNext() ? aggregate.next() : null;
      }
      out[n++] = id;
    }
    while (nextAggregate != null) {
      out[n++] = nextAggregate;
      nextAggregate = aggregate.hasNext() ? aggregate.next() : null;
    }
    return new ShareRows(table, out);
  }

  /** What a figure of {@code kind} at the end of {@code until} takes: the latest rows; for a share, less those left out. */
  static Selection select(IndicatorKind kind, List<IndicatorRow> rows, Period until, Counting counting) {
    ShareRows latest = (ShareRows) latest(rows, until, counting.answersFor());
    if (kind != IndicatorKind.SHARE) {
      return new Selection(latest, List.of()); // a count is cumulative: once counted, counted
    }
    ShareTable table = latest.table();
    // Which rows are left out, worked out by row number (the table's columns read in order, not at
    // random in entity order: round 10), then read in the selection's order.
    long[] closed = new long[(table.rows() + 63) >>> 6];
    long[] stale = new long[closed.length];
    CurrentPeriods current = new CurrentPeriods(until, counting.maxAge());
    ShareRows taken = latest.ascending();
    for (int i = 0; i < taken.size(); i++) {
      int id = taken.id(i);
      // Only an id's key names a register entry.
      String idKey = table.idKeyOf(id);
      RegisterEntry entry = idKey == null ? null : counting.register().byKey(idKey).orElse(null);
      if (entry != null && entry.closedBefore(until)) {
        closed[id >>> 6] |= 1L << id;
      } else if (!current.isCurrent(table.period(id))) {
        stale[id >>> 6] |= 1L << id;
      }
    }
    int[] used = new int[latest.size()];
    int n = 0;
    List<Omission> leftOut = new ArrayList<>();
    for (int i = 0; i < latest.size(); i++) {
      int id = latest.id(i);
      if ((closed[id >>> 6] & 1L << id) != 0) {
        leftOut.add(new Omission(table.row(id), OmissionReason.CLOSED));
      } else if ((stale[id >>> 6] & 1L << id) != 0) {
        leftOut.add(new Omission(table.row(id), OmissionReason.STALE));
      } else {
        used[n++] = id;
      }
    }
    return new Selection(new ShareRows(table, n == used.length ? used : Arrays.copyOf(used, n)), leftOut);
  }

  /** The figure over the selected rows; value null when none is used or Σdenominator is 0. */
  static Tally compute(IndicatorKind kind, Selection s) {
    ShareRows rows = s.used();
    if (rows.isEmpty()) {
      return new Tally(null, null, null, null, rows, s.leftOut());
    }
    ShareTable table = rows.table();
    ShareRows summed = rows.ascending(); // sums and the latest period: any order
    BigDecimal num = summed.numeratorSum();
    BigDecimal den = summed.denominatorSum();
    Period asOf = null;
    for (int i = 0; i < summed.size(); i++) {
      Period p = table.period(summed.id(i));
      // Rows of one period share its Period: compared only when another comes.
      asOf = p == asOf ? asOf : asOf == null || p.compareTo(asOf) > 0 ? p : asOf;
    }
    if (kind == IndicatorKind.SHARE) {
      BigDecimal share = DecimalMath.div(num.multiply(DecimalMath.HUNDRED), den);
      return new Tally(asOf, share, num, den, rows, s.leftOut());
    }
    return new Tally(asOf, num, num, null, rows, s.leftOut());
  }

  /**
   * When no row is used but some were left out as too old, the latest of their periods: there is data,
   * only none current enough to count (docs/methodology.md §5); null otherwise.
   */
  static Period latestStale(Tally t) {
    if (t.value() != null) {
      return null;
    }
    return t.leftOut().stream().filter(o -> o.reason() == OmissionReason.STALE).map(o -> o.row().period())
        .max(Comparator.naturalOrder()).orElse(null);
  }

  /**
   * The rows {@code t} (the figure at the end of {@code until}) takes that fell below the highest
   * earlier row of their key — the entity, or the agency's aggregate row of a sector —, for the rows
   * {@link CumulativeRule} holds to only growing (docs/methodology.md §2.2); in the figure's order.
   * Earlier rows are those kept ({@link ShareTable}: at least the previous report's and the earliest).
   */
  static List<CumulativeFall> falls(IndicatorKind kind, List<IndicatorRow> rows, Tally t, Period until,
      Counting counting) {
    ShareRows all = ShareRows.of(rows);
    ShareRows used = ShareRows.of(t.rows());
    if (used.table() != all.table()) {
      used = select(kind, all, until, counting).used();
    }
    ShareTable table = all.table();
    int[] latestOfEntity = new int[table.groups()];
    Arrays.fill(latestOfEntity, -1);
    Map<String, Integer> latestOfAggregate = new HashMap<>();
    for (int i = 0; i < used.size(); i++) {
      int id = used.id(i);
      if (!CumulativeRule.applies(kind, table.aggregate(id))) {
        continue;
      }
      if (table.group(id) >= 0) {
        latestOfEntity[table.group(id)] = id;
      } else {
        latestOfAggregate.put(aggregateKey(table, id, counting.answersFor()), id);
      }
    }
    boolean anyEntity = Arrays.stream(latestOfEntity).anyMatch(id -> id >= 0);
    if (!anyEntity && latestOfAggregate.isEmpty()) {
      return List.of(); // a share of entities only: nothing held to growing
    }
    int[] highestOfEntity = new int[table.groups()];
    Arrays.fill(highestOfEntity, -1);
    Map<String, Integer> highestOfAggregate = new HashMap<>();
    boolean[] tooLate = table.periodsEndingAfter(until.end());
    ShareRows taken = all.ascending();
    for (int i = 0; i < taken.size(); i++) {
      int id = taken.id(i);
      if (tooLate[table.periodNumber(id)]) {
        continue;
      }
      int group = table.group(id);
      String aggregate = group < 0 ? aggregateKey(table, id, counting.answersFor()) : null;
      Integer latest = group >= 0 ? Integer.valueOf(latestOfEntity[group]) : latestOfAggregate.get(aggregate);
      if (latest == null || latest < 0 || !table.period(id).end().isBefore(table.period(latest).end())
          || table.numerator(id) == null) {
        continue;
      }
      Integer highest = group >= 0 ? Integer.valueOf(highestOfEntity[group]) : highestOfAggregate.get(aggregate);
      if (highest == null || highest < 0 || table.numerator(id).compareTo(table.numerator(highest)) > 0) {
        if (group >= 0) {
          highestOfEntity[group] = id;
        } else {
          highestOfAggregate.put(aggregate, id);
        }
      }
    }
    List<CumulativeFall> falls = new ArrayList<>();
    for (int i = 0; i < used.size(); i++) {
      int id = used.id(i);
      if (!CumulativeRule.applies(kind, table.aggregate(id))) {
        continue;
      }
      int group = table.group(id);
      Integer highest = group >= 0 ? Integer.valueOf(highestOfEntity[group])
          : highestOfAggregate.get(aggregateKey(table, id, counting.answersFor()));
      if (highest != null && highest >= 0 && CumulativeRule.fell(kind, table.numerator(highest),
          table.denominator(highest), table.numerator(id), table.denominator(id))) {
        falls.add(new CumulativeFall(table.row(highest), table.row(id)));
      }
    }
    return falls;
  }

  /** An aggregate row's key: its sector and the agency its writer answers for ({@link #latest}). */
  private static String aggregateKey(ShareTable table, int id, UnaryOperator<String> agency) {
    return table.sector(id) + "\u0000" + agency.apply(table.agency(id));
  }

  /**
   * Why a tally has no value: its rows too old to count ({@code STALE_DATA}), every entity reported
   * closed before the period ({@code ALL_CLOSED}: agencies did report), else nothing reported.
   */
  static VerdictReason noValue(Tally t) {
    if (latestStale(t) != null) {
      return VerdictReason.STALE_DATA;
    }
    boolean allClosed = t.value() == null && !t.leftOut().isEmpty()
        && t.leftOut().stream().allMatch(o -> o.reason() == OmissionReason.CLOSED);
    return allClosed ? VerdictReason.ALL_CLOSED : VerdictReason.NO_ROWS;
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
      Counting counting, Tallies tallies) {
    if (declared != null) {
      return new Baseline(declared, BaselineSource.DECLARED);
    }
    BigDecimal atB = tallies.valueAt(kind, rows, Period.year(baselineYear), counting);
    if (atB != null) {
      return new Baseline(atB, BaselineSource.OBSERVED);
    }
    if (kind == IndicatorKind.COUNT) {
      return new Baseline(BigDecimal.ZERO, BaselineSource.ZERO);
    }
    Period first = ShareRows.of(rows).periods().min(Comparator.naturalOrder()).orElse(null);
    if (first == null) {
      return Baseline.NONE;
    }
    BigDecimal atFirst = tallies.valueAt(kind, rows, first, counting);
    return atFirst == null ? Baseline.NONE : new Baseline(atFirst, BaselineSource.FIRST_OBSERVED, first);
  }

  /**
   * The value at the end of every period after the baseline year, up to {@code until}, in which a row
   * was reported (one point per end date), each by the same rule over the rows up to it.
   */
  static List<Observation> series(IndicatorKind kind, List<IndicatorRow> rows, int baselineYear, Period until,
      Counting counting, Tallies tallies) {
    List<Observation> points = new ArrayList<>();
    for (Period p : Observation.points(ShareRows.of(rows).periods(), baselineYear, until)) {
      BigDecimal value = tallies.valueAt(kind, rows, p, counting);
      if (value != null) {
        points.add(new Observation(p, value));
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
    Population considered = new Population(at, maxAge, agency);
    considered.add(ShareRows.of(t.rows()).ascending()); // sums, counts and agencies: any order
    t.leftOut().stream().filter(o -> o.reason() == OmissionReason.STALE)
        .forEach(o -> considered.add(o.row().period(), o.row().denominator(), o.row().agency()));
    CoverageFact parts = kind == IndicatorKind.SHARE
        ? new CoverageFact(CoverageKind.POPULATION_CURRENT, considered.current.value(), considered.population.value(),
            minCurrent)
        : CoverageFact.of(CoverageKind.ROWS_CURRENT, considered.currentRows, considered.rows, minCurrent);
    long currentAgencies = considered.agencies.values().stream().filter(b -> b).count();
    return Coverage.of(parts,
        CoverageFact.of(CoverageKind.AGENCIES_CURRENT, currentAgencies, considered.agencies.size(), null));
  }

  /** The rows a share's or count's coverage considers, summed: population, its current part, rows and agencies. */
  private static final class Population {
    private final CurrentPeriods currentAt;
    private final UnaryOperator<String> agency;
    /** The agency each writer answers for, asked once per writer (the same few on every row). */
    private final Map<String, String> answering = new HashMap<>();
    private final DecimalSum population = new DecimalSum();
    private final DecimalSum current = new DecimalSum();
    private long rows;
    private long currentRows;
    private final Map<String, Boolean> agencies = new TreeMap<>();
    private boolean anyWriter;
    private String lastWriter;
    private boolean lastCurrent;

    Population(Period at, int maxAge, UnaryOperator<String> agency) {
      this.currentAt = new CurrentPeriods(at, maxAge);
      this.agency = agency;
    }

    /** A table's rows, their denominators added from its column. */
    void add(ShareRows used) {
      ShareTable table = used.table();
      for (int i = 0; i < used.size(); i++) {
        int id = used.id(i);
        boolean isCurrent = currentAt.isCurrent(table.period(id));
        table.addDenominator(population, id);
        if (isCurrent) {
          table.addDenominator(current, id);
        }
        counted(table.agency(id), isCurrent);
      }
    }

    void add(Period period, BigDecimal denominator, String writer) {
      boolean isCurrent = currentAt.isCurrent(period);
      population.add(denominator);
      if (isCurrent) {
        current.add(denominator);
      }
      counted(writer, isCurrent);
    }

    /** A row counted: of {@code writer}, current or not. */
    private void counted(String writer, boolean isCurrent) {
      rows++;
      currentRows += isCurrent ? 1 : 0;
      // The same writer as the row before, as current as it: merging again would change nothing.
      if (!anyWriter || writer != lastWriter || isCurrent != lastCurrent) {
        agencies.merge(answering.computeIfAbsent(writer, agency), isCurrent, Boolean::logicalOr);
        anyWriter = true;
        lastWriter = writer;
        lastCurrent = isCurrent;
      }
    }
  }
}
