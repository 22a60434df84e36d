package sctb.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static sctb.core.progress.Fixtures.data;
import static sctb.core.progress.Fixtures.entry;
import static sctb.core.progress.Fixtures.ind;
import static sctb.core.progress.Fixtures.matched;
import static sctb.core.progress.Fixtures.p;
import static sctb.core.progress.Fixtures.red;

import java.util.List;
import org.junit.jupiter.api.Test;
import sctb.core.diag.Diagnostic;
import sctb.core.register.EntityKind;
import sctb.core.register.Register;
import sctb.core.submission.IndicatorRow;

/**
 * Who is counted (docs/methodology.md §2.1, §2.2): an entity once whichever agency reported it,
 * entities closed or not reported within the data age left out of a share (and said so), counts of
 * distinct entities, a share's population against the register, a renamed or closed establishment.
 */
class CountingRulesTest {
  static final Register REGISTER = new Register("registers/co-so.csv", List.of(
      entry("LN-01", EntityKind.ZONE, "", "Làng nghề gốm Đông Phú", null, null, "LN gốm Đông Phú"),
      entry("LN-02", EntityKind.ZONE, "", "Làng nghề mộc Thọ Hải", null, null),
      entry("LN-03", EntityKind.ZONE, "", "Làng nghề rèn Nga An", null, null),
      entry("ST-01", EntityKind.OUTLET, "", "Siêu thị Nam Thành", null, "2022-02-28"),
      entry("ST-02", EntityKind.OUTLET, "", "Siêu thị Hạc Thành", null, null),
      entry("ST-03", EntityKind.OUTLET, "", "Siêu thị Bỉm Sơn", null, null),
      entry("MH-01", EntityKind.MODEL, "", "Mô hình tái chế phụ phẩm thủy sản", null, null, "MH tái chế phụ phẩm thủy sản"),
      entry("MH-02", EntityKind.MODEL, "", "Mô hình chuỗi nông sản sạch", null, null),
      entry("2800000001", EntityKind.ESTABLISHMENT, "paper", "Công ty TNHH Giấy Lam Kinh Xanh", null, null,
          "Công ty CP Giấy Lam Kinh Mới"),
      entry("2800000002", EntityKind.ESTABLISHMENT, "paper", "Công ty CP Giấy Vĩnh Hòa", null, null),
      entry("2800000003", EntityKind.ESTABLISHMENT, "paper", "Công ty CP Giấy Thọ An", null, "2024-01-01")), List.of());

  static IndicatorRow zone(String file, String period, String agency, String entity, String id, String num) {
    return matched(ind(file, 2, period, agency, "zones-awareness", "", entity, num, "1"), id, REGISTER);
  }

  static ProgressReport report(List<IndicatorRow> rows, String period, Register register) {
    return ProgressEngine.compute(Fixtures.PLAN, register, data(List.of(), rows), p(period));
  }

  static TallyOutcome tally(ProgressReport r, String indicator) {
    return (TallyOutcome) r.indicator(indicator).orElseThrow().outcome();
  }

  @Test
  void anEntityCountsOnceWhicheverAgencyReportedIt() {
    // SNNPTNT saw the pottery village reached in 2023H2; SCT reports it (by another spelling) not reached in 2024H1
    List<IndicatorRow> rows = List.of(
        zone("2023H2/SNNPTNT-chi-so.csv", "2023H2", "SNNPTNT", "LN gốm Đông Phú", "", "1"),
        zone("2024H1/SCT-chi-so.csv", "2024H1", "SCT", "Làng nghề gốm Đông Phú", "LN-01", "0"),
        zone("2024H1/SCT-chi-so.csv", "2024H1", "SCT", "Làng nghề mộc Thọ Hải", "LN-02", "1"));
    TallyOutcome t = tally(report(rows, "2024H1", REGISTER), "zones-awareness");
    // the latest row of each village: 0/1 and 1/1 → 1/2 (counting the village twice would give 2/3)
    assertThat(t.numerator()).isEqualByComparingTo("1");
    assertThat(t.denominator()).isEqualByComparingTo("2");
    assertThat(t.rows()).extracting(IndicatorRow::entityKey).containsExactly("#LN-01", "#LN-02");
  }

