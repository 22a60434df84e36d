package sctb.render.validate;

import java.math.BigDecimal;
import sctb.core.text.NumberFormats;
import sctb.render.DiagnosticPrinter;
import sctb.core.diag.Diagnostic;
import sctb.core.submission.Submissions;
import sctb.i18n.Messages;

/** {@code sctb validate} for people: problems grouped by file, compiler style, then a one-line summary. */
public final class ValidationText {
  private ValidationText() {}

  public static String render(Submissions s, Messages messages) {
    DiagnosticPrinter printer = new DiagnosticPrinter(messages);
    StringBuilder out = new StringBuilder();
    var byFile = Counts.byFile(s);
    for (String file : Counts.files(s)) {
      var diagnostics = byFile.getOrDefault(file, java.util.List.of());
      if (diagnostics.isEmpty()) {
        continue;
      }
      long errors = diagnostics.stream().filter(Diagnostic::isError).count();
      out.append(messages.get("validate.file", file, errors, diagnostics.size() - errors)).append('\n');
      for (Diagnostic d : diagnostics) {
        out.append("  ").append(printer.lineInFile(d)).append('\n');
      }
      out.append('\n');
    }
    // the rows of a retired indicator said only when there are some: the usual line stays as short as it was
    String summary = s.retiredRows() > 0 ? "validate.summary.retired" : "validate.summary";
    NumberFormats nf = NumberFormats.of(messages.language());
    out.append(messages.get(summary, count(nf, s.files().size()), count(nf, Counts.rows(s)), count(nf, s.rejectedRows()),
        count(nf, Counts.errors(s)), count(nf, Counts.warnings(s)), count(nf, s.retiredRows()))).append('\n');
    return out.toString();
  }

  /** A count as a clerk reads it, thousands grouped ("1.561" in Vietnamese, "1,561" in English). */
  private static String count(NumberFormats nf, long n) {
    return nf.plain(BigDecimal.valueOf(n), 0);
  }
}
