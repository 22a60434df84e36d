package sctb.core.validate;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import sctb.core.diag.CappedDiagnostics;
import sctb.core.diag.Location;
import sctb.core.period.Period;
import sctb.core.submission.Column;
import sctb.core.submission.FileKind;
import sctb.core.submission.IndicatorRow;
import sctb.core.submission.RawRow;
import sctb.core.submission.SubmittedRow;
import sctb.core.submission.TaskRow;

/**
 * One file after the rules that need only the row itself (done in parallel, one file per worker):
 * the rows that passed, in line order, its diagnostics so far (capped), and how many rows were
 * rejected (with the task each rejected task row names, when it names one), how many were set aside as rows of an
 * indicator retired in their period (neither used nor rejected), and how many rows the whole
 * file holds (all its parts together, when it is handed over in parts: what its keys' table may need room
 * for). Duplicates, corrections, outliers and populations, which look across files, come after
 * ({@link ValidationRun}).
 */
public record CheckedFile(String file, List<Candidate> rows, CappedDiagnostics diagnostics, int rejected,
    int retired, List<RejectedTask> rejectedTasks, int fileRows) {

  /** A task row rejected for its errors, and the plan task its task cell names. */
  public record RejectedTask(Location at, String task) {}

  /**
   * A row that passed its own rules, a task row or an indicator row, with its duplicate key (checked
   * across files) as a fingerprint, where the key's cell is and whether its file is a correction file
   * — computed here, on the worker threads.
   */
  public sealed interface Candidate permits TaskCandidate, IndicatorCandidate {
    SubmittedRow row();

    FileKind kind();

    long fingerprint();

    Location keyAt();

    boolean correctionFile();

    /** The duplicate key as shown in messages. */
    String key();

    /** What the row is about, as messages and corrections name it: a task id; an indicator, its sector and entity. */
    String subject();

    default Period period() {
      return row().period();
    }

    default int line() {
      return row().at().line();
    }

    default Location at() {
      return row().at();
    }

    default LocalDate submittedOn() {
      return row().submittedOn();
    }
  }

  /** A task row; its duplicate key is period, agency, task. */
  public record TaskCandidate(TaskRow row, long fingerprint, Location keyAt, boolean correctionFile) implements Candidate {

    static TaskCandidate of(TaskRow row, Location keyAt, boolean correctionFile) {
      return new TaskCandidate(row, Fingerprints.of("tasks", row.period().toString(), row.agency(), row.task()), keyAt,
          correctionFile);
    }

    @Override
    public FileKind kind() {
      return FileKind.TASKS;
    }

    @Override
    public String key() {
      return joined(" ", row.period().toString(), row.agency(), row.task());
    }

    @Override
    public String subject() {
      return row.task();
    }
  }

  /**
   * An indicator row; its duplicate key is period, indicator, sector and entity as matched
   * ({@link IndicatorRow#entityKey}). An aggregate row (blank entity) stands for the rest of its
   * agency's population, so its agency is part of the key: two agencies' aggregates are two
   * populations, not one row sent twice. {@code point} is what the outlier rule needs of it (null
   * when the rule does not apply); {@code remainder} says an aggregate row's note calls it the rest of
   * a population ("còn lại"); {@code cells} where its file's columns are, for the places of
   * {@link #keyAt} and {@link #numeratorAt}, made only when a message needs them.
   */
  public record IndicatorCandidate(IndicatorRow row, long fingerprint, RawRow.Layout cells, Outliers.Point point,
      boolean correctionFile, boolean remainder) implements Candidate {

    static IndicatorCandidate of(IndicatorRow row, RawRow.Layout cells, Outliers.Point point, boolean correctionFile) {
      long fingerprint = Fingerprints.of("indicators", row.period().toString(), row.indicator(), row.sector(),
          row.entityKey(), row.aggregate() ? row.agency() : "");
      return new IndicatorCandidate(row, fingerprint, cells, point, correctionFile,
          row.aggregate() && AggregateRows.remainder(row.note()));
    }

    /** The entity's cell: where the key is. */
    @Override
    public Location keyAt() {
      return cells.at(row.at().file(), row.at().line(), Column.ENTITY);
    }

    /** The numerator's cell. */
    public Location numeratorAt() {
      return cells.at(row.at().file(), row.at().line(), Column.NUMERATOR);
    }

    @Override
    public FileKind kind() {
      return FileKind.INDICATORS;
    }

    @Override
    public String key() {
      return joined(" ", row.period().toString(), row.indicator(), row.sector(),
          row.aggregate() ? row.agency() : shownEntity());
    }

    @Override
    public String subject() {
      return joined(" / ", row.indicator(), row.sector(), row.aggregate() ? "" : shownEntity());
    }

    private String shownEntity() {
      return row.entity().isBlank() ? row.entityId() : row.entity().strip();
    }
  }

  private static String joined(String separator, String... parts) {
    return String.join(separator, Stream.of(parts).filter(s -> !s.isBlank()).toList());
  }
}
