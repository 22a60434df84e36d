package sctb.io.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import sctb.core.diag.Diagnostic;
import sctb.core.plan.Plan;
import sctb.core.submission.Submissions;

/** Test helper: the bundled plan, a fixed "today", and reading files as sctb validate does. */
final class Check {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  static final Plan PLAN = sctb.RealPlan.PLAN;

  private Check() {}


  static Submissions read(Path... paths) {
    return SubmissionReader.read(PLAN, List.of(paths), ReadOptions.defaults(TODAY));
  }

  static Path write(Path dir, String name, byte[] bytes) {
    try {
      Path p = dir.resolve(name);
      Files.write(p, bytes);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The one diagnostic with this code, asserting there is exactly one. */
  static Diagnostic only(Submissions s, String code) {
    List<Diagnostic> found = s.diagnostics().stream().filter(d -> d.code().id().equals(code)).toList();
    assertThat(found).as("%s in %s", code, s.diagnostics()).hasSize(1);
    return found.get(0);
  }

  static void at(Diagnostic d, int line, String column) {
    assertThat(d.location().line()).as("line of %s", d).isEqualTo(line);
    assertThat(d.location().columnName()).as("column of %s", d).isEqualTo(column);
  }
}
