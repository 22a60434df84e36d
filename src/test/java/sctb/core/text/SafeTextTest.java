package sctb.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The one sanitiser: what is escaped, what is kept, and that nothing unsafe ever comes out. */
class SafeTextTest {
  @Test
  void terminalSequencesAreShownEscaped() {
    assertThat(SafeText.line("a\u001B[31mred\u0007")).isEqualTo("a\\u001B[31mred\\u0007");
    assertThat(SafeText.line("\u001B]8;;https://x\u001B\\link")).isEqualTo("\\u001B]8;;https://x\\u001B\\link");
    assertThat(SafeText.line("C1 \u009B2J and DEL \u007F")).isEqualTo("C1 \\u009B2J and DEL \\u007F");
    assertThat(SafeText.line("nul\u0000")).isEqualTo("nul\\u0000");
  }

  @Test
  void bidiControlsAreEscapedSoNothingDisplaysReversed() {
    assertThat(SafeText.text("Công ty \u202Eabc")).isEqualTo("Công ty \\u202Eabc");
    assertThat(SafeText.text("\u2066x\u2069 \u200F")).isEqualTo("\\u2066x\\u2069 \\u200F");
  }

  @Test
  void textKeepsLineBreaksAndTabsButNotALoneCarriageReturn() {
    assertThat(SafeText.text("dòng 1\r\ndòng 2\n\tdòng 3")).isEqualTo("dòng 1\r\ndòng 2\n\tdòng 3");
    assertThat(SafeText.text("overwrite\rme")).isEqualTo("overwrite\nme");
    assertThat(SafeText.text("line\u2028sep")).isEqualTo("line\\u2028sep");
  }

  @Test
  void aLineEscapesLineBreaksAndTabs() {
    assertThat(SafeText.line("a\nb\tc\r\nd")).isEqualTo("a\\nb\\tc\\r\\nd");
  }

  @Test
  void cleanTextIsReturnedAsItIs() {
    String vietnamese = "Sở Công Thương Thanh Hóa — 1.234,5 ₫ 😀";
    assertThat(SafeText.text(vietnamese)).isSameAs(vietnamese);
    assertThat(SafeText.line(vietnamese)).isSameAs(vietnamese);
    assertThat(SafeText.text(null)).isNull();
  }

  @Test
  void loneSurrogatesTagsAndNoncharactersAreEscaped() {
    assertThat(SafeText.line("a\uD800b")).isEqualTo("a\\uD800b");
    assertThat(SafeText.line("x" + new String(Character.toChars(0xE0041)))).isEqualTo("x\\U000E0041");
    assertThat(SafeText.line("\uFFFE\uFEFF")).isEqualTo("\\uFFFE\\uFEFF");
  }

  @Test
  void anExcerptIsShortenedThenEscaped() {
    assertThat(SafeText.excerpt("x".repeat(100))).isEqualTo("x".repeat(80) + "…");
    assertThat(SafeText.excerpt("ab\ncd", 3)).isEqualTo("ab\\n…");
    assertThat(SafeText.excerpt("ngắn")).isEqualTo("ngắn");
    String escapedOnce = SafeText.text("x".repeat(77) + "\u001Bmore");
    assertThat(SafeText.excerpt(escapedOnce)).as("never half an escape").isEqualTo("x".repeat(77) + "…");
    String emoji = "😀".repeat(90);
    assertThat(SafeText.excerpt(emoji).codePointCount(0, SafeText.excerpt(emoji).length())).isEqualTo(81);
  }

  @Property
  void nothingUnsafeEverComesOut(@ForAll String any) {
    for (String out : new String[] {SafeText.line(any), SafeText.excerpt(any)}) {
      assertThat(out.codePoints().noneMatch(c -> SafeText.unsafe(c, false) || c == '\r')).as(out).isTrue();
    }
    String text = SafeText.text(any);
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      int c = text.codePointAt(i);
      boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
      assertThat(crlf || !SafeText.unsafe(c, true)).as(text).isTrue();
    }
    assertThat(SafeText.line(SafeText.line(any))).isEqualTo(SafeText.line(any));
  }

  /** A text comes back as it is exactly when no code point of it is escaped (the per-char shortcut included). */
  @Property(tries = 3000)
  void keptAsItIsExactlyWhenNothingIsUnsafe(@ForAll("mixedTexts") String any) {
    boolean safe = any.codePoints().noneMatch(c -> SafeText.unsafe(c, false));
    assertThat(SafeText.line(any) == any).as(any).isEqualTo(safe);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> mixedTexts() {
    net.jqwik.api.Arbitrary<Character> near = net.jqwik.api.Arbitraries.of('\u009F', '\u00A0', '\u061B', '\u061C', '\u061D',
        '\u1EA1', '\u1FFF', '\u2000', '\u200E', '\u2028', '\uFEFF', '\uD83D', '\uDE00', 'a', '\u0301');
    net.jqwik.api.Arbitrary<Character> any = net.jqwik.api.Arbitraries.chars();
    return net.jqwik.api.Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, near), net.jqwik.api.Tuple.of(1, any))
        .list().ofMaxSize(12).map(cs -> cs.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining()));
  }
}
