package sctb.core.validate;

import java.util.List;
import sctb.core.diag.CappedDiagnostics;
import sctb.core.diag.Location;
import sctb.core.submission.IndicatorRow;
import sctb.core.submission.TaskRow;

/**
 * One file after the rules that need only the row itself (done in parallel, one file per worker):
 * the rows that passed, in line order, its diagnostics so far (capped), and how many rows were
 * rejected. Duplicates and outliers, which look across files, come after ({@link ValidationRun}).
 */
public record CheckedFile(String file, List<Candidate> rows, CappedDiagnostics diagnostics, int rejected) {

  /**
   * A row that passed its own rules: a task or an indicator row, its duplicate key (checked across
   * files) and that key's fingerprint, where the key's cell is, where its numerator is (for
   * outliers), the matching key of its entity, and what the outlier rule needs of it (null when the
   * rule does not apply) — computed here, on the worker threads.
   */
  public record Candidate(TaskRow task, IndicatorRow indicator, long fingerprint, Location keyAt,
      Location numeratorAt, String entityKey, Outliers.Point point) {

    /** A task row's duplicate key: period, agency, task. */
    static long fingerprint(TaskRow t) {
      return Fingerprints.of("tasks", t.period().toString(), t.agency(), t.task());
    }

    /**
     * An indicator row's duplicate key: period, indicator, sector, entity (as matched). An aggregate
     * row (blank entity) stands for the rest of its agency's population, so its agency is part of the
     * key: two agencies' aggregates are two populations, not one row sent twice.
     */
    static long fingerprint(IndicatorRow i, String entityKey) {
      return Fingerprints.of("indicators", i.period().toString(), i.indicator(), i.sector(), entityKey,
          entityKey.isEmpty() ? i.agency() : "");
    }

    /** The duplicate key as shown in messages. */
    public String key() {
      String key = task != null ? task.period() + " " + task.agency() + " " + task.task()
          : indicator.period() + " " + indicator.indicator() + " " + indicator.sector() + " "
              + (entityKey.isEmpty() ? indicator.agency() : entityKey);
      return key.strip();
    }

    public sctb.core.period.Period period() {
      return task != null ? task.period() : indicator.period();
    }

    public int line() {
      return task != null ? task.at().line() : indicator.at().line();
    }
  }
}
