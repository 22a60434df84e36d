package sctb.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import sctb.core.diag.Location;
import sctb.core.period.Period;
import sctb.core.submission.IndicatorRow;

/**
 * The share rows kept as columns ({@link ShareTable}, {@link ShareRows}) against rows kept as objects,
 * on random rows: the latest row per key is the one a plain sort and map of string keys finds, and what
 * a table keeping only the rows at the rules' ends holds gives, at those ends, what all the rows give.
 */
class ShareTableProperties {
  static final Period[] PERIODS = {Period.half(2020, 1), Period.half(2020, 2), Period.year(2020), Period.half(2021, 1),
      Period.half(2022, 2), Period.half(2024, 2), Period.half(2025, 1), Period.half(2025, 2), Period.half(2026, 1)};
  static final String[] AGENCIES = {"SCT", "STC", "STNMT", "SNNMT"};
  static final String[] SECTORS = {"", "textile", "beer"};
  /** STNMT answers for SNNMT now: its aggregate is replaced by its successor's. */
  static final UnaryOperator<String> ANSWERS_FOR = a -> a.equals("STNMT") ? "SNNMT" : a;

  /** What {@link ShareCount#latest} computed before the rows were columns: a sort and a map of string keys. */
  static List<IndicatorRow> latestByStringKeys(List<IndicatorRow> rows, Period until, UnaryOperator<String> agency) {
    Map<String, IndicatorRow> byKey = new TreeMap<>();
    rows.stream().filter(r -> !r.period().end().isAfter(until.end())).sorted(Sources.INDICATOR_ROW).forEach(r -> {
      String who = r.aggregate() ? "A\u0000" + agency.apply(r.agency()) : "E\u0000" + r.entityKey();
      byKey.put(r.sector() + "\u0000" + who, r);
    });
    return List.copyOf(byKey.values());
  }

