package sctb.io.csv;

/**
 * Spreadsheet formula injection: a text cell starting with {@code = + - @}, a tab or a carriage return
 * (OWASP's list) is run as a formula by Excel or LibreOffice. sctb writes such cells with a leading apostrophe (Excel shows the text as is) and drops that
 * apostrophe when reading its own files back. docs/submissions.md explains it.
 */
public final class Formulas {
  private Formulas() {}

  /** True when Excel would read the text as a formula. */
  public static boolean risky(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    char c = text.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
        || c == '\uFF1D' || c == '\uFF0B' || c == '\uFF0D' || c == '\uFF20'; // full-width forms, which IMEs produce
  }

  /** True for a plain number ({@code -5}, {@code 1.234,5}, {@code 12%}): written as is in numeric columns. */
  public static boolean number(String text) {
    return text != null && text.matches("[+-]?[0-9][0-9.,\u00A0 ]*%?");
  }

  /**
   * The text as it is safe to write into a text cell. A text already starting with an apostrophe gets
   * one more, so that reading back (which drops one) gives the text unchanged.
   */
  public static String neutralise(String text) {
    return risky(text) || (text != null && text.startsWith("'")) ? "'" + text : text;
  }

  /** The reverse of {@link #neutralise}: drops the apostrophe it added. */
  public static String restore(String text) {
    if (text.length() >= 2 && text.charAt(0) == '\'' && (risky(text.substring(1)) || text.charAt(1) == '\'')) {
      return text.substring(1);
    }
    return text;
  }
}
