package sctb.core.validate;

import java.time.LocalDate;
import java.util.List;
import sctb.core.diag.CappedDiagnostics;
import sctb.core.diag.Location;
import sctb.core.period.Period;
import sctb.core.submission.IndicatorRow;
import sctb.core.submission.TaskRow;

/**
 * One file after the rules that need only the row itself (done in parallel, one file per worker):
 * the rows that passed, in line order, its diagnostics so far (capped), and how many rows were
 * rejected. Duplicates, corrections, outliers and populations, which look across files, come after
 * ({@link ValidationRun}).
 */
public record CheckedFile(String file, List<Candidate> rows, CappedDiagnostics diagnostics, int rejected) {

  /**
   * A row that passed its own rules: a task or an indicator row, its duplicate key (checked across
   * files) and that key's fingerprint, where the key's cell is, where its numerator is (for
   * outliers), what the outlier rule needs of it (null when the rule does not apply), whether its
   * file is a correction file, and, for an aggregate row, whether its note says it is the rest of a
   * population ("còn lại") — computed here, on the worker threads.
   */
  public record Candidate(TaskRow task, IndicatorRow indicator, long fingerprint, Location keyAt,
      Location numeratorAt, Outliers.Point point, boolean correctionFile, boolean remainder) {

    /** A task row's duplicate key: period, agency, task. */
    static long fingerprint(TaskRow t) {
      return Fingerprints.of("tasks", t.period().toString(), t.agency(), t.task());
    }

    /**
     * An indicator row's duplicate key: period, indicator, sector, entity (as matched). An aggregate
     * row (blank entity) stands for the rest of its agency's population, so its agency is part of the
     * key: two agencies' aggregates are two populations, not one row sent twice.
     */
    static long fingerprint(IndicatorRow i) {
      return Fingerprints.of("indicators", i.period().toString(), i.indicator(), i.sector(), i.entityKey(),
          i.aggregate() ? i.agency() : "");
    }

    /** The duplicate key as shown in messages. */
    public String key() {
      java.util.stream.Stream<String> parts = task != null ? java.util.stream.Stream.of(task.period().toString(), task.agency(),
          task.task()) : java.util.stream.Stream.of(indicator.period().toString(), indicator.indicator(), indicator.sector(),
          indicator.aggregate() ? indicator.agency() : shownEntity());
      return String.join(" ", parts.filter(s -> !s.isBlank()).toList());
    }

    /** What the row is about, as messages and corrections name it: a task id; an indicator, its sector and entity. */
    public String subject() {
      if (task != null) {
        return task.task();
      }
      String entity = indicator.aggregate() ? "" : shownEntity();
      return String.join(" / ", java.util.stream.Stream.of(indicator.indicator(), indicator.sector(), entity)
          .filter(s -> !s.isBlank()).toList());
    }

    private String shownEntity() {
      return indicator.entity().isBlank() ? indicator.entityId() : indicator.entity().strip();
    }

    public Period period() {
      return task != null ? task.period() : indicator.period();
    }

    public int line() {
      return task != null ? task.at().line() : indicator.at().line();
    }

    public Location at() {
      return task != null ? task.at() : indicator.at();
    }

    public LocalDate submittedOn() {
      return task != null ? task.submittedOn() : indicator.submittedOn();
    }
  }
}
