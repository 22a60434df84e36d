package sctb.core.submission;

import static sctb.core.submission.Column.*;

import java.util.List;
import java.util.Set;

/** The two kinds of submission file, told apart by their header: task progress and indicator data. */
public enum FileKind {
  TASKS("tasks", List.of(PERIOD, AGENCY, TASK, TITLE, STATUS, PROGRESS, RESULT, DIFFICULTIES, PROPOSALS, SPENT_VND,
      SUBMITTED_ON), List.of(PERIOD, AGENCY, TASK, STATUS)),
  INDICATORS("indicators", List.of(PERIOD, AGENCY, INDICATOR, SECTOR, ENTITY, NUMERATOR, DENOMINATOR, UNIT, NOTE),
      List.of(PERIOD, AGENCY, INDICATOR, NUMERATOR));

  private final String id;
  private final List<Column> columns;
  private final List<Column> required;

  FileKind(String id, List<Column> columns, List<Column> required) {
    this.id = id;
    this.columns = columns;
    this.required = required;
  }

  public String id() {
    return id;
  }

  /** Every column of this kind, in the order templates write them. */
  public List<Column> columns() {
    return columns;
  }

  /** The columns a file of this kind must have (cells may still be blank where a rule allows). */
  public List<Column> required() {
    return required;
  }

  /** Task files have a task column, indicator files an indicator column; null when neither or both. */
  public static FileKind of(Set<Column> header) {
    boolean task = header.contains(TASK) || header.contains(STATUS);
    boolean indicator = header.contains(INDICATOR) || header.contains(NUMERATOR);
    if (task == indicator) {
      return null;
    }
    return task ? TASKS : INDICATORS;
  }
}
