package sctb.core.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The bare name made in one pass is the canonical name's words without the legal forms, whatever the text; its hash made without it is its hash. */
class EntityNamesTest {
  private static final Set<String> FORMS = Set.of("tct", "cty", "cp", "tnhh", "mtv", "dntn", "htx", "cn");

  @Test
  void legalFormsAreLeftOut() {
    assertThat(EntityNames.bare("Công ty CP Giấy Lam Sơn")).isEqualTo("giay_lam_son");
    assertThat(EntityNames.bare("Cty TNHH MTV Nhà máy X")).isEqualTo("nha_may_x");
    assertThat(EntityNames.bare("Giấy Lam Sơn")).isEqualTo("giay_lam_son");
    assertThat(EntityNames.bare("Công ty")).isEmpty();
  }

  @Property(tries = 3000)
  void onePassIsSplitAndJoin(@ForAll("canonicalTexts") String canonical) {
    assertThat(EntityNames.bareOfCanonical(canonical)).isEqualTo(splitAndJoin(canonical));
  }

  @Property(tries = 3000)
  void bareHashIsTheBareNamesHash(@ForAll("canonicalTexts") String canonical) {
    assertThat(EntityNames.bareHashOfCanonical(canonical)).isEqualTo(EntityNames.bareOfCanonical(canonical).hashCode());
  }

  @Test
  void bareHashOfVietnameseAndLongNames() {
    for (String name : new String[] {"Công ty CP Phân bón Nga Sơn 000003", "Cty TNHH MTV Nhà máy X", "Công ty", "",
        "Hợp tác xã Dịch vụ Nông nghiệp Xuân Lập và các đơn vị trực thuộc số 12345678901234567890"}) {
      String canonical = EntityNames.canonical(name);
      assertThat(EntityNames.bareHashOfCanonical(canonical)).as(name).isEqualTo(EntityNames.bare(name).hashCode());
    }
  }

  /** The rule written plainly: split at "_", leave out empty words and legal forms, join with "_". */
  private static String splitAndJoin(String canonical) {
    return Stream.of(canonical.split("_")).filter(w -> !w.isEmpty() && !FORMS.contains(w)).collect(Collectors.joining("_"));
  }

  @Provide
  Arbitrary<String> canonicalTexts() {
    Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of("tct", "cty", "cp", "tnhh", "mtv", "dntn", "htx", "cn", "c",
        "cpx", "tn", "giay", "x", "", "ctyy", "dn", "h"), Arbitraries.strings().withChars("cdhmtpnxy0").ofMaxLength(5));
    return word.list().ofMaxSize(8).map(ws -> String.join("_", ws));
  }
}