  @Test
  void aClosedEntityAndOneNotReportedWithinTheDataAgeAreLeftOutOfAShareAndSaidSo() {
    List<IndicatorRow> rows = List.of(
        matched(ind("2021H2/SCT.csv", 2, "2021H2", "SCT", "eco-packaging", "", "Siêu thị Nam Thành", "0", "1"), "", REGISTER),
        matched(ind("2023H2/SCT.csv", 2, "2023H2", "SCT", "eco-packaging", "", "Siêu thị Bỉm Sơn", "1", "1"), "", REGISTER),
        matched(ind("2024H1/SCT.csv", 2, "2024H1", "SCT", "eco-packaging", "", "Siêu thị Hạc Thành", "1", "1"), "", REGISTER));
    TallyOutcome with = tally(report(rows, "2024H1", REGISTER), "eco-packaging");
    // Nam Thành closed on 28/02/2022; Bỉm Sơn's 2023H2 row is one half-year old: carried → 2/2
    assertThat(with.figure().value()).isEqualByComparingTo("100");
    assertThat(with.leftOut()).extracting(o -> o.row().entity(), Omission::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Siêu thị Nam Thành", OmissionReason.CLOSED));
    // without a register the same row is left out for its age (2021H2 is five half-years before 2024H1)
    List<IndicatorRow> unmatched = rows.stream().map(r -> matched(r, "", Register.NONE)).toList();
    TallyOutcome without = tally(report(unmatched, "2024H1", Register.NONE), "eco-packaging");
    assertThat(without.figure().value()).isEqualByComparingTo("100");
    assertThat(without.leftOut()).extracting(Omission::reason).containsExactly(OmissionReason.STALE);
    // by 2025H1 Bỉm Sơn's 2023H2 row is three half-years old: 1/1, and the coverage says 1 of 2 is current
    TallyOutcome later = tally(report(rows, "2025H1", REGISTER), "eco-packaging");
    // listed by name in Vietnamese order, whatever the reason
    assertThat(later.leftOut()).extracting(Omission::entity, Omission::reason).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Siêu thị Bỉm Sơn", OmissionReason.STALE),
        org.assertj.core.groups.Tuple.tuple("Siêu thị Nam Thành", OmissionReason.CLOSED));
    CoverageFact population = later.figure().assessment().coverage().fact(CoverageKind.POPULATION_CURRENT).orElseThrow();
    assertThat(population.part()).isEqualByComparingTo("1");
    assertThat(population.whole()).isEqualByComparingTo("2");
  }

  @Test
  void aCountCountsDistinctEntitiesAndKeepsThemOnceCounted() {
    List<IndicatorRow> rows = List.of(
        matched(ind("2022H2/SCT.csv", 2, "2022H2", "SCT", "spc-models", "", "Mô hình chuỗi nông sản sạch", "1", null), "", REGISTER),
        matched(ind("2023H2/BQLKKT.csv", 2, "2023H2", "BQLKKT", "spc-models", "", "MH tái chế phụ phẩm thủy sản", "1", null), "",
            REGISTER),
        matched(ind("2024H1/SCT.csv", 3, "2024H1", "SCT", "spc-models", "", "Mô hình tái chế phụ phẩm thủy sản", "1", null),
            "MH-01", REGISTER));
    // the recycling model, reported by two agencies under two spellings, counts once; a count is cumulative, so the
    // 2022H2 model still counts in 2025H1, five half-years later
    assertThat(tally(report(rows, "2024H1", REGISTER), "spc-models").figure().value()).isEqualByComparingTo("2");
    assertThat(tally(report(rows, "2025H1", REGISTER), "spc-models").figure().value()).isEqualByComparingTo("2");
    assertThat(tally(report(rows, "2025H1", REGISTER), "spc-models").leftOut()).isEmpty();
  }

