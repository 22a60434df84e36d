package sctb.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link SafeText#isText}, also met one character at a time ({@link SafeText.TextCheck}), says of a text
 * what {@link SafeText#text} does to it: true exactly when it leaves the text as it is.
 */
class TextCheckProperties {
  @Property(tries = 2000)
  void safeExactlyWhenTextLeavesItAsItIs(@ForAll("texts") String s) {
    boolean unchanged = SafeText.text(s).equals(s);
    assertThat(SafeText.isText(s.toCharArray(), s.length())).as("isText").isEqualTo(unchanged);
    SafeText.TextCheck check = new SafeText.TextCheck();
    s.chars().forEach(c -> check.next((char) c));
    assertThat(check.end()).as("one character at a time").isEqualTo(unchanged);
  }

  @Provide
  Arbitrary<String> texts() {
    // Line ends alone and paired, controls, bidi and line separators, surrogate halves alone, pairs
    // kept and escaped (an emoji, a tag character), Vietnamese letters and quotes past U+2000.
    return Arbitraries.strings()
        .withChars("ab \t\n\r\u0007\u007F\u0085\u202E\u2028\u061C\uFEFF\uFFFE\u201Cệ\uD83D\uDE00\uDB40\uDC41")
        .ofMaxLength(12);
  }
}
