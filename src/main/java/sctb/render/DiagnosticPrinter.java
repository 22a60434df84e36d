package sctb.render;

import java.io.PrintWriter;
import java.util.List;
import sctb.core.diag.Diagnostic;
import sctb.core.text.SafeText;
import sctb.i18n.Messages;

/**
 * Diagnostics as text for people: where the problem is as they find it in their file ("SCT.csv, dòng 2,
 * cột “Trạng thái”"; in a workbook "…, trang “nhiem-vu”, ô E2, …"), how bad, and the sentence; then,
 * when the source is known, the offending line with a caret under the column. The stable code is for
 * machines (JSON, GitHub, JUnit output), not shown here.
 */
public final class DiagnosticPrinter {
  private final Messages messages;

  public DiagnosticPrinter(Messages messages) {
    this.messages = messages;
  }

  /** The diagnostic on one line, its file named. */
  public String line(Diagnostic d) {
    return sentence(messages.place(d.location()), d);
  }

  /** The diagnostic on one line, under a heading that already names its file. */
  public String lineInFile(Diagnostic d) {
    return sentence(messages.where(d.location()), d);
  }

  private String sentence(String where, Diagnostic d) {
    String severity = messages.get("severity." + d.severity().id());
    return (where.isEmpty() ? "" : where + ": ") + severity + ": " + messages.diagnostic(d);
  }

  /** Prints each diagnostic, with the source line and caret when {@code sourceLines} has it. */
  public void print(List<Diagnostic> diagnostics, List<String> sourceLines, PrintWriter err) {
    for (Diagnostic d : diagnostics) {
      err.println(line(d));
      int line = d.location().line();
      if (sourceLines != null && line > 0 && line <= sourceLines.size()) {
        printSource(sourceLines.get(line - 1), d.location().column(), err);
      }
    }
  }

  /** Characters of a source line shown around the column (a line of a plan can be megabytes long). */
  static final int SOURCE_WINDOW = 100;

  /** The source line around {@code column}, escaped and shortened like any excerpt, with a caret under the column. */
  static void printSource(String source, int column, PrintWriter err) {
    int at = Math.max(0, Math.min(column - 1, source.length()));
    int start = Math.max(0, Math.min(at - SOURCE_WINDOW / 2, source.length() - SOURCE_WINDOW));
    int end = Math.min(source.length(), start + SOURCE_WINDOW);
    String before = (start > 0 ? "…" : "") + SafeText.line(source.substring(start, at));
    err.println("  " + before + SafeText.line(source.substring(at, end)) + (end < source.length() ? "…" : ""));
    err.println("  " + " ".repeat(before.length()) + "^");
  }
}