  @Test
  void aSharesPopulationIsCheckedAgainstTheRegister() {
    List<IndicatorRow> named = List.of(
        zone("2024H1/SCT-chi-so.csv", "2024H1", "SCT", "Làng nghề gốm Đông Phú", "LN-01", "1"),
        zone("2024H1/SCT-chi-so.csv", "2024H1", "SCT", "Làng nghề mộc Thọ Hải", "LN-02", "0"));
    ProgressReport r = report(named, "2024H1", REGISTER);
    PopulationCheck check = tally(r, "zones-awareness").population();
    assertThat(check.registered()).isEqualTo(3);
    assertThat(check.reported()).isEqualByComparingTo("2");
    Diagnostic d = r.dataQuality().diagnostics().stream().filter(x -> x.code().id().equals("register-denominator"))
        .findFirst().orElseThrow();
    assertThat(d.location().file()).isEqualTo("registers/co-so.csv");
    assertThat(d.args()).containsExactly("indicator:zones-awareness", "3", "2", "2024H1");
    // an aggregate row for the third village makes the population whole
    List<IndicatorRow> whole = new java.util.ArrayList<>(named);
    whole.add(ind("2024H1/SCT-chi-so.csv", 5, "2024H1", "SCT", "zones-awareness", "", "", "0", "1"));
    ProgressReport complete = report(whole, "2024H1", REGISTER);
    assertThat(tally(complete, "zones-awareness").population().matches()).isTrue();
    assertThat(complete.dataQuality().diagnostics()).noneMatch(x -> x.code().id().equals("register-denominator"));
    // and one more makes it too large: the aggregate row's denominator is where to look
    whole.add(ind("2024H1/BQLKKT-chi-so.csv", 2, "2024H1", "BQLKKT", "zones-awareness", "", "", "0", "2"));
    Diagnostic over = report(whole, "2024H1", REGISTER).dataQuality().diagnostics().stream()
        .filter(x -> x.code().id().equals("register-denominator")).findFirst().orElseThrow();
    assertThat(over.location().file()).isEqualTo("2024H1/BQLKKT-chi-so.csv");
    assertThat(over.location().columnName()).isEqualTo("denominator");
    assertThat(report(named, "2024H1", Register.NONE).dataQuality().diagnostics()).isEmpty();
  }

  @Test
  void aRenamedEstablishmentStaysInThePanelAndAClosedOneIsLeftOutAsClosed() {
    List<IndicatorRow> rows = List.of(
        red("2020/SCT.csv", 2, "2020", "paper", "Công ty CP Giấy Lam Kinh Mới", "1000", "100"),
        red("2020/SCT.csv", 3, "2020", "paper", "Công ty CP Giấy Vĩnh Hòa", "2000", "100"),
        red("2020/SCT.csv", 4, "2020", "paper", "Công ty CP Giấy Thọ An", "500", "50"),
        red("2024H1/SCT.csv", 2, "2024H1", "paper", "Công ty TNHH Giấy Lam Kinh Xanh", "450", "50"),
        red("2024H1/SCT.csv", 3, "2024H1", "paper", "Cty CP Giấy Vĩnh Hòa", "950", "50"));
    List<IndicatorRow> inRegister = rows.stream().map(r -> matched(r, "", REGISTER)).toList();
    ReductionSector paper = Fixtures.sector(report(inRegister, "2024H1", REGISTER).indicator("consumption-reduction")
        .orElseThrow(), "paper");
    // panel {Lam Kinh, Vĩnh Hòa}: I_B = 3000/200 = 15, I_C = 1400/100 = 14 → 100 × (1 − 14/15) = 6.667%
    assertThat(paper.figure().value().doubleValue()).isCloseTo(100.0 / 15, org.assertj.core.data.Offset.offset(1e-9));
    // shown by their official names, in the order of those names
    assertThat(paper.detail().panel()).extracting(PanelEntity::entity)
        .containsExactly("Công ty CP Giấy Vĩnh Hòa", "Công ty TNHH Giấy Lam Kinh Xanh");
    assertThat(paper.detail().excluded()).extracting(Exclusion::entity, Exclusion::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Công ty CP Giấy Thọ An", ExclusionReason.CLOSED));
    // without the register the new name is a new plant and the old one a plant gone: the panel is Vĩnh Hòa alone
    // (its two spellings are one plant by their legal forms; shown by the smaller spelling)
    ReductionSector byName = Fixtures.sector(report(rows, "2024H1", Register.NONE).indicator("consumption-reduction")
        .orElseThrow(), "paper");
    assertThat(byName.detail().panel()).extracting(PanelEntity::entity).containsExactly("Cty CP Giấy Vĩnh Hòa");
    assertThat(byName.detail().excluded()).extracting(Exclusion::reason)
        .containsExactlyInAnyOrder(ExclusionReason.NO_CURRENT, ExclusionReason.NO_CURRENT, ExclusionReason.NO_BASELINE);
  }
}
