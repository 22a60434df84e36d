package sctb.render.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import sctb.core.diag.Diagnostic;
import sctb.core.submission.Submissions;

/** The numbers every validation output shows, counted one way. */
final class Counts {
  private Counts() {}

  static long errors(Submissions s) {
    return s.diagnostics().stream().filter(Diagnostic::isError).count();
  }

  static long warnings(Submissions s) {
    return s.diagnostics().size() - errors(s);
  }

  /** Every row of the files: accepted, rejected, and set aside as a retired indicator's — a clerk's count adds up. */
  static long rows(Submissions s) {
    return s.acceptedRows() + s.rejectedRows() + s.retiredRows();
  }

  /** Every file read or named by a diagnostic, sorted. */
  static List<String> files(Submissions s) {
    TreeSet<String> all = new TreeSet<>(s.files());
    s.diagnostics().stream().map(d -> d.location().file()).filter(f -> f != null).forEach(all::add);
    return new ArrayList<>(all);
  }

  /** Each file's diagnostics in their order, grouped in one pass (a national roll-up has thousands of files). */
  static Map<String, List<Diagnostic>> byFile(Submissions s) {
    Map<String, List<Diagnostic>> byFile = new HashMap<>();
    for (Diagnostic d : s.diagnostics()) {
      String file = d.location().file();
      if (file != null) {
        byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(d);
      }
    }
    return byFile;
  }
}
