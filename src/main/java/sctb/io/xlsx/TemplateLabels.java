package sctb.io.xlsx;

import java.util.List;
import java.util.Map;
import sctb.core.submission.Column;
import sctb.core.submission.Status;

/**
 * How the workbook template lays out what agencies see: column widths and the status labels of the
 * drop-down (the headers themselves are {@link Column#header()}).
 */
public final class TemplateLabels {
  private TemplateLabels() {}

  /** Column widths in characters. */
  static final Map<Column, Integer> WIDTHS = Map.ofEntries(
      Map.entry(Column.PERIOD, 12), Map.entry(Column.AGENCY, 10), Map.entry(Column.TASK, 13),
      Map.entry(Column.TITLE, 45), Map.entry(Column.STATUS, 18), Map.entry(Column.PROGRESS, 12),
      Map.entry(Column.RESULT, 45), Map.entry(Column.DIFFICULTIES, 32), Map.entry(Column.PROPOSALS, 32),
      Map.entry(Column.SPENT_VND, 18), Map.entry(Column.SUBMITTED_ON, 14), Map.entry(Column.INDICATOR, 45),
      Map.entry(Column.SECTOR, 18), Map.entry(Column.ENTITY, 30), Map.entry(Column.NUMERATOR, 16),
      Map.entry(Column.DENOMINATOR, 16), Map.entry(Column.UNIT, 22), Map.entry(Column.NOTE, 35),
      Map.entry(Column.ENTITY_ID, 16), Map.entry(Column.KIND, 14), Map.entry(Column.NAME, 40),
      Map.entry(Column.OTHER_NAMES, 40), Map.entry(Column.DISTRICT, 18), Map.entry(Column.COMMUNE, 18),
      Map.entry(Column.OPENED_ON, 14), Map.entry(Column.CLOSED_ON, 14));

  /** The drop-down's labels, in the order of {@link Status}: each is read back as that status. */
  public static final List<String> STATUSES = List.of("chưa triển khai", "đang triển khai", "hoàn thành", "thường xuyên",
      "chậm tiến độ");
}
