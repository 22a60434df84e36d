package sctb.io.submission;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Location;
import sctb.core.plan.Plan;
import sctb.core.register.Register;
import sctb.core.validate.Lookup;
import sctb.core.validate.RegisterValidator;
import sctb.io.UnreadableFileException;

/**
 * Reads the register of who is counted (CSV or .xlsx, through the same table readers as submissions,
 * so a register means the same in both formats and its problems are located the same way) and
 * checks its rows ({@link RegisterValidator}). Never throws: what cannot be read is a diagnostic.
 */
public final class RegisterReader {
  private RegisterReader() {}

  /**
   * The register the plan names ({@code workspace.register}, relative to the plan file's folder):
   * {@link Register#NONE} when it names none, or names the default one and it is not there; a register
   * holding only an {@code unreadable} diagnostic when a register it names cannot be read.
   */
  public static Register forPlan(Path planFile, Plan plan) {
    String written = plan.workspace().register();
    if (written == null) {
      return Register.NONE;
    }
    Path base = planFile.toAbsolutePath().getParent();
    Path file = base == null ? Path.of(written) : base.resolve(written);
    if (!plan.workspace().registerRequired() && !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return Register.NONE;
    }
    String refused = outsideWorkspace(file, base);
    if (refused != null) {
      String name = SubmissionReader.display(file);
      return Register.unreadable(List.of(Diagnostic.of(Code.SKIPPED_FILE, Location.file(name), name, refused,
          SubmissionReader.display(base == null ? Path.of("") : base))));
    }
    return read(plan, file);
  }

  /**
   * The link policy of a data folder ({@link SubmissionReader#insideFolder}) with the plan's folder as
   * the folder: a register that is a link out of it, a broken link or a special file is not read.
   */
  private static String outsideWorkspace(Path file, Path base) {
    if (base == null || !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return null; // a missing register is reported as unreadable when it is read
    }
    try {
      return SubmissionReader.insideFolder(file, base.toRealPath());
    } catch (java.io.IOException e) {
      return null;
    }
  }

  /** The register in {@code file}. */
  public static Register read(Plan plan, Path file) {
    String name = SubmissionReader.display(file);
    Map<String, UnaryOperator<Location>> places = new HashMap<>();
    try {
      Register r = RegisterValidator.check(new Lookup(plan), SubmissionReader.parse(file, name,
          ReadOptions.defaults(null), places));
      UnaryOperator<Location> shown = places.get(name);
      if (shown == null) {
        return r;
      }
      // Problems are located as Excel shows them: file.xlsx!Sheet!E7, a CSV line's row.
      List<Diagnostic> located = r.diagnostics().stream().map(d -> d.withLocation(shown.apply(d.location()))).toList();
      return new Register(r.file(), r.entries(), located);
    } catch (UnreadableFileException e) {
      return Register.unreadable(List.of(Diagnostic.of(Code.UNREADABLE, Location.file(name), name, e.reason().id())));
    }
  }
}
