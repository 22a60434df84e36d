package sctb.io.csv;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Location;
import sctb.core.submission.RawFile;
import sctb.core.text.SafeText;

/**
 * The {@code encoding} warning of a file that is not UTF-8, saying so more strongly when its Vietnamese
 * letters were lost on the way: Excel saving "CSV" on a Windows set to a Western code page writes each
 * letter the page lacks as "?" ("Công ty CP May Thi?u Phong", "?ông Ti?n"). Nothing can bring them back, and
 * names and results would reach the report so; only the agency's original sheet, saved again as CSV UTF-8, can.
 */
final class LostLetters {
  private LostLetters() {}

  /** A "?" written straight before a letter: where a letter was (a question mark ends a word, then a space). */
  private static final Pattern LOST = Pattern.compile("[\\p{L}?]*\\?\\p{L}[\\p{L}?]*");

  /**
   * The file without the {@code unknown-column} warnings of header cells with a "?" when letters were lost ("K? báo cáo"):
   * the {@code encoding} warning says why and what to do, once, instead of a warning a column.
   */
  static RawFile withoutLostColumns(RawFile raw) {
    boolean lost = raw.diagnostics().stream()
        .anyMatch(d -> d.code() == Code.ENCODING && !d.args().isEmpty() && d.args().get(0).equals("lost"));
    if (!lost) {
      return raw;
    }
    List<Diagnostic> kept = raw.diagnostics().stream()
        .filter(d -> d.code() != Code.UNKNOWN_COLUMN || d.value() == null || d.value().indexOf('?') < 0)
        .toList();
    return new RawFile(raw.file(), raw.kind(), raw.decimals(), raw.rows(), kept, raw.rowsUsable(), raw.monthFirstDates());
  }

  /** The file's encoding warning, at the first word with a lost letter when there is one. */
  static Diagnostic warning(String file, String text, String encoding) {
    Matcher m = LOST.matcher(text);
    if (!m.find()) {
      return Diagnostic.of(Code.ENCODING, Location.at(file, 1, 0), encoding);
    }
    int line = 1;
    for (int i = 0; i < m.start(); i++) {
      line += text.charAt(i) == '\n' ? 1 : 0;
    }
    return Diagnostic.of(Code.ENCODING, Location.at(file, line, 0), SafeText.excerpt(m.group()), "lost", encoding);
  }
}
