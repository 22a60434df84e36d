package sctb.core.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import sctb.core.diag.Location;

/** Which entity a row is about (docs/methodology.md §2.5): id first, then names, legal forms written one way, then without them. */
class EntityMatcherTest {
  static RegisterEntry entry(String id, EntityKind kind, String name, String... others) {
    return new RegisterEntry(id, kind, "", name, List.of(others), "", "", null, null, Location.at("co-so.csv", 2, 0));
  }

  static final Register REGISTER = new Register("co-so.csv", List.of(
      entry("2800000001", EntityKind.ESTABLISHMENT, "Công ty Cổ phần Giấy Lam Kinh", "Giấy Lam Kinh Cũ"),
      entry("2800000002", EntityKind.ESTABLISHMENT, "Công ty TNHH Một thành viên Thép Đông Á"),
      entry("2800000003", EntityKind.ESTABLISHMENT, "Công ty CP Bia Hà Thanh"),
      entry("2800000004", EntityKind.ESTABLISHMENT, "Công ty TNHH Bia Hà Thanh"),
      entry("2800000005-001", EntityKind.OUTLET, "Siêu thị Sao Việt"),
      entry("CCN-01", EntityKind.ZONE, "Cụm công nghiệp Hà Phong")), List.of());

  static EntityMatcher.Match match(String id, String name, EntityKind kind) {
    return REGISTER.matcher().match(id, name, kind);
  }

  @Test
  void legalFormsAreWrittenOneWay() {
    assertThat(EntityNames.canonical("Cty CP Giấy X")).isEqualTo("cty_cp_giay_x");
    assertThat(EntityNames.canonical("Công ty Cổ phần Giấy X")).isEqualTo("cty_cp_giay_x");
    assertThat(EntityNames.canonical("C.ty CP Giấy X")).isEqualTo("cty_cp_giay_x");
    assertThat(EntityNames.canonical("CTy  cổ  phần giấy X")).isEqualTo("cty_cp_giay_x");
    assertThat(EntityNames.canonical("Công ty Trách nhiệm hữu hạn Một thành viên Y")).isEqualTo("cty_tnhh_mtv_y");
    assertThat(EntityNames.canonical("Tổng công ty Z")).isEqualTo("tct_z");
    assertThat(EntityNames.canonical("Doanh nghiệp tư nhân Hòa Bình")).isEqualTo("dntn_hoa_binh");
    assertThat(EntityNames.canonical("Hợp tác xã Nông nghiệp Xuân Lập")).isEqualTo("htx_nong_nghiep_xuan_lap");
    assertThat(EntityNames.canonical("Chi nhánh Công ty A")).isEqualTo("cn_cty_a");
    assertThat(EntityNames.canonical("Cụm công nghiệp Hà Phong")).isEqualTo("ccn_ha_phong");
    // words that only look like a legal form stay: "Cơ khí" is not "Cổ phần"
    assertThat(EntityNames.canonical("Công ty Cơ khí Nam")).isEqualTo("cty_co_khi_nam");
    assertThat(EntityNames.bare("Cty CP Giấy X")).isEqualTo("giay_x");
    assertThat(EntityNames.bare("Công ty TNHH MTV Giấy X")).isEqualTo("giay_x");
  }

  @Test
  void theIdComesFirst() {
    EntityMatcher.Match m = match(" 2800000003 ", "Công ty TNHH Bia Hà Thanh", EntityKind.ESTABLISHMENT);
    assertThat(m.how()).isEqualTo(EntityMatcher.Method.ID);
    assertThat(m.key()).isEqualTo("#2800000003");
    assertThat(match("2800000005-001", "", EntityKind.OUTLET).key()).isEqualTo("#2800000005-001");
  }

  @Test
  void thenTheNameOrAnotherSpellingThenLegalFormsThenWithoutThem() {
    assertThat(match("", "công ty cổ phần giấy lam kinh", EntityKind.ESTABLISHMENT).how()).isEqualTo(EntityMatcher.Method.NAME);
    assertThat(match("", "Giấy Lam Kinh cũ", EntityKind.ESTABLISHMENT).key()).isEqualTo("#2800000001");
    EntityMatcher.Match abbreviated = match("", "Cty CP Giấy Lam Kinh", EntityKind.ESTABLISHMENT);
    assertThat(abbreviated.how()).isEqualTo(EntityMatcher.Method.CANONICAL);
    assertThat(abbreviated.key()).isEqualTo("#2800000001");
    EntityMatcher.Match bare = match("", "Thép Đông Á", EntityKind.ESTABLISHMENT);
    assertThat(bare.how()).isEqualTo(EntityMatcher.Method.BARE);
    assertThat(bare.key()).isEqualTo("#2800000002");
    assertThat(match("", "Cụm CN Hà Phong", EntityKind.ZONE).how()).isEqualTo(EntityMatcher.Method.UNMATCHED);
    assertThat(match("", "CCN Hà Phong", EntityKind.ZONE).key()).isEqualTo("#CCN-01");
  }

