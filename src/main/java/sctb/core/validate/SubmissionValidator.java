package sctb.core.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import sctb.core.diag.CappedDiagnostics;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Location;
import sctb.core.plan.Plan;
import sctb.core.submission.Column;
import sctb.core.submission.Corrections;
import sctb.core.submission.FileKind;
import sctb.core.submission.IndicatorRow;
import sctb.core.submission.CollectedRows;
import sctb.core.submission.RawFile;
import sctb.core.submission.RawRow;
import sctb.core.submission.Submissions;
import sctb.core.submission.TaskRow;

/**
 * Applies the plan's rules to parsed submission files: every row is checked (one bad row never hides
 * another), rows with an error are left out and counted, warnings keep the row; then duplicates and
 * corrections, outliers and populations across all files. Pure: the same files give the same result. In two steps so that files
 * can be checked in parallel and streamed: {@link #check} (one file, any thread) then
 * {@link ValidationRun} (across files, in file order).
 */
public final class SubmissionValidator {
  private SubmissionValidator() {}

  /** Every file at once, the rows collected: for tests and small inputs. Same steps as the streaming path. */
  public static Submissions validate(Plan plan, List<RawFile> files, ValidateOptions options) {
    Lookup lookup = new Lookup(plan);
    ValidationRun run = new ValidationRun(plan, lookup, options);
    CollectedRows sink = new CollectedRows();
    for (RawFile file : files) {
      run.add(check(lookup, file, options), sink);
    }
    List<sctb.core.diag.Diagnostic> diagnostics = run.finish();
    return new Submissions(run.files(), sink.tasks(), sink.indicators(), diagnostics, run.rejected(), run.retired(),
        (long) sink.tasks().size() + sink.indicators().size(), List.of());
  }

  /** The rules of one file's rows on their own (thread-safe: {@code lookup} is read-only). */
  public static CheckedFile check(Lookup lookup, RawFile file, ValidateOptions options) {
    List<CheckedFile> whole = new ArrayList<>(1);
    check(lookup, file, options, Integer.MAX_VALUE, whole::add);
    return whole.get(0);
  }

  /**
   * The same rules, the checked rows handed to {@code parts} as they come, about {@code partRows} rows
   * at a time, so that a large file's checked rows need not all be held at once: each part holds its
   * own rows and rejected count; the last also the file's diagnostics, the others an empty collector
   * for what {@link ValidationRun} adds. In one part when the file has at most {@code partRows} rows.
   */
  public static void check(Lookup lookup, RawFile file, ValidateOptions options, int partRows,
      Consumer<CheckedFile> parts) {
    CappedDiagnostics diagnostics = new CappedDiagnostics(options.capPerCode());
    diagnostics.addAll(file.diagnostics());
    if (file.rowsUsable() && file.kind() == FileKind.REGISTER) {
      // A register among the submissions is not read as one: it is read where plan.yaml says.
      diagnostics.add(Diagnostic.of(Code.UNKNOWN_FILE_KIND, Location.at(file.file(), 1, 0), file.file(), "register"));
      parts.accept(new CheckedFile(file.file(), List.of(), diagnostics, file.rows().size(), 0, List.of(), file.rows().size()));
      return;
    }
    if (!file.rowsUsable()) {
      parts.accept(new CheckedFile(file.file(), List.of(), diagnostics, file.rows().size(), 0, List.of(), file.rows().size()));
      return;
    }
    boolean correctionFile = Corrections.isCorrectionFile(file.file());
    // Each part's list made at its size, not grown by copies.
    int partSize = Math.min(partRows, file.rows().size());
    List<CheckedFile.Candidate> rows = new ArrayList<>(partSize);
    int rejected = 0;
    int retired = 0;
    List<CheckedFile.RejectedTask> rejectedTasks = new ArrayList<>();
    Cells fileCells = Cells.of(lookup, options, file, diagnostics);
    Outliers.FileGroups groups = new Outliers.FileGroups();
    for (RawRow row : file.rows()) {
      if (rows.size() + rejected >= partRows) {
        parts.accept(new CheckedFile(file.file(), rows, new CappedDiagnostics(options.capPerCode()), rejected,
            retired, rejectedTasks, file.rows().size()));
        rows = new ArrayList<>(partSize);
        rejected = 0;
        retired = 0;
        rejectedTasks = new ArrayList<>();
      }
      Cells cells = fileCells.on(row);
      if (file.kind() == FileKind.TASKS) {
        Optional<TaskRow> r = TaskRowRules.check(cells, lookup);
        if (r.isPresent()) {
          rows.add(CheckedFile.TaskCandidate.of(r.get(), row.at(Column.TASK), correctionFile));
        } else {
          rejected++;
          String task = row.text(Column.TASK);
          // a repeated header row names no task ("Mã nhiệm vụ"), so it is never taken for one
          String id = task == null ? null : lookup.task(task).orElse(null);
          if (id != null) {
            rejectedTasks.add(new CheckedFile.RejectedTask(row.at(), id));
          }
        }
      } else {
        IndicatorRow i = IndicatorRowRules.check(cells, lookup);
        if (i != null) {
          rows.add(CheckedFile.IndicatorCandidate.of(i, row.layout(), Outliers.point(lookup, i, groups), correctionFile));
        } else if (cells.ignored()) {
          retired++;
        } else {
          rejected++;
        }
      }
    }
    fileCells.finish();
    parts.accept(new CheckedFile(file.file(), rows, diagnostics, rejected, retired, rejectedTasks, file.rows().size()));
  }
}
