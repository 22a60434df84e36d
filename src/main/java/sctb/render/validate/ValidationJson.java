package sctb.render.validate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import sctb.core.diag.Diagnostic;
import sctb.core.submission.Submissions;
import sctb.i18n.Messages;
import sctb.render.Json;

/**
 * {@code sctb validate --format json}: exactly {@code {"files", "diagnostics":[{severity, code, file,
 * line, column, value, message}], "errors", "warnings", "rows":{total, rejected, retired}}}; {@code rows} counts
 * the files' rows as the text summary does ({@code retired}: rows of an indicator no longer tracked, set aside,
 * part of {@code total}, not of {@code rejected}); {@code column} is the column's name as
 * written in the file, null (like {@code line}) when the problem is not in one cell. A diagnostic in
 * an .xlsx workbook also has {@code sheet} and {@code cell} (Excel's reference, {@code Sheet1!E7}).
 */
public final class ValidationJson {
  private ValidationJson() {}

  /**
   * Writes the document to {@code out} as it goes, ending with a newline: a national roll-up's tens of
   * thousands of problems are tens of megabytes of JSON, which need not be one String first.
   */
  public static void write(Submissions s, Messages messages, Writer out) throws IOException {
    try (JsonGenerator g = Json.generator(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart("files");
      for (String file : s.files()) {
        g.writeString(file);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("diagnostics");
      for (Diagnostic d : s.diagnostics()) {
        g.writeObject(diagnostic(d, messages));
      }
      g.writeEndArray();
      g.writeNumberField("errors", Counts.errors(s));
      g.writeNumberField("warnings", Counts.warnings(s));
      g.writeObjectFieldStart("rows");
      g.writeNumberField("total", Counts.rows(s));
      g.writeNumberField("rejected", s.rejectedRows());
      g.writeNumberField("retired", s.retiredRows());
      g.writeEndObject();
      g.writeEndObject();
    }
    out.write("\n");
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
