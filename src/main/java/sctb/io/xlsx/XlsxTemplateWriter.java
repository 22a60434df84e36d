package sctb.io.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import sctb.core.submission.Column;
import sctb.core.submission.FileKind;
import sctb.core.text.DayMonthYear;

/**
 * Writes the workbook an agency fills in ({@code sctb template --format xlsx}): the data sheet (named
 * after the kind, so the reader picks it), with bold frozen Vietnamese headers, prefilled rows, a status
 * drop-down, number checks on progress (0–100) and amounts (≥ 0), a date check on the date, and a
 * second sheet "Hướng dẫn" with the instructions. Both print as a clerk expects: A4, fitted to the
 * page's width (the data sheet landscape, its header row on every page), gridlines and page numbers.
 * Byte-identical for the same input: the document's dates are {@code fixed} and every zip entry
 * carries that date too.
 */
public final class XlsxTemplateWriter {
  /** Rows below the header that carry the drop-down and checks: the prefilled ones and room to add. */
  static final int CHECKED_ROWS = 500;

  private XlsxTemplateWriter() {}

  /**
   * {@code rows}: the header (canonical ids) then the prefilled rows; {@code guide}: the instruction lines;
   * {@code fixed}: the period's due date, the workbook's date and the anchor of the date check.
   */
  public static byte[] write(FileKind kind, List<List<String>> rows, List<List<String>> guide, LocalDate fixed) {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Date when = Date.from(fixed.atStartOfDay().toInstant(ZoneOffset.UTC));
      wb.getProperties().getCoreProperties().setCreated(Optional.of(when));
      wb.getProperties().getCoreProperties().setModified(Optional.of(when));
      wb.getProperties().getCoreProperties().setCreator("sctb");
      wb.getProperties().getCoreProperties().setTitle(rows.size() > 1 ? String.join(" ", rows.get(1).subList(0, 2)) : "sctb");
      XSSFSheet data = wb.createSheet(switch (kind) {
        case TASKS -> "nhiem-vu";
        case INDICATORS -> "chi-so";
        case REGISTER -> "co-so";
      });
      List<Column> columns = kind.columns();
      Styles styles = new Styles(wb);
      Row header = data.createRow(0);
      for (int c = 0; c < columns.size(); c++) {
        Column column = columns.get(c);
        var cell = header.createCell(c);
        cell.setCellValue(column.header());
        cell.setCellStyle(styles.header);
        data.setColumnWidth(c, TemplateLabels.WIDTHS.get(column) * 256);
        data.setDefaultColumnStyle(c, styleFor(column, styles));
      }
      for (int r = 1; r < rows.size(); r++) {
        Row row = data.createRow(r);
        List<String> values = rows.get(r);
        for (int c = 0; c < columns.size(); c++) {
          var cell = row.createCell(c);
          cell.setCellStyle(styleFor(columns.get(c), styles));
          String v = c < values.size() ? values.get(c) : "";
          if (v != null && !v.isEmpty()) {
            cell.setCellValue(v); // text: ids such as "2025H2" or "I.2" must stay text
          }
        }
      }
      // The header stays in view; in a task sheet so do the columns naming the task (period, agency, id).
      data.createFreezePane(kind == FileKind.TASKS ? columns.indexOf(Column.TASK) + 1 : 0, 1);
      printLayout(data, true);
      data.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
      validations(data, columns, fixed);
      XSSFSheet instructions = wb.createSheet("Hướng dẫn");
      guide(instructions, guide, styles);
      printLayout(instructions, false);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return fixEntryTimes(out.toByteArray(), fixed);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A4, as wide as one page (as many pages down as it takes), gridlines and "Trang 1 / 3" printed. */
  private static void printLayout(XSSFSheet sheet, boolean landscape) {
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setLandscape(landscape);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setPrintGridlines(true);
    sheet.setMargin(PageMargin.LEFT, 0.4);
    sheet.setMargin(PageMargin.RIGHT, 0.4);
    sheet.setMargin(PageMargin.TOP, 0.6);
    sheet.setMargin(PageMargin.BOTTOM, 0.6);
    sheet.getFooter().setCenter("Trang &P / &N");
  }

  private static CellStyle styleFor(Column column, Styles styles) {
    return switch (column) {
      case TITLE, RESULT, DIFFICULTIES, PROPOSALS, NOTE, ENTITY, INDICATOR, NAME, OTHER_NAMES -> styles.wrapped;
      case PROGRESS, NUMERATOR, DENOMINATOR -> styles.number;
      case SPENT_VND -> styles.amount;
      case SUBMITTED_ON, OPENED_ON, CLOSED_ON -> styles.date;
      default -> styles.text;
    };
  }

  private static void validations(XSSFSheet sheet, List<Column> columns, LocalDate due) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    for (int c = 0; c < columns.size(); c++) {
      CellRangeAddressList range = new CellRangeAddressList(1, CHECKED_ROWS, c, c);
      DataValidationConstraint constraint;
      String title;
      String message;
      switch (columns.get(c)) {
        case STATUS -> {
          constraint = helper.createExplicitListConstraint(TemplateLabels.STATUSES.toArray(new String[0]));
          title = "Trạng thái";
          message = "Chọn một trạng thái trong danh sách.";
        }
        case PROGRESS -> {
          constraint = helper.createDecimalConstraint(OperatorType.BETWEEN, "0", "100");
          title = "Tiến độ (%)";
          message = "Nhập số từ 0 đến 100 (phần trăm khối lượng đã thực hiện).";
        }
        case SPENT_VND, NUMERATOR, DENOMINATOR -> {
          constraint = helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
          title = "Số";
          message = "Nhập một số không âm.";
        }
        case SUBMITTED_ON -> {
          // Around the period's due date, not a plan's years: a typo (2205, 1925) is stopped, a late report or a
          // correction years later is not, whatever plan the template is for.
          constraint = helper.createDateConstraint(OperatorType.BETWEEN, "DATE(" + (due.getYear() - 1) + ",1,1)",
              "DATE(" + (due.getYear() + 10) + ",12,31)", "dd/mm/yyyy");
          title = "Ngày báo cáo";
          message = "Nhập ngày dạng ngày/tháng/năm, ví dụ " + DayMonthYear.of(due) + ".";
        }
        case OPENED_ON, CLOSED_ON -> {
          constraint = helper.createDateConstraint(OperatorType.BETWEEN, "DATE(1900,1,1)", "DATE(2100,12,31)", "dd/mm/yyyy");
          title = "Ngày";
          message = "Nhập ngày dạng ngày/tháng/năm, ví dụ 01/01/2024; để trống nếu không rõ hoặc còn hoạt động.";
        }
        default -> {
          continue;
        }
      }
      DataValidation v = helper.createValidation(constraint, range);
      v.setShowErrorBox(true);
      v.setErrorStyle(DataValidation.ErrorStyle.STOP);
      v.createErrorBox(title, message);
      v.setShowPromptBox(true);
      v.createPromptBox(title, message);
      if (columns.get(c) == Column.STATUS) {
        v.setSuppressDropDownArrow(true); // for XSSF, true shows the arrow
      }
      sheet.addValidationData(v);
    }
  }