  @Provide
  Arbitrary<List<IndicatorRow>> rows() {
    Arbitrary<IndicatorRow> row = Combinators.combine(Arbitraries.integers().between(-1, 12),
        Arbitraries.integers().between(0, AGENCIES.length - 1), Arbitraries.integers().between(0, SECTORS.length - 1),
        Arbitraries.integers().between(0, PERIODS.length - 1), Arbitraries.integers().between(0, 3),
        Arbitraries.integers().between(0, 999), Arbitraries.integers().between(0, 2))
        .as((entity, agency, sector, period, numerator, line, spelling) -> {
          Period p = PERIODS[period];
          // an entity spelt three ways, one key; -1: an aggregate row (blank entity)
          String name = entity < 0 ? "" : new String[] {"Siêu thị ", "SIÊU THỊ ", "siêu  thị "}[spelling] + "Số " + entity;
          return new IndicatorRow(Location.at(p + "/" + AGENCIES[agency] + "-chi-so.csv", line + 2, 0), p,
              AGENCIES[agency], "eco-packaging", SECTORS[sector], name, BigDecimal.valueOf(numerator),
              numerator == 0 ? null : BigDecimal.valueOf(numerator + 1, 1), "", numerator == 2 ? "ghi chú" : "");
        });
    // one row at a place, as read: a row's line made unique from its place in the list
    return row.list().ofMaxSize(120).map(list -> {
      List<IndicatorRow> unique = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        IndicatorRow r = list.get(i);
        unique.add(new IndicatorRow(r.at().withLineColumn(r.at().line() * 1000 + i, 0), r.period(), r.agency(),
            r.indicator(), r.sector(), r.entity(), r.numerator(), r.denominator(), r.unit(), r.note(), r.entityId(),
            r.submittedOn(), r.entityKey()));
      }
      return unique;
    });
  }

  @Property(tries = 300)
  void theLatestRowPerKeyIsTheOneAPlainSortFinds(@ForAll("rows") List<IndicatorRow> rows, @ForAll long seed) {
    List<IndicatorRow> shuffled = new ArrayList<>(rows);
    Collections.shuffle(shuffled, new Random(seed));
    for (Period until : PERIODS) {
      List<IndicatorRow> compact = ShareCount.latest(shuffled, until, ANSWERS_FOR);
      assertThat(compact).as("until %s", until).containsExactlyElementsOf(latestByStringKeys(rows, until, ANSWERS_FOR));
    }
  }

  @Property(tries = 300)
  void aTableKeepingTheEndsGivesAtThoseEndsWhatAllRowsGive(@ForAll("rows") List<IndicatorRow> rows,
      @ForAll @From("ends") Period report, @ForAll @From("ends") Period baseline) {
    ShareTable table = new ShareTable(new LocationTable(), false, baseline.end(), report.previous().end());
    List<IndicatorRow> upToReport = rows.stream().filter(r -> !r.period().end().isAfter(report.end())).toList();
    upToReport.forEach(r -> table.add(r, ANSWERS_FOR.apply(r.agency())));
    ShareRows kept = table.freeze();
    assertThat(kept).isSubsetOf(upToReport);
    List<Period> ends = new ArrayList<>(List.of(report, report.previous(), baseline));
    upToReport.stream().map(IndicatorRow::period).min(Period::compareTo).ifPresent(ends::add);
    for (Period until : ends) {
      assertThat(ShareCount.latest(kept, until, ANSWERS_FOR)).as("until %s", until)
          .containsExactlyElementsOf(latestByStringKeys(upToReport, until, ANSWERS_FOR));
    }
  }

  @Property(tries = 100)
  void everyRowComesBackAsItWasHandedOver(@ForAll("rows") List<IndicatorRow> rows) {
    ShareTable table = new ShareTable(new LocationTable(), true, null, null);
    rows.forEach(r -> table.add(r, r.agency()));
    List<IndicatorRow> inRowOrder = rows.stream().sorted(Sources.INDICATOR_ROW).toList();
    assertThat(table.freeze()).containsExactlyInAnyOrderElementsOf(inRowOrder);
  }

  /**
   * The frozen rows come in the one order of rows (period, then place; rows at one place in the order
   * taken), whether the places are sorted as longs (one shape a file) or compared (shapes sharing a
   * file: two columns of one file).
   */
  @Property(tries = 200)
  void frozenRowsComeInTheOneOrderOfRows(@ForAll @Size(max = 60) List<@IntRange(max = 3) Integer> files,
      @ForAll @Size(max = 60) List<@IntRange(min = -3, max = 40) Integer> lines,
      @ForAll @Size(max = 60) List<@IntRange(max = 8) Integer> periods, @ForAll boolean shapesShareFiles) {
    String[] names = {"2025H2/SCT-chi-so.csv", "2025H1/STC-chi-so.csv", "b.csv", "a.csv"};
    int n = Math.min(Math.min(files.size(), lines.size()), periods.size());
    List<IndicatorRow> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Location at = Location.at(names[files.get(i)], lines.get(i), shapesShareFiles ? i % 2 : 0);
      rows.add(new IndicatorRow(at, PERIODS[periods.get(i)], "SCT", "eco-packaging", "", "Siêu thị " + i,
          BigDecimal.ONE, BigDecimal.TEN, "", ""));
    }
    ShareTable table = new ShareTable(new LocationTable(), true, null, null);
    rows.forEach(r -> table.add(r, r.agency()));
    List<IndicatorRow> inRowOrder = new ArrayList<>(rows);
    inRowOrder.sort(Sources.INDICATOR_ROW); // stable: rows at one period and place stay as taken
    assertThat(table.freeze()).containsExactlyElementsOf(inRowOrder);
  }

  /** Enough entity keys that their keys are made on two threads and sorted by bytes many levels deep. */
  @Property(tries = 2)
  void manyEntitiesComeInTheOrderAPlainSortGives(@ForAll long seed) {
    Random random = new Random(seed);
    String[] kinds = {"Siêu thị ", "SIÊU THỊ mini ", "TTTM ", "Trung tâm thương mại ", "Cơ sở "};
    List<IndicatorRow> rows = new ArrayList<>();
    for (int i = 0; i < 70_000; i++) {
      Period p = PERIODS[random.nextInt(PERIODS.length)];
      String agency = AGENCIES[random.nextInt(AGENCIES.length)];
      String name = kinds[random.nextInt(kinds.length)] + "Lam Sơn " + random.nextInt(60_000);
      rows.add(new IndicatorRow(Location.at(p + "/" + agency + "-chi-so.csv", i + 2, 0), p, agency, "eco-packaging",
          SECTORS[random.nextInt(SECTORS.length)], random.nextInt(500) == 0 ? "" : name, BigDecimal.ONE, BigDecimal.TEN,
          "", ""));
    }
    Period until = PERIODS[PERIODS.length - 1];
    // isEqualTo, List.equals: containsExactlyElementsOf took seconds on 60 000 rows.
    assertThat(ShareCount.latest(rows, until, ANSWERS_FOR)).isEqualTo(latestByStringKeys(rows, until, ANSWERS_FOR));
  }

  @Provide
  Arbitrary<Period> ends() {
    return Arbitraries.of(PERIODS);
  }
}
