package sctb.render;

import java.io.PrintWriter;
import java.util.List;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Location;
import sctb.core.text.SafeText;
import sctb.i18n.Messages;

/**
 * Diagnostics as text, compiler style: {@code file:line:col: lỗi [code] message} (in a workbook
 * {@code file!Sheet!E7: …}), then, when the
 * source is known, the offending line with a caret under the column.
 */
public final class DiagnosticPrinter {
  private final Messages messages;

  public DiagnosticPrinter(Messages messages) {
    this.messages = messages;
  }

  public String line(Diagnostic d) {
    Location at = d.location();
    StringBuilder out = new StringBuilder();
    out.append(at.file() == null ? "-" : at.file());
    if (at.sheet() != null) {
      out.append('!').append(at.cellRef()); // a workbook: Excel's own reference, nhiem-vu.xlsx!Sheet1!E7
    } else if (at.line() > 0) {
      out.append(':').append(at.line());
      if (at.column() > 0) {
        out.append(':').append(at.column());
      }
    }
    out.append(": ").append(messages.get("severity." + d.severity().id()));
    out.append(" [").append(d.code().id()).append("] ");
    if (at.columnName() != null) {
      out.append(messages.get("diag.in-column", at.columnName())).append(' ');
    }
    out.append(messages.diagnostic(d));
    return out.toString();
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
