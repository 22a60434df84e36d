package sctb.core.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import sctb.core.text.NameArena;

/**
 * The canonical name made from a {@link NameArena}'s UTF-8 without a String of the name
 * ({@link EntityNames#canonical(NameArena, long)}, {@link EntityNames#addCanonical},
 * {@link EntityNames#isCanonical}) is the String path's ({@link EntityNames#canonical(String)}), for Vietnamese names with legal-form words, any punctuation and
 * spacing, letters the fast path leaves to the general one, characters past U+FFFF and lone surrogates.
 */
class CanonicalFromArenaProperties {

  @Property(tries = 2000)
  void theArenaPathGivesTheStringPathsCanonicalName(@ForAll @Size(max = 30) List<@From("names") String> names) {
    NameArena from = new NameArena(4);
    NameArena into = new NameArena(4);
    long[] handles = names.stream().mapToLong(from::add).toArray();
    long[] made = new long[handles.length];
    for (int i = 0; i < handles.length; i++) {
      made[i] = EntityNames.addCanonical(from, handles[i], into);
    }
    for (int i = 0; i < handles.length; i++) {
      String kept = from.get(handles[i]); // a lone surrogate is kept as "?", as String.getBytes writes it
      String canonical = EntityNames.canonical(kept);
      assertThat(EntityNames.canonical(from, handles[i])).as(kept).isEqualTo(canonical);
      assertThat(into.get(made[i])).as(kept).isEqualTo(canonical);
      assertThat(EntityNames.isCanonical(from, handles[i], canonical)).as(kept).isTrue();
      assertThat(EntityNames.isCanonical(from, handles[i], canonical + "x")).as(kept).isFalse();
      assertThat(EntityNames.isCanonical(from, handles[i], canonical.isEmpty() ? "x" : canonical.substring(1))).as(kept).isFalse();
      String other = EntityNames.canonical(from.get(handles[(i + 1) % handles.length]));
      assertThat(EntityNames.isCanonical(from, handles[i], other)).as(kept).isEqualTo(other.equals(canonical));
    }
  }

  /** The bare name's hash made beside the canonical name is the bare name's, for the same names. */
  @Property(tries = 2000)
  void theBareHashMadeWhileRewritingIsTheBareNamesHash(@ForAll("names") String name) {
    EntityNames.Canonical named = EntityNames.canonicalWithBareHash(name);
    assertThat(named.name()).isEqualTo(EntityNames.canonical(name));
    assertThat(named.bareHash()).isEqualTo(EntityNames.bare(name).hashCode());
  }

  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> word = Arbitraries.oneOf(
        Arbitraries.of("Công", "ty", "CÔNG TY", "Cty", "C.ty", "CTy", "C", "Cổ", "phần", "CP", "Tổng", "TNHH", "Trách", "nhiệm",
            "hữu", "hạn", "Một", "1", "thành", "viên", "MTV", "Khu", "công", "nghiệp", "kinh", "tế", "Hợp", "tác", "xã", "Chi",
            "nhánh", "Cụm", "Doanh", "tư", "nhân", "DNTN", "Trung", "tâm", "thương", "mại", "Giấy", "Lam", "Sơn", "Đông",
            "Hòa", "Thủy", "sản", "000123", "ß", "Ø", "ﬁ", "Ǆ", "İ", "Ω", "\uD83D\uDE00", "\uD835\uDC00", "\uD800", "‘X’", "–", "…"),
        Arbitraries.strings().withChars("ctyongđĐ0_ .-ứọ\u0301\u0323\u00A0\u2002").ofMaxLength(5),
        Arbitraries.strings().withCharRange('\u0000', '\u2FFF').ofMaxLength(4));
    Arbitrary<String> gap = Arbitraries.of(" ", "  ", ".", "_", " - ", ", ", "(", ")", "\t", "");
    return Arbitraries.oneOf(word, gap).list().ofMaxSize(12).map(ws -> String.join("", ws));
  }
}
