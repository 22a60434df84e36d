package sctb.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link Messages#fill} puts argument N where a pattern writes {N} (one or two digits), and leaves any other brace as written. */
class MessagesFillProperties {

  @Property(tries = 2000)
  void fillsAsThePatternSays(@ForAll("patterns") String pattern) {
    Object[] args = {"không", 1, "hai {0}", null};
    assertThat(Messages.fill(pattern, args)).isEqualTo(plainly(pattern, args));
  }

  @Provide
  Arbitrary<String> patterns() {
    return Arbitraries.strings().withChars("{}0123٣x ơ").ofMaxLength(20);
  }

  /** The rule written plainly: substrings and a stream. */
  private static String plainly(String pattern, Object... args) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i) : -1;
      if (close > i + 1 && close - i <= 3 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
        int n = Integer.parseInt(pattern.substring(i + 1, close));
        out.append(n < args.length ? String.valueOf(args[n]) : "");
        i = close;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
