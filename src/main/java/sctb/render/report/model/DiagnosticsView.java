package sctb.render.report.model;

import java.util.List;
import sctb.core.diag.Code;
import sctb.core.diag.Severity;

/**
 * What checking the data found: files read, errors and warnings on the period's own files (listed, with
 * rows left out), and how many more are on other periods' files (counted only).
 */
public record DiagnosticsView(String files, String errors, String warnings, String rejectedRows, List<Item> items,
    String elsewhereErrors, String elsewhereWarnings) {

  public DiagnosticsView {
    items = List.copyOf(items);
  }

  /**
   * One problem: how bad, its stable code, where as a person finds it ("samples/2024H1/SCT.csv, dòng 2,
   * cột “Trạng thái”") and the sentence in the language.
   */
  public record Item(Severity severity, Code code, String location, String message) {}
}
