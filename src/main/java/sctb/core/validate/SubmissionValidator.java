package sctb.core.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import sctb.core.diag.Caps;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Diagnostics;
import sctb.core.diag.Location;
import sctb.core.plan.Plan;
import sctb.core.submission.Column;
import sctb.core.submission.FileKind;
import sctb.core.submission.IndicatorRow;
import sctb.core.submission.RawFile;
import sctb.core.submission.RawRow;
import sctb.core.submission.Submissions;
import sctb.core.submission.TaskRow;
import sctb.core.text.Fold;

/**
 * Applies the plan's rules to parsed submission files: every row is checked (one bad row never hides
 * another), rows with an error are left out and counted, warnings keep the row; then duplicates and
 * outliers across all files. Pure: the same files give the same result.
 */
public final class SubmissionValidator {
  private SubmissionValidator() {}

  public static Submissions validate(Plan plan, List<RawFile> files, ValidateOptions options) {
    Lookup lookup = new Lookup(plan);
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<TaskRow> tasks = new ArrayList<>();
    List<IndicatorRow> indicators = new ArrayList<>();
    List<Outliers.Measured> measured = new ArrayList<>();
    Map<String, Location> seen = new HashMap<>();
    int rejected = 0;
    for (RawFile file : files) {
      diagnostics.addAll(file.diagnostics());
      if (!file.rowsUsable()) {
        rejected += file.rows().size();
        continue;
      }
      for (RawRow row : file.rows()) {
        Cells cells = new Cells(row, lookup, options, file.decimals());
        boolean accepted;
        if (file.kind() == FileKind.TASKS) {
          Optional<TaskRow> r = TaskRowRules.check(cells, lookup);
          accepted = r.isPresent() && unique(cells, seen, Column.TASK, "tasks",
              r.get().period() + " " + r.get().agency() + " " + r.get().task());
          if (accepted) {
            tasks.add(r.get());
          }
        } else {
          Optional<IndicatorRow> r = IndicatorRowRules.check(cells, lookup);
          accepted = r.isPresent() && unique(cells, seen, Column.ENTITY, "indicators",
              r.get().period() + " " + r.get().indicator() + " " + r.get().sector() + " " + Fold.key(r.get().entity()));
          if (accepted) {
            indicators.add(r.get());
            measured.add(new Outliers.Measured(r.get(), row.at(Column.NUMERATOR)));
          }
        }
        diagnostics.addAll(cells.found());
        if (!accepted) {
          rejected++;
        }
      }
    }
    diagnostics.addAll(Outliers.find(measured, plan.progress().outlierFactor(), lookup));
    diagnostics.sort(Diagnostics.ORDER);
    List<Diagnostic> capped = Caps.perFileAndCode(diagnostics, options.capPerCode());
    return new Submissions(files.stream().map(RawFile::file).toList(), tasks, indicators, capped, rejected);
  }

  /** False (with {@code duplicate-row} naming the first line) when the key was seen before. */
  private static boolean unique(Cells cells, Map<String, Location> seen, Column column, String kind, String key) {
    Location first = seen.putIfAbsent(kind + "|" + key, cells.row().at());
    if (first == null) {
      return true;
    }
    cells.add(Diagnostic.of(Code.DUPLICATE_ROW, cells.row().at(column), key.strip(), kind,
        Integer.toString(first.line()), first.file()));
    return false;
  }
}
