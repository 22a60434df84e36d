package sctb.render.validate;

import java.util.List;
import sctb.render.DiagnosticPrinter;
import sctb.core.diag.Diagnostic;
import sctb.core.submission.Submissions;
import sctb.i18n.Messages;

/**
 * {@code --format junit}: JUnit XML that CI servers display — one test case per file, failing with
 * the file's errors; its warnings go to the case's {@code system-out}.
 */
public final class JunitXml {
  private JunitXml() {}

  public static String render(Submissions s, Messages messages) {
    DiagnosticPrinter printer = new DiagnosticPrinter(messages);
    List<String> files = Counts.files(s);
    var byFile = Counts.byFile(s);
    long failing = files.stream().filter(f -> byFile.getOrDefault(f, List.of()).stream().anyMatch(Diagnostic::isError)).count();
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append("<testsuites name=\"sctb validate\" tests=\"").append(files.size()).append("\" failures=\"")
        .append(failing).append("\">\n");
    out.append("  <testsuite name=\"sctb validate\" tests=\"").append(files.size()).append("\" failures=\"")
        .append(failing).append("\" errors=\"0\" skipped=\"0\">\n");
    for (String file : files) {
      List<Diagnostic> diagnostics = byFile.getOrDefault(file, List.of());
      List<Diagnostic> errors = diagnostics.stream().filter(Diagnostic::isError).toList();
      List<Diagnostic> warnings = diagnostics.stream().filter(d -> !d.isError()).toList();
      out.append("    <testcase classname=\"sctb.validate\" name=\"").append(escape(file)).append('"');
      if (errors.isEmpty() && warnings.isEmpty()) {
        out.append("/>\n");
        continue;
      }
      out.append(">\n");
      if (!errors.isEmpty()) {
        out.append("      <failure type=\"").append(escape(errors.get(0).code().id())).append("\" message=\"")
            .append(escape(messages.get("validate.junit-failure", errors.size()))).append("\">");
        errors.forEach(d -> out.append(escape(line(printer, d))).append('\n'));
        out.append("</failure>\n");
      }
      if (!warnings.isEmpty()) {
        out.append("      <system-out>");
        warnings.forEach(d -> out.append(escape(line(printer, d))).append('\n'));
        out.append("</system-out>\n");
      }
      out.append("    </testcase>\n");
    }
    out.append("  </testsuite>\n</testsuites>\n");
    return out.toString();
  }

  /** A CI page is read by whoever maintains the pipeline too: each line keeps its stable code. */
  private static String line(DiagnosticPrinter printer, Diagnostic d) {
    return "[" + d.code().id() + "] " + printer.line(d);
  }

  /** XML text and attribute escaping; characters XML 1.0 forbids are replaced. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
          out.appendCodePoint(allowed ? c : 0xFFFD);
        }
      }
    });
    return out.toString();
  }
}
