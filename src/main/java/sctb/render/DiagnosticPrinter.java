package sctb.render;

import java.io.PrintWriter;
import java.util.List;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Location;
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
        String source = sourceLines.get(line - 1);
        err.println("  " + source);
        int column = Math.max(1, Math.min(d.location().column(), source.length() + 1));
        err.println("  " + " ".repeat(column - 1) + "^");
      }
    }
  }
}
