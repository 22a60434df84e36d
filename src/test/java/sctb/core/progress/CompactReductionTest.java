package sctb.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static sctb.core.progress.Fixtures.data;
import static sctb.core.progress.Fixtures.p;
import static sctb.core.progress.Fixtures.red;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import sctb.core.diag.Location;
import sctb.core.period.Period;
import sctb.core.submission.Correction;
import sctb.core.submission.IndicatorRow;

/**
 * Where the compact state of the reduction rule (ReductionRows, Decimals, LocationTable and the lazy
 * panel lists) could differ from the rows it replaces: numbers that do not fit a long, two rows of one
 * establishment for one period, an establishment spelled two ways, names whose hashes collide, a
 * restarted read.
 */
class CompactReductionTest {
  static ReductionSector fertilizer(List<IndicatorRow> rows) {
    return ProgressEngine.compute(Fixtures.PLAN, data(List.of(), rows), p("2026H1"))
        .indicator("consumption-reduction").map(ip -> Fixtures.sector(ip, "fertilizer")).orElseThrow();
  }

  static IndicatorRow row(String file, int line, String period, String entity, String cons, String out) {
    return red(file, line, period, "fertilizer", entity, cons, out);
  }

  @Test
  void numbersThatDoNotFitALongOrAByteScaleComeBackExact() {
    String huge = "123456789012345678901234.5";
    String tiny = "0." + "0".repeat(199) + "1"; // scale 200
    // 1,2 × 10^-178 per 10^-200: an intensity near the baseline's 1,23 × 10^22, so the plant stays in the panel
    String small = "0." + "0".repeat(177) + "12";
    ReductionSector s = fertilizer(List.of(
        row("2025/a.csv", 2, "2025", "P", huge, "10"),
        row("2026H1/a.csv", 2, "2026H1", "P", small, tiny)));
    PanelEntity p = s.detail().panel().get(0);
    assertThat(p.baseline().consumption()).isEqualTo(new BigDecimal(huge)); // same value and scale
    assertThat(p.current().output()).isEqualTo(new BigDecimal(tiny));
    assertThat(s.detail().consumptionBaseline()).isEqualTo(new BigDecimal(huge));
  }

  @Test
  void decimalsKeepValueAndScale() {
    List<BigDecimal> values = new ArrayList<>(List.of(BigDecimal.ZERO, new BigDecimal("0.00"), new BigDecimal("-4.5"),
        new BigDecimal("1E+3"), new BigDecimal("999999999999999999"), new BigDecimal("9999999999999999999"),
        BigDecimal.valueOf(Long.MAX_VALUE), BigDecimal.valueOf(Long.MIN_VALUE), BigDecimal.valueOf(1, 127),
        BigDecimal.valueOf(1, 128), BigDecimal.valueOf(1, -127), BigDecimal.valueOf(1, -128)));
    values.add(null);
    Decimals column = new Decimals(2);
    column.grow(values.size());
    for (int i = 0; i < values.size(); i++) {
      column.set(i, values.get(i));
    }
    column.set(5, values.get(5)); // a value set again stays itself
    for (int i = 0; i < values.size(); i++) {
      assertThat(column.get(i)).as("value %d", i).isEqualTo(values.get(i));
    }
    column.set(5, BigDecimal.ONE); // and one put aside then replaced by a small one is the small one
    assertThat(column.get(5)).isEqualTo(BigDecimal.ONE);
  }

