package sctb.render.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A FreeMarker syntax error said the way a civil servant editing a copied template can act on it: which
 * kind of mistake ({@code kind}, message key {@code report.template-syntax.<kind>}), the word it names
 * ({@code word}: the unclosed directive, the unknown built-in…), and FreeMarker's own first line
 * ({@code original}) for the kinds sctb does not recognise.
 */
record TemplateSyntax(String kind, String word, String original) {
  private static final Pattern UNCLOSED = Pattern.compile("You have an unclosed (#?\\w+|\"[^\"]+\")");
  private static final Pattern ENCOUNTERED = Pattern.compile("^Encountered (\"(?:[^\"\\\\]|\\\\.)*\"|\\S+)");
  private static final Pattern UNKNOWN_DIRECTIVE = Pattern.compile("^Unknown directive: #?(\\w+)");
  private static final Pattern UNKNOWN_BUILT_IN = Pattern.compile("^Unknown built-in: \"([^\"]+)\"");

  /** Reads FreeMarker's message of a {@code ParseException} (its editor message). */
  static TemplateSyntax of(String message) {
    String first = message == null ? "" : message.strip().lines().findFirst().orElse("").strip();
    Matcher m = UNCLOSED.matcher(first);
    if (m.find()) {
      String what = m.group(1);
      return what.startsWith("#") ? new TemplateSyntax("unclosed-directive", what.substring(1), first)
          : new TemplateSyntax("unclosed-bracket", what.replace("\"", ""), first);
    }
    if (first.startsWith("Unexpected end of file reached")) {
      return new TemplateSyntax("end-of-file", "", first);
    }
    m = ENCOUNTERED.matcher(first);
    if (m.find()) {
      String word = m.group(1);
      if (word.length() > 1 && word.startsWith("\"") && word.endsWith("\"")) {
        word = word.substring(1, word.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
      }
      return new TemplateSyntax("unexpected", word, first);
    }
    m = UNKNOWN_DIRECTIVE.matcher(first);
    if (m.find()) {
      return new TemplateSyntax("unknown-directive", m.group(1), first);
    }
    m = UNKNOWN_BUILT_IN.matcher(first);
    if (m.find()) {
      return new TemplateSyntax("unknown-built-in", m.group(1), first);
    }
    return new TemplateSyntax("other", "", first);
  }
}
