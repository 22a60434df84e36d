package sctb.core.submission;

import static sctb.core.submission.Column.*;

import java.util.List;
import java.util.Set;

/**
 * The kinds of table sctb reads, told apart by their header: the two kinds of submission file, task
 * progress and indicator data, and the register of who is counted.
 */
public enum FileKind {
  TASKS("tasks", List.of(PERIOD, AGENCY, TASK, TITLE, STATUS, PROGRESS, RESULT, DIFFICULTIES, PROPOSALS, SPENT_VND,
      SUBMITTED_ON), List.of(PERIOD, AGENCY, TASK, STATUS)),
  INDICATORS("indicators", List.of(PERIOD, AGENCY, INDICATOR, SECTOR, ENTITY_ID, ENTITY, NUMERATOR, DENOMINATOR, UNIT,
      NOTE, SUBMITTED_ON), List.of(PERIOD, AGENCY, INDICATOR, NUMERATOR)),
  REGISTER("register", List.of(ENTITY_ID, KIND, SECTOR, NAME, OTHER_NAMES, DISTRICT, COMMUNE, OPENED_ON, CLOSED_ON, NOTE),
      List.of(ENTITY_ID, KIND, NAME));

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

  /**
   * Task files have a task column, indicator files an indicator column, a register a kind or name
   * column and neither of the others; null when it is none of them or more than one.
   */
  public static FileKind of(Set<Column> header) {
    boolean task = header.contains(TASK) || header.contains(STATUS);
    boolean indicator = header.contains(INDICATOR) || header.contains(NUMERATOR);
    boolean register = !task && !indicator && (header.contains(KIND) || header.contains(NAME));
    if (task == indicator) {
      return register ? REGISTER : null;
    }
    return task ? TASKS : INDICATORS;
  }
}