  @Test
  void ofTwoRowsForOnePeriodTheLaterInFileAndLineOrderCountsWhateverTheOrderRead() {
    List<IndicatorRow> rows = new ArrayList<>(List.of(
        row("2025H1/b.csv", 9, "2025H1", "P", "100", "10"),
        row("2025H1/a.csv", 7, "2025H1", "P", "999", "10"), // earlier file: loses
        row("2025H2/a.csv", 3, "2025H2", "P", "100", "10"),
        row("2026H1/a.csv", 5, "2026H1", "P", "95", "10"),
        row("2026H1/a.csv", 4, "2026H1", "P", "1", "10"))); // earlier line: loses
    for (long seed = 0; seed < 8; seed++) {
      Collections.shuffle(rows, new Random(seed));
      ReductionSector s = fertilizer(rows);
      PanelEntity p = s.detail().panel().get(0);
      assertThat(p.baseline().consumption()).isEqualByComparingTo("200");
      assertThat(p.current().consumption()).isEqualByComparingTo("95");
      assertThat(s.sources()).extracting(Sources::text)
          .containsExactly("2025H1/b.csv:9", "2025H2/a.csv:3", "2026H1/a.csv:5");
      assertThat(p.baseline().sources()).extracting(Sources::text).containsExactly("2025H1/b.csv:9", "2025H2/a.csv:3");
    }
  }

  @Test
  void anEstablishmentSpelledTwoWaysIsOneUnderItsSmallestSpellingAmongTheRowsRead() {
    ReductionSector s = fertilizer(List.of(
        row("2024H2/a.csv", 2, "2024H2", "Aaa Phân bón", "1", "1"), // before B: not read, its spelling neither
        row("2025/a.csv", 2, "2025", "  Nhà máy Phân bón  ", "100", "10"),
        row("2025H2/a.csv", 3, "2025H2", "Nha may phan bon", "100", "10"), // a half beside the year: read for the name
        row("2026H1/a.csv", 2, "2026H1", "NHÀ MÁY PHÂN BÓN", "95", "10")));
    assertThat(s.detail().panel()).singleElement()
        .satisfies(p -> assertThat(p.entity()).isEqualTo("NHÀ MÁY PHÂN BÓN"));
    assertThat(s.detail().excluded()).isEmpty();
  }

  @Test
  void aRowAtAnEstablishmentsOwnLatestPeriodBeforeCIsNotRead() {
    // P = 2024H1: B = 2020, C = 2024H1; r's latest row is 2023H2, so it has no C and its spelling there is not read.
    ReductionSector s = ProgressEngine.compute(Fixtures.PLAN, data(List.of(), List.of(
        red("2020/a.csv", 2, "2020", "cement", "Q", "100", "10"),
        red("2020/a.csv", 3, "2020", "cement", "r", "100", "10"),
        red("2023H2/a.csv", 3, "2023H2", "cement", "R", "95", "10"),
        red("2024H1/a.csv", 2, "2024H1", "cement", "Q", "95", "10"),
        red("2024H1/a.csv", 4, "2024H1", "cement", "0 new", "5", "0"))), p("2024H1"))
        .indicator("consumption-reduction").map(ip -> Fixtures.sector(ip, "cement")).orElseThrow();
    assertThat(s.detail().panel()).extracting(PanelEntity::entity).containsExactly("Q");
    assertThat(s.detail().excluded()).extracting(Exclusion::entity, Exclusion::reason, Exclusion::shareBasis)
        .containsExactly(tuple("0 new", ExclusionReason.NO_BASELINE, "current"),
            tuple("r", ExclusionReason.NO_CURRENT, "baseline"));
    assertThat(s.detail().excluded().get(1).sources()).extracting(Sources::text).containsExactly("2020/a.csv:3");
  }

  @Test
  void namesWhoseHashesCollideStayTwoEstablishments() {
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    ReductionSector s = fertilizer(List.of(
        row("2025/a.csv", 2, "2025", "aa", "100", "10"),
        row("2025/a.csv", 3, "2025", "bb", "300", "10"),
        row("2026H1/a.csv", 2, "2026H1", "Aa", "90", "10"),
        row("2026H1/a.csv", 3, "2026H1", "BB", "270", "10")));
    assertThat(s.detail().panel()).extracting(PanelEntity::entity).containsExactly("Aa", "BB");
    assertThat(s.figure().value()).isEqualByComparingTo("10");
  }

