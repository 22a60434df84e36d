package sctb.render.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sctb.core.diag.Diagnostic;
import sctb.core.submission.Submissions;
import sctb.i18n.Messages;
import sctb.render.Json;

/**
 * {@code sctb validate --format json}: exactly {@code {"files", "diagnostics":[{severity, code, file,
 * line, column, value, message}], "errors", "warnings"}}; {@code column} is the column's name as
 * written in the file, null (like {@code line}) when the problem is not in one cell. A diagnostic in
 * an .xlsx workbook also has {@code sheet} and {@code cell} (Excel's reference, {@code Sheet1!E7}).
 */
public final class ValidationJson {
  private ValidationJson() {}

  public static String render(Submissions s, Messages messages) {
    List<Object> diagnostics = new ArrayList<>();
    for (Diagnostic d : s.diagnostics()) {
      diagnostics.add(diagnostic(d, messages));
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("files", s.files());
    root.put("diagnostics", diagnostics);
    root.put("errors", Counts.errors(s));
    root.put("warnings", Counts.warnings(s));
    return Json.write(root);
  }

  /** One problem as this document writes it, also used where other documents list problems ({@code sctb status}). */
  public static Map<String, Object> diagnostic(Diagnostic d, Messages messages) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("severity", d.severity().id());
    o.put("code", d.code().id());
    o.put("file", d.location().file());
    o.put("line", d.location().line() > 0 ? d.location().line() : null);
    o.put("column", d.location().columnName());
    if (d.location().sheet() != null) {
      o.put("sheet", d.location().sheet()); // workbooks only: CSV diagnostics keep the seven keys
      o.put("cell", d.location().cellRef());
    }
    o.put("value", d.value());
    o.put("message", messages.diagnostic(d));
    return o;
  }
}
