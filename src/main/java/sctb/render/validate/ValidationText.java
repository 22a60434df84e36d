package sctb.render.validate;

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
    out.append(messages.get(summary, s.files().size(), Counts.rows(s), s.rejectedRows(), Counts.errors(s),
        Counts.warnings(s), s.retiredRows())).append('\n');
    return out.toString();
  }
}