  @Test
  void restartForgetsEveryRow() {
    ProgressAccumulator acc = new ProgressAccumulator(Fixtures.PLAN, p("2026H1"));
    acc.indicator(row("2025/a.csv", 2, "2025", "P", "100", "10"));
    acc.indicator(row("2026H1/a.csv", 2, "2026H1", "P", "50", "10"));
    acc.restart();
    acc.indicator(row("2025/b.csv", 2, "2025", "Q", "100", "10"));
    acc.indicator(row("2026H1/b.csv", 2, "2026H1", "Q", "95", "10"));
    ReductionSector s = acc.finish(List.of("b.csv"), List.of(), 0).indicator("consumption-reduction")
        .map(ip -> Fixtures.sector(ip, "fertilizer")).orElseThrow();
    assertThat(s.detail().panel()).extracting(PanelEntity::entity).containsExactly("Q");
    assertThat(s.figure().value()).isEqualByComparingTo("5");
    assertThat(s.sources()).extracting(Sources::text).containsExactly("2025/b.csv:2", "2026H1/b.csv:2");
  }

  @Test
  void packedLocationsComeBackEqualAndSortByFileLineColumn() {
    LocationTable table = new LocationTable();
    List<Location> all = List.of(Location.at("b.csv", 1, 0), Location.at("a.csv", 10, 0), Location.at("a.csv", 2, 3),
        Location.at("a.csv", 2, 0), Location.cell("a.xlsx", 7, 2, "entity").inSheet("Chỉ số"), Location.at(null, 4, 0));
    long[] packed = all.stream().mapToLong(table::pack).toArray();
    for (int i = 0; i < all.size(); i++) {
      assertThat(table.unpack(packed[i])).isEqualTo(all.get(i));
    }
    long[] twice = new long[2 * packed.length];
    System.arraycopy(packed, 0, twice, 0, packed.length);
    System.arraycopy(packed, 0, twice, packed.length, packed.length);
    List<Location> sorted = new LocationList(table.sortedDistinct(twice, twice.length), table);
    assertThat(sorted).containsExactlyElementsOf(Sources.sorted(all.stream()));
  }

  @Test
  void mergedSourcesReadInAnyOrderAreTheSortedUnion() {
    LocationTable table = new LocationTable();
    long[] a = {table.pack(Location.at("a.csv", 2, 0)), table.pack(Location.at("b.csv", 5, 0))};
    long[] b = {table.pack(Location.at("a.csv", 1, 0)), table.pack(Location.at("a.csv", 2, 0)),
        table.pack(Location.at("c.csv", 1, 0))};
    List<Location> merged = LocationList.union(List.of(new LocationList(a, table), List.of(), new LocationList(b, table)));
    List<String> expected = List.of("a.csv:1", "a.csv:2", "b.csv:5", "c.csv:1");
    assertThat(merged).hasSize(4);
    assertThat(merged).extracting(Sources::text).containsExactlyElementsOf(expected);
    assertThat(List.of(merged.get(3), merged.get(0), merged.get(2), merged.get(1))).extracting(Sources::text)
        .containsExactly("c.csv:1", "a.csv:1", "b.csv:5", "a.csv:2");
    assertThat(merged.stream().map(Sources::text).toList()).isEqualTo(expected);
  }
  /**
   * The 2025 target's final verdict reads its rows of the report's period from the judged rows' latest
   * column: cement 5% by 2025, 4% lower at the end of 2025; of two rows of one period the later in file
   * order counts, and a whole year's row before its second half's.
   */
  @Test
  void aFinalVerdictReadsTheReportsPeriodAsItsOwnRowsWould() {
    List<IndicatorRow> missed = List.of(
        red("2020/a.csv", 2, "2020", "cement", "A", "100", "10"),
        red("2025H2/a.csv", 2, "2025H2", "cement", "A", "96", "10"));
    assertThat(achievedLate(missed, "2026H1", red("2026H1/a.csv", 2, "2026H1", "cement", "A", "97", "10"),
        red("2026H1/a.csv", 3, "2026H1", "cement", "A", "94", "10"))).isEqualTo(p("2026H1"));
    assertThat(achievedLate(missed, "2026H1", red("2026H1/a.csv", 2, "2026H1", "cement", "A", "94", "10"),
        red("2026H1/a.csv", 3, "2026H1", "cement", "A", "97", "10"))).isNull();
    assertThat(achievedLate(missed, "2026", red("2026H2/a.csv", 2, "2026H2", "cement", "A", "97", "10"),
        red("2026/a.csv", 2, "2026", "cement", "A", "94", "10"))).isEqualTo(p("2026"));
    assertThat(achievedLate(missed, "2026", red("2026/a.csv", 2, "2026", "cement", "A", "97", "10"),
        red("2026H2/a.csv", 2, "2026H2", "cement", "A", "94", "10"))).isNull();
    assertThat(achievedLate(missed, "2026H2", red("2026H1/a.csv", 2, "2026H1", "cement", "A", "97", "10"),
        red("2026H2/a.csv", 2, "2026H2", "cement", "A", "94", "10"))).isEqualTo(p("2026H2"));
  }

