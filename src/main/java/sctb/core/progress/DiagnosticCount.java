package sctb.core.progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Severity;

/** How many diagnostics of one code and severity a file has: what a report counts of other periods' files instead of listing them. */
public record DiagnosticCount(String file, Code code, Severity severity, int count) {
  private static final Comparator<DiagnosticCount> ORDER = Comparator
      .comparing((DiagnosticCount c) -> c.file() == null ? "" : c.file())
      .thenComparing(c -> c.code().id()).thenComparing(c -> c.severity().id());

  /** {@code diagnostics} counted per file, code and severity, sorted by file, code, then severity. */
  public static List<DiagnosticCount> of(List<Diagnostic> diagnostics) {
    Map<DiagnosticCount, Integer> counts = new TreeMap<>(ORDER); // the key's count is not compared
    for (Diagnostic d : diagnostics) {
      counts.merge(new DiagnosticCount(d.location().file(), d.code(), d.severity(), 0), 1, Integer::sum);
    }
    List<DiagnosticCount> out = new ArrayList<>();
    counts.forEach((k, n) -> out.add(new DiagnosticCount(k.file(), k.code(), k.severity(), n)));
    return out;
  }
}
