package sctb.core.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import sctb.core.text.Fold;

/**
 * The canonical name made in one pass over the folded chars is the rewrite written plainly, and the bare name
 * made in one pass is the canonical name's words without the legal forms, whatever the text; its hash made
 * without it is its hash.
 */
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

  @Test
  void bareHashOfVietnameseAndLongNames() {
    for (String name : new String[] {"Công ty CP Phân bón Nga Sơn 000003", "Cty TNHH MTV Nhà máy X", "Công ty", "", "ß Công ty",
        "Hợp tác xã Dịch vụ Nông nghiệp Xuân Lập và các đơn vị trực thuộc số 12345678901234567890"}) {
      assertThat(EntityNames.canonicalWithBareHash(name).bareHash()).as(name).isEqualTo(EntityNames.bare(name).hashCode());
    }
  }

  @Property(tries = 3000)
  void canonicalIsTheRewriteWrittenPlainly(@ForAll("names") String name) {
    assertThat(EntityNames.canonical(name)).isEqualTo(rewrittenPlainly(Fold.key(name)));
    assertThat(EntityNames.canonicalOfKey(Fold.key(name))).isEqualTo(rewrittenPlainly(Fold.key(name)));
  }

  @Test
  void canonicalOfVietnameseNames() {
    assertThat(EntityNames.canonical("Công ty CP Xi măng Tĩnh Gia 000001")).isEqualTo("cty_cp_xi_mang_tinh_gia_000001");
    assertThat(EntityNames.canonical("TỔNG C.TY Trách nhiệm hữu hạn 1 thành viên Khu công nghiệp")).isEqualTo("tct_tnhh_mtv_kcn");
    assertThat(EntityNames.canonical("Cổ phần")).isEqualTo("cp");
    assertThat(EntityNames.canonical("Công")).isEqualTo("cong");
    assertThat(EntityNames.canonical("ß Công ty")).isEqualTo("ß_cty");
    assertThat(EntityNames.canonical("")).isEmpty();
  }

  /** The rewrites of the class comment, as word lists: at each word the first that follows from it, else the word. */
  private static final List<List<String>> REWRITES = Stream.of("tct tong cong ty", "tct tong cty", "tct tong c ty",
      "tnhh trach nhiem huu han", "dntn doanh nghiep tu nhan", "tttm trung tam thuong mai", "mtv mot thanh vien",
      "mtv 1 thanh vien", "kcn khu cong nghiep", "ccn cum cong nghiep", "kkt khu kinh te", "htx hop tac xa", "cty cong ty",
      "cty c ty", "cp co phan", "cn chi nhanh").map(r -> List.of(r.split(" "))).toList();

  private static String rewrittenPlainly(String key) {
    List<String> words = key.isEmpty() ? List.of() : List.of(key.split("_", -1));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words.size(); ) {
      int at = i;
      List<String> rule = REWRITES.stream()
          .filter(r -> at + r.size() - 1 <= words.size() && words.subList(at, at + r.size() - 1).equals(r.subList(1, r.size())))
          .findFirst().orElse(null);
      out.add(rule == null ? words.get(i) : rule.get(0));
      i += rule == null ? 1 : rule.size() - 1;
    }
    return String.join("_", out);
  }

  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of("Công", "ty", "Cty", "C.ty", "CTy", "C", "Cổ", "phần", "Tổng",
        "Trách", "nhiệm", "hữu", "hạn", "Một", "1", "thành", "viên", "Khu", "công", "nghiệp", "kinh", "tế", "Hợp", "tác", "xã",
        "Chi", "nhánh", "Cụm", "Doanh", "tư", "nhân", "Trung", "tâm", "thương", "mại", "Giấy", "Lam", "Sơn", "ß", "Ø", ""),
        Arbitraries.strings().withChars("ctyongđĐ0_ .-ứ\u0301").ofMaxLength(5));
    Arbitrary<String> gap = Arbitraries.of(" ", "  ", ".", "_", " - ", "");
    return Arbitraries.oneOf(word, gap).list().ofMaxSize(10).map(ws -> String.join("", ws));
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