  /** A correction of the report's period's row reaches the final verdict too: the newer figure counts. */
  @Test
  void aCorrectedRowOfTheReportsPeriodCountsInTheFinalVerdict() {
    assertThat(achievedLateAfterCorrection("94", "97")).isNull();
    assertThat(achievedLateAfterCorrection("97", "94")).isEqualTo(p("2026H1"));
  }

  /**
   * The 2025 target's final verdict reads its row at the end of 2025 from the judged rows' 2025 columns
   * (their baseline year): the later of two rows in file order, a whole year's before its second half's,
   * a correction's newer row, a row of 2025 after one of 2024.
   */
  @Test
  void aFinalVerdictReadsItsYearEndRowFromTheJudgedRowsBaseline() {
    IndicatorRow base = red("2020/a.csv", 2, "2020", "cement", "A", "100", "10");
    IndicatorRow next = red("2026H1/a.csv", 2, "2026H1", "cement", "A", "99", "10");
    assertThat(verdict2025(base, red("2025H2/a.csv", 2, "2025H2", "cement", "A", "97", "10"),
        red("2025H2/a.csv", 3, "2025H2", "cement", "A", "94", "10"), next)).isEqualTo(Verdict.ACHIEVED);
    assertThat(verdict2025(base, red("2025H2/a.csv", 2, "2025H2", "cement", "A", "94", "10"),
        red("2025H2/a.csv", 3, "2025H2", "cement", "A", "97", "10"), next)).isEqualTo(Verdict.NOT_ACHIEVED);
    assertThat(verdict2025(base, red("2025/a.csv", 2, "2025", "cement", "A", "94", "10"),
        red("2025H2/a.csv", 2, "2025H2", "cement", "A", "97", "10"), next)).isEqualTo(Verdict.ACHIEVED);
    assertThat(verdict2025(base, red("2024H2/a.csv", 2, "2024H2", "cement", "A", "97", "10"),
        red("2025H1/a.csv", 2, "2025H1", "cement", "A", "94", "10"), next)).isEqualTo(Verdict.ACHIEVED);
    assertThat(verdict2025(base, red("2024H2/a.csv", 2, "2024H2", "cement", "A", "94", "10"),
        red("2025H1/a.csv", 2, "2025H1", "cement", "A", "97", "10"), next)).isEqualTo(Verdict.NOT_ACHIEVED);
    assertThat(yearEndAfterCorrection("97", "94")).isEqualTo(Verdict.ACHIEVED);
    assertThat(yearEndAfterCorrection("94", "97")).isEqualTo(Verdict.NOT_ACHIEVED);
  }