  private static void guide(XSSFSheet sheet, List<List<String>> lines, Styles styles) {
    sheet.setColumnWidth(0, 28 * 256);
    sheet.setColumnWidth(1, 100 * 256);
    for (int r = 0; r < lines.size(); r++) {
      Row row = sheet.createRow(r);
      List<String> line = lines.get(r);
      for (int c = 0; c < line.size(); c++) {
        var cell = row.createCell(c);
        cell.setCellValue(line.get(c));
        cell.setCellStyle(r == 0 || (line.size() == 1 && c == 0 && r > 0 && lines.get(r - 1).isEmpty())
            ? styles.bold : styles.wrapped);
      }
    }
  }

  /**
   * POI stamps each zip entry with the time of writing; rewrite them with the fixed date. XmlBeans ends
   * an XML declaration with a character of the platform's line separator (CR on Windows): LF, as on
   * Linux, so that every platform writes the same bytes.
   */
  private static byte[] fixEntryTimes(byte[] zip, LocalDate fixed) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(fixed.atStartOfDay()); // local fields, not an instant: the same bytes in every time zone
        z.putNextEntry(copy);
        z.write(lfAfterDeclaration(in.readAllBytes()));
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static byte[] lfAfterDeclaration(byte[] part) {
    String head = new String(part, 0, Math.min(part.length, 200), StandardCharsets.ISO_8859_1);
    int end = head.startsWith("<?xml") ? head.indexOf("?>") + 2 : -1;
    if (end < 2 || !head.startsWith("\r", end)) {
      return part;
    }
    int rest = head.startsWith("\r\n", end) ? end + 2 : end + 1;
    ByteArrayOutputStream lf = new ByteArrayOutputStream(part.length);
    lf.write(part, 0, end);
    lf.write('\n');
    lf.write(part, rest, part.length - rest);
    return lf.toByteArray();
  }

  /** The few cell styles the template uses. */
  private static final class Styles {
    final CellStyle header;
    final CellStyle bold;
    final CellStyle text;
    final CellStyle wrapped;
    final CellStyle number;
    final CellStyle amount;
    final CellStyle date;

    Styles(XSSFWorkbook wb) {
      Font boldFont = wb.createFont();
      boldFont.setBold(true);
      var format = wb.createDataFormat();
      header = wb.createCellStyle();
      header.setFont(boldFont);
      header.setWrapText(true);
      header.setVerticalAlignment(VerticalAlignment.CENTER);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      header.setBorderBottom(BorderStyle.THIN);
      bold = wb.createCellStyle();
      bold.setFont(boldFont);
      text = wb.createCellStyle();
      text.setDataFormat(format.getFormat("@"));
      text.setVerticalAlignment(VerticalAlignment.TOP);
      wrapped = wb.createCellStyle();
      wrapped.setDataFormat(format.getFormat("@"));
      wrapped.setWrapText(true);
      wrapped.setVerticalAlignment(VerticalAlignment.TOP);
      number = wb.createCellStyle();
      number.setDataFormat(format.getFormat("General"));
      number.setVerticalAlignment(VerticalAlignment.TOP);
      amount = wb.createCellStyle();
      amount.setDataFormat(format.getFormat("#,##0"));
      amount.setVerticalAlignment(VerticalAlignment.TOP);
      date = wb.createCellStyle();
      date.setDataFormat(format.getFormat("dd/mm/yyyy"));
      date.setVerticalAlignment(VerticalAlignment.TOP);
    }
  }
}
