package sctb.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static sctb.core.progress.Fixtures.data;
import static sctb.core.progress.Fixtures.ind;
import static sctb.core.progress.Fixtures.p;

import java.util.List;
import org.junit.jupiter.api.Test;
import sctb.core.submission.IndicatorRow;

/** Shares and counts: latest row per key, aggregate rows with a blank entity (docs/methodology.md §2.2). */
class ShareCountTest {
  static final List<IndicatorRow> ROWS = List.of(
      ind("2020/SCT-chi-so.csv", 2, "2020", "SCT", "zones-awareness", "", "CCN A", "0", "1"),
      ind("2020/SCT-chi-so.csv", 3, "2020", "SCT", "zones-awareness", "", "", "8", "45"),
      ind("2020/BQLKKT-chi-so.csv", 2, "2020", "BQLKKT", "zones-awareness", "", "KKT", "1", "1"),
      ind("2023H2/BQLKKT-chi-so.csv", 2, "2023H2", "BQLKKT", "zones-awareness", "", "KKT", "1", "1"),
      ind("2024H1/SCT-chi-so.csv", 2, "2024H1", "SCT", "zones-awareness", "", "CCN A", "1", "1"),
      ind("2024H1/SCT-chi-so.csv", 3, "2024H1", "SCT", "zones-awareness", "", "", "24", "45"),
      ind("2022H2/SCT-chi-so.csv", 4, "2022H2", "SCT", "spc-models", "", "M1", "1", null),
      ind("2024H1/SCT-chi-so.csv", 4, "2024H1", "SCT", "spc-models", "", "M1", "1", null),
      ind("2024H1/SCT-chi-so.csv", 5, "2024H1", "SCT", "spc-models", "", "M2", "1", null));

  static ProgressReport compute(String period) {
    return ProgressEngine.compute(Fixtures.PLAN, data(List.of(), ROWS), p(period));
  }

  @Test
  void shareAddsAggregateAndEntityRowsTakingTheLatestPerKey() {
    IndicatorProgress zones = compute("2024H1").indicator("zones-awareness").orElseThrow();
    TallyOutcome tally = (TallyOutcome) zones.outcome();
    // CCN A 1/1 (2024H1), aggregate 24/45 (2024H1), KKT 1/1 (2023H2) → 26/47
    assertThat(tally.numerator()).isEqualByComparingTo("26");
    assertThat(tally.denominator()).isEqualByComparingTo("47");
    assertThat(zones.figure().value().doubleValue()).isCloseTo(100.0 * 26 / 47, offset(1e-9));
    assertThat(zones.figure().asOf()).isEqualTo(p("2024H1"));
    assertThat(tally.rows()).hasSize(3);
    // baseline observed with 2020's rows: 9/47
    assertThat(zones.figure().assessment().baseline().source()).isEqualTo(BaselineSource.OBSERVED);
    assertThat(zones.figure().assessment().baseline().value().doubleValue()).isCloseTo(100.0 * 9 / 47, offset(1e-9));
    double b = 100.0 * 9 / 47;
    assertThat(zones.figure().assessment().pace().expected().doubleValue()).isCloseTo(b + (70 - b) * 42 / 60, offset(1e-9));
    assertThat(zones.sectors()).isEmpty();
  }

  @Test
  void earlierPeriodsSeeOnlyTheirRows() {
    IndicatorProgress zones = compute("2023H2").indicator("zones-awareness").orElseThrow();
    TallyOutcome tally = (TallyOutcome) zones.outcome();
    // CCN A 0/1 and the aggregate 8/45 are of 2020, seven half-years before 2023H2: not carried forward; KKT 1/1
    assertThat(tally.numerator()).isEqualByComparingTo("1");
    assertThat(tally.denominator()).isEqualByComparingTo("1");
    assertThat(tally.leftOut()).extracting(o -> o.row().entity(), Omission::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("", OmissionReason.STALE),
            org.assertj.core.groups.Tuple.tuple("CCN A", OmissionReason.STALE));
    assertThat(zones.figure().asOf()).isEqualTo(p("2023H2"));
  }

  @Test
  void countSumsTheLatestRowPerEntity() {
    IndicatorProgress spc = compute("2024H1").indicator("spc-models").orElseThrow();
    assertThat(spc.figure().value()).isEqualByComparingTo("2");
    assertThat(spc.figure().assessment().baseline().source()).isEqualTo(BaselineSource.ZERO);
    assertThat(spc.figure().assessment().status()).isEqualTo(Verdict.ACHIEVED);
    assertThat(compute("2023H1").indicator("spc-models").orElseThrow().figure().value()).isEqualByComparingTo("1");
  }

  @Test
  void noRowsIsNoData() {
    IndicatorProgress eco = compute("2024H1").indicator("eco-packaging").orElseThrow();
    assertThat(eco.figure().value()).isNull();
    assertThat(eco.figure().assessment().status()).isEqualTo(Verdict.NO_DATA);
  }

  /** spc-models has no number for 2030: with rows its value is shown and not judged; without any, it is no data. */
  @Test
  void aQualitativeTargetWithoutRowsIsNoData() {
    IndicatorProgress none = ProgressEngine.compute(Fixtures.PLAN, data(List.of(), List.of()), p("2026H1"))
        .indicator("spc-models").orElseThrow();
    assertThat(none.target().isQualitative()).isTrue();
    assertThat(none.figure().value()).isNull();
    assertThat(none.figure().assessment().status()).isEqualTo(Verdict.NO_DATA);
    IndicatorProgress some = compute("2026H1").indicator("spc-models").orElseThrow();
    assertThat(some.figure().value()).isEqualByComparingTo("2");
    assertThat(some.figure().assessment().status()).isEqualTo(Verdict.QUALITATIVE);
  }
}