  private static Verdict verdict2025(IndicatorRow... rows) {
    return cement2025(ProgressEngine.compute(Fixtures.PLAN, data(List.of(), List.of(rows)), p("2026H1")));
  }

  private static Verdict yearEndAfterCorrection(String olderConsumption, String newerConsumption) {
    ProgressAccumulator acc = new ProgressAccumulator(Fixtures.PLAN, p("2026H1"));
    acc.indicator(red("2020/a.csv", 2, "2020", "cement", "A", "100", "10"));
    IndicatorRow older = red("2025H2/a.csv", 2, "2025H2", "cement", "A", olderConsumption, "10");
    IndicatorRow newer = red("2025H2/a-sua.csv", 2, "2025H2", "cement", "A", newerConsumption, "10");
    correct(acc, older, newer);
    acc.indicator(red("2026H1/a.csv", 2, "2026H1", "cement", "A", "99", "10"));
    return cement2025(acc.finish(List.of("2020/a.csv", "2025H2/a.csv", "2025H2/a-sua.csv", "2026H1/a.csv"), List.of(), 0));
  }

  /** {@code older} handed over, then {@code newer} from a correction file in its place. */
  private static void correct(ProgressAccumulator acc, IndicatorRow older, IndicatorRow newer) {
    acc.indicator(older);
    acc.correction(new Correction(older.period(), older.entity(), Correction.Reason.CORRECTION_FILE,
        new Correction.Side(older.at(), null, null, null), new Correction.Side(newer.at(), null, null, null)));
    acc.indicator(newer);
  }

  private static Verdict cement2025(ProgressReport report) {
    OtherPhaseVerdict v = report.indicator("consumption-reduction").orElseThrow().otherPhaseVerdict();
    return v.sectors().stream().filter(s -> s.sector().equals("cement")).findFirst().orElseThrow()
        .figure().assessment().status();
  }

  private static Period achievedLateAfterCorrection(String olderConsumption, String newerConsumption) {
    ProgressAccumulator acc = new ProgressAccumulator(Fixtures.PLAN, p("2026H1"));
    acc.indicator(red("2020/a.csv", 2, "2020", "cement", "A", "100", "10"));
    acc.indicator(red("2025H1/a.csv", 2, "2025H1", "cement", "A", "96", "10"));
    acc.indicator(red("2025H2/a.csv", 2, "2025H2", "cement", "A", "96", "10"));
    IndicatorRow older = red("2026H1/a.csv", 2, "2026H1", "cement", "A", olderConsumption, "10");
    IndicatorRow newer = red("2026H1/a-sua.csv", 2, "2026H1", "cement", "A", newerConsumption, "10");
    correct(acc, older, newer);
    ProgressReport report = acc.finish(List.of("2020/a.csv", "2025H1/a.csv", "2025H2/a.csv", "2026H1/a.csv",
        "2026H1/a-sua.csv"),
        List.of(), 0);
    ReductionSector judged = Fixtures.sector(report.indicator("consumption-reduction").orElseThrow(), "cement");
    assertThat(judged.detail().panel()).singleElement()
        .satisfies(e -> assertThat(e.current().consumption()).isEqualByComparingTo(newerConsumption));
    return cementLate(report);
  }

  private static Period achievedLate(List<IndicatorRow> before, String period, IndicatorRow... after) {
    List<IndicatorRow> rows = new ArrayList<>(before);
    rows.addAll(List.of(after));
    return cementLate(ProgressEngine.compute(Fixtures.PLAN, data(List.of(), rows), p(period)));
  }

  private static Period cementLate(ProgressReport report) {
    OtherPhaseVerdict v = report.indicator("consumption-reduction").orElseThrow().otherPhaseVerdict();
    ReductionSector cement = v.sectors().stream().filter(s -> s.sector().equals("cement")).findFirst().orElseThrow();
    assertThat(cement.figure().assessment().status()).isEqualTo(Verdict.NOT_ACHIEVED);
    return cement.figure().assessment().achievedLate();
  }
}
