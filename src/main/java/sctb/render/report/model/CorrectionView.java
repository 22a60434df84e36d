package sctb.render.report.model;

import java.util.List;
import sctb.core.submission.Correction;

/**
 * A row an agency corrected: the period it is for, the agency, what it is about (a task's id and
 * title; or an indicator's name as {@code title}, with the sector's name and the entity, "" when none), the values that differ, the
 * two rows (file:line and date sent), why the later one counts ({@code later-date}, {@code
 * correction-file}), whether it came since the previous report was due ({@code since_previous}), the
 * previous report's figures it restates, and whether it came after this period's own due date, so that
 * a report made on that date showed the row it replaces ({@code after_due}).
 */
public record CorrectionView(
    String period,
    String agency,
    String agencyId,
    String task,
    String title,
    String sector,
    String entity,
    List<CorrectedValue> values,
    String before,
    String beforeSubmittedOn,
    String after,
    String afterSubmittedOn,
    Correction.Reason reason,
    boolean sincePrevious,
    List<RestatedFigure> restates,
    boolean afterDue) {

  public CorrectionView {
    values = List.copyOf(values);
    restates = List.copyOf(restates);
  }

  /**
   * One value that differs between the two rows: which ({@code field}), and the old and new value as
   * the report writes them (a status as its id; texts are not repeated: both "").
   */
  public record CorrectedValue(CorrectedField field, String before, String after) {}

  /**
   * A figure of the previous report the correction restates: an indicator's or output's name (with its
   * sector), or a task's id ({@code task}) and title; the value published then and the one today's
   * data gives (for a task, its status as an id). {@code finalYear}: the figure is the final verdict on that
   * year's target (published by the report at its end), not the previous report's; "" otherwise.
   */
  public record RestatedFigure(String task, String figure, String published, String now, String finalYear) {}
}
