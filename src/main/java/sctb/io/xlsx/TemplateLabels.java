package sctb.io.xlsx;

import java.util.List;
import java.util.Map;
import sctb.core.submission.Column;
import sctb.core.submission.Status;

/**
 * What the workbook template shows agencies: a Vietnamese header for each column (each one an accepted
 * spelling of the column, so the file reads back without renaming) and the status labels of the drop-down.
 */
public final class TemplateLabels {
  private TemplateLabels() {}

  public static final Map<Column, String> HEADERS = Map.ofEntries(
      Map.entry(Column.PERIOD, "Kỳ báo cáo"),
      Map.entry(Column.AGENCY, "Đơn vị"),
      Map.entry(Column.TASK, "Mã nhiệm vụ"),
      Map.entry(Column.TITLE, "Tên nhiệm vụ"),
      Map.entry(Column.STATUS, "Trạng thái"),
      Map.entry(Column.PROGRESS, "Tiến độ (%)"),
      Map.entry(Column.RESULT, "Kết quả"),
      Map.entry(Column.DIFFICULTIES, "Khó khăn, vướng mắc"),
      Map.entry(Column.PROPOSALS, "Kiến nghị, đề xuất"),
      Map.entry(Column.SPENT_VND, "Kinh phí (đồng)"),
      Map.entry(Column.SUBMITTED_ON, "Ngày báo cáo"),
      Map.entry(Column.INDICATOR, "Chỉ tiêu"),
      Map.entry(Column.SECTOR, "Ngành"),
      Map.entry(Column.ENTITY, "Cơ sở"),
      Map.entry(Column.NUMERATOR, "Tử số"),
      Map.entry(Column.DENOMINATOR, "Mẫu số"),
      Map.entry(Column.UNIT, "Đơn vị tính"),
      Map.entry(Column.NOTE, "Ghi chú"),
      Map.entry(Column.ENTITY_ID, "Mã cơ sở"),
      Map.entry(Column.KIND, "Loại"),
      Map.entry(Column.NAME, "Tên chính thức"),
      Map.entry(Column.OTHER_NAMES, "Tên khác"),
      Map.entry(Column.DISTRICT, "Huyện (cũ)"),
      Map.entry(Column.COMMUNE, "Xã, phường"),
      Map.entry(Column.OPENED_ON, "Ngày hoạt động"),
      Map.entry(Column.CLOSED_ON, "Ngày dừng hoạt động"));

  /** Column widths in characters. */
  static final Map<Column, Integer> WIDTHS = Map.ofEntries(
      Map.entry(Column.PERIOD, 12), Map.entry(Column.AGENCY, 10), Map.entry(Column.TASK, 13),
      Map.entry(Column.TITLE, 60), Map.entry(Column.STATUS, 18), Map.entry(Column.PROGRESS, 12),
      Map.entry(Column.RESULT, 45), Map.entry(Column.DIFFICULTIES, 35), Map.entry(Column.PROPOSALS, 35),
      Map.entry(Column.SPENT_VND, 18), Map.entry(Column.SUBMITTED_ON, 14), Map.entry(Column.INDICATOR, 30),
      Map.entry(Column.SECTOR, 18), Map.entry(Column.ENTITY, 30), Map.entry(Column.NUMERATOR, 16),
      Map.entry(Column.DENOMINATOR, 16), Map.entry(Column.UNIT, 22), Map.entry(Column.NOTE, 35),
      Map.entry(Column.ENTITY_ID, 16), Map.entry(Column.KIND, 14), Map.entry(Column.NAME, 40),
      Map.entry(Column.OTHER_NAMES, 40), Map.entry(Column.DISTRICT, 18), Map.entry(Column.COMMUNE, 18),
      Map.entry(Column.OPENED_ON, 14), Map.entry(Column.CLOSED_ON, 14));

  /** The drop-down's labels, in the order of {@link Status}: each is read back as that status. */
  public static final List<String> STATUSES = List.of("chưa triển khai", "đang triển khai", "hoàn thành", "thường xuyên",
      "chậm tiến độ");
}