  @Test
  void twoEntriesBehindOneNameMatchNeither() {
    // the full names tell the two breweries apart; without the legal form they are the same
    assertThat(match("", "Công ty CP Bia Hà Thanh", EntityKind.ESTABLISHMENT).key()).isEqualTo("#2800000003");
    EntityMatcher.Match m = match("", "Bia Hà Thanh", EntityKind.ESTABLISHMENT);
    assertThat(m.how()).isEqualTo(EntityMatcher.Method.AMBIGUOUS);
    assertThat(m.entry()).isNull();
    assertThat(m.key()).isEqualTo("bia_ha_thanh");
    assertThat(REGISTER.matcher().candidates("Bia Hà Thanh", EntityKind.ESTABLISHMENT)).extracting(RegisterEntry::id)
        .containsExactly("2800000003", "2800000004");
  }

  @Test
  void onlyEntriesOfTheKindTheIndicatorCounts() {
    assertThat(match("", "Siêu thị Sao Việt", EntityKind.ZONE).how()).isEqualTo(EntityMatcher.Method.UNMATCHED);
    EntityMatcher.Match otherKind = match("2800000005-001", "Cụm công nghiệp Hà Phong", EntityKind.ZONE);
    assertThat(otherKind.unknownId()).isEqualTo("2800000005-001");
    assertThat(otherKind.key()).isEqualTo("#CCN-01");
    assertThat(match("", "Siêu thị Sao Việt", null).key()).isEqualTo("#2800000005-001");
  }

  @Test
  void anUnknownNameIsCountedByItsCanonicalNameAndTheClosestEntryIsNamed() {
    EntityMatcher.Match m = match("", "Cty CP Giấy Lam Kinhh", EntityKind.ESTABLISHMENT);
    assertThat(m.how()).isEqualTo(EntityMatcher.Method.UNMATCHED);
    assertThat(m.key()).isEqualTo("cty_cp_giay_lam_kinhh");
    assertThat(REGISTER.matcher().closest("Cty CP Giấy Lam Kinhh", EntityKind.ESTABLISHMENT).id()).isEqualTo("2800000001");
    assertThat(REGISTER.matcher().closest("Xưởng mới", EntityKind.MODEL)).isNull();
  }

  @Test
  void withoutARegisterNamesAreMatchedByTheirCanonicalForm() {
    EntityMatcher none = Register.NONE.matcher();
    assertThat(none.match("", "Cty CP Giấy X", null).key()).isEqualTo(none.match("", "Công ty Cổ phần Giấy X", null).key());
    assertThat(none.match("", "Công ty CP Giấy X", null).key()).isNotEqualTo(none.match("", "Công ty TNHH Giấy X", null).key());
    assertThat(none.match("2800000001", "Công ty CP Giấy X", null).key()).isEqualTo("cty_cp_giay_x");
    assertThat(none.match("2800000001", "", null).key()).isEqualTo("#2800000001");
    assertThat(none.match("", "", null).how()).isEqualTo(EntityMatcher.Method.AGGREGATE);
  }

  @Test
  void aClosedEntryIsOutOfThePeriodsThatBeginOnOrAfterItsClosingDay() {
    RegisterEntry closed = new RegisterEntry("X", EntityKind.OUTLET, "", "Siêu thị X", List.of(), "", "",
        LocalDate.of(2021, 3, 1), LocalDate.of(2024, 1, 1), Location.at("co-so.csv", 9, 0));
    assertThat(closed.closedBefore(sctb.core.period.Period.half(2023, 2))).isFalse();
    assertThat(closed.closedBefore(sctb.core.period.Period.half(2024, 1))).isTrue();
    assertThat(closed.openIn(sctb.core.period.Period.half(2021, 1))).isTrue();
    assertThat(closed.openIn(sctb.core.period.Period.half(2020, 2))).isFalse();
  }
}
