package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No control character ever reaches a terminal or a report: terminal escapes (colours, OSC 8 links,
 * the window title), BEL, NUL, C1 controls, a lone carriage return, bidi overrides and line
 * separators in every kind of cell, in a column header, in a file name and in a sheet name come out
 * escaped in validate's four formats, on the terminal and in the report's five formats — and the
 * long ones shortened.
 */
class ControlCharactersTest {
  /** Everything a hostile cell can hold. */
  static final String HOSTILE = "A\u001B[31mĐỎ\u001B[0m\u001B]8;;https://evil.example\u0007link\u001B]8;;\u0007"
      + "\u001B]0;title\u0007\u0000\u009B2J\u202Eđảo\u202C\u2066x\u2069\rghi đè\u2028dòng" + new String(Character.toChars(0xE0041));

  @Test
  void noOutputFormatHoldsAControlCharacter(@TempDir Path dir) throws Exception {
    Path data = Files.createDirectories(dir.resolve("data/2024H1"));
    String h = "\"" + HOSTILE;
    // the result, difficulties and proposals of accepted rows (kept in the report), a column nobody knows, bad values
    String hostileTasks = "period,agency,task,status,progress,result,difficulties,proposals,submitted_on,\"ghi\u001B[1mchú\u202E\"\n"
        + "2024H1,SCT,I.1,ongoing,52," + h + " kết quả\"," + h + " khó khăn\"," + h + " đề xuất\",,x\n"
        + "2024H1,SCT,I.6,done,100," + h + "\"," + h + "\"," + h + "\",,x\n"
        + "2024H1,SCT,\"I.1" + HOSTILE + "\"," + h + "\"," + h + "\",,,," + h + "\",x\n";
    Files.writeString(data.resolve("SCT\u001B[31m-nhiem-vu.csv"), hostileTasks, StandardCharsets.UTF_8);
    Files.writeString(data.resolve("SCT-chi-so.csv"), "period,agency,indicator,sector,entity,numerator,denominator,unit,note\n"
        + "2024H1,SCT,consumption-reduction,textile,\"Công ty " + HOSTILE + "\",1280644.0,2260.5,\"kgOE" + HOSTILE + "\",\""
        + HOSTILE + "\"\n"
        + "2024H1,SCT,spc-models,,,\"" + HOSTILE + "\",,,\n", StandardCharsets.UTF_8);
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(data.resolve("SXD-chi-so.xlsx"))) {
      XSSFSheet sheet = wb.createSheet("chi-so\u202E");
      String[] header = {"period", "agency", "indicator", "sector", "entity", "numerator", "denominator", "note"};
      String[] row = {"2024H1", "SXD", "spc-models", "", "Mô hình " + HOSTILE, "3", "", HOSTILE};
      var top = sheet.createRow(0);
      var r = sheet.createRow(1);
      for (int c = 0; c < header.length; c++) {
        top.createCell(c).setCellValue(header[c]);
        r.createCell(c).setCellValue(row[c]);
      }
      wb.write(out);
    }

    Map<String, Integer> exits = new LinkedHashMap<>();
    Map<String, String> outputs = AllOutputs.of(dir.resolve("data"), "2024H1", dir.resolve("out"), exits);

    outputs.forEach((name, text) -> assertThat(AllOutputs.firstControl(text)).as(name + " holds U+%04X",
        AllOutputs.firstControl(text)).isEqualTo(-1));
    String terminal = outputs.get("validate.text");
    assertThat(terminal).contains("SCT\\u001B[31m-nhiem-vu.csv", "Cột này không thuộc mẫu báo cáo", "\\u202E");
    assertThat(outputs.get("report.md")).contains("\\\\u001B\\[31mĐỎ"); // escaped, then Markdown-escaped
    assertThat(outputs.get("report.html")).contains("\\u001B[31mĐỎ");
    assertThat(outputs.get("report.json")).contains("\\\\u001B[31mĐỎ");
    assertThat(outputs.get("report.docx")).contains("\\u001B[31mĐỎ");
  }
}
