package sctb.core.validate;

import java.util.List;
import sctb.core.diag.CappedDiagnostics;
import sctb.core.diag.Location;
import sctb.core.period.Period;
import sctb.core.submission.FileKind;
import sctb.core.submission.IndicatorRow;
import sctb.core.submission.SubmittedRow;
import sctb.core.submission.TaskRow;

/**
 * One file after the rules that need only the row itself (done in parallel, one file per worker):
 * the rows that passed, in line order, its diagnostics so far (capped), and how many rows were
 * rejected. Duplicates and outliers, which look across files, come after ({@link ValidationRun}).
 */
public record CheckedFile(String file, List<Candidate> rows, CappedDiagnostics diagnostics, int rejected) {

  /**
   * A row that passed its own rules, a task row or an indicator row, with its duplicate key (checked
   * across files) as a fingerprint and where the key's cell is — computed here, on the worker threads.
   */
  public sealed interface Candidate permits TaskCandidate, IndicatorCandidate {
    SubmittedRow row();

    FileKind kind();

    long fingerprint();

    Location keyAt();

    /** The duplicate key as shown in messages. */
    String key();

    default Period period() {
      return row().period();
    }

    default int line() {
      return row().at().line();
    }
  }

  /** A task row; its duplicate key is period, agency, task. */
  public record TaskCandidate(TaskRow row, long fingerprint, Location keyAt) implements Candidate {

    static TaskCandidate of(TaskRow row, Location keyAt) {
      return new TaskCandidate(row, Fingerprints.of("tasks", row.period().toString(), row.agency(), row.task()), keyAt);
    }

    @Override
    public FileKind kind() {
      return FileKind.TASKS;
    }

    @Override
    public String key() {
      return (row.period() + " " + row.agency() + " " + row.task()).strip();
    }
  }

  /**
   * An indicator row; its duplicate key is period, indicator, sector and entity as matched
   * ({@code entityKey}). An aggregate row (blank entity) stands for the rest of its agency's
   * population, so its agency is part of the key: two agencies' aggregates are two populations, not
   * one row sent twice. {@code numeratorAt} and {@code point} are what the outlier rule needs of it
   * ({@code point} null when the rule does not apply).
   */
  public record IndicatorCandidate(IndicatorRow row, long fingerprint, Location keyAt, Location numeratorAt, String entityKey,
      Outliers.Point point) implements Candidate {

    static IndicatorCandidate of(IndicatorRow row, String entityKey, Location keyAt, Location numeratorAt, Outliers.Point point) {
      long fingerprint = Fingerprints.of("indicators", row.period().toString(), row.indicator(), row.sector(), entityKey,
          entityKey.isEmpty() ? row.agency() : "");
      return new IndicatorCandidate(row, fingerprint, keyAt, numeratorAt, entityKey, point);
    }

    @Override
    public FileKind kind() {
      return FileKind.INDICATORS;
    }

    @Override
    public String key() {
      return (row.period() + " " + row.indicator() + " " + row.sector() + " "
          + (entityKey.isEmpty() ? row.agency() : entityKey)).strip();
    }
  }
}
