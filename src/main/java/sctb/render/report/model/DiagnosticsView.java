package sctb.render.report.model;

import java.util.List;
import sctb.core.diag.Code;
import sctb.core.diag.Severity;

/** What checking the data found: files read, errors, warnings, rows left out, and every problem this report can use. */
public record DiagnosticsView(String files, String errors, String warnings, String rejectedRows, List<Item> items) {

  public DiagnosticsView {
    items = List.copyOf(items);
  }

  /** One problem: how bad, its stable code, where ({@code file:line}) and the sentence in the language. */
  public record Item(Severity severity, Code code, String location, String message) {}
}
