package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sctb.io.csv.TextDecoder;

/**
 * The bundled samples saved as workbooks (numbers as number cells, ISO dates as date cells, as Excel
 * would store them) give the same report as the CSV files: only file names, line numbers (a CSV counts
 * physical lines, a sheet rows; also where a correction names the line it replaces) and the CSV-only
 * encoding warnings differ.
 */
class XlsxReportTest {
  @Test
  void samplesAsWorkbooksGiveTheSameReport(@TempDir Path dir) throws Exception {
    Path samples = CliRun.REPO.resolve("samples");
    Path copy = dir.resolve("samples");
    try (Stream<Path> walk = Files.walk(samples)) {
      for (Path file : walk.filter(p -> p.toString().matches(".*\\.(csv|xlsx)$")).toList()) {
        Path target = copy.resolve(samples.relativize(file).toString().replaceAll("\\.csv$", ".xlsx"));
        Files.createDirectories(target.getParent());
        if (file.toString().endsWith(".csv")) {
          toWorkbook(file, target);
        } else {
          Files.copy(file, target); // already a workbook
        }
      }
    }
    CliRun fromCsv = CliRun.runWithEnv(java.util.Map.of("SCTB_TODAY", "2026-11-25"), "report", "--period", "2025H2",
        "--data", "samples", "--format", "json", "--detail", "full", "-o", "-");
    CliRun fromXlsx = CliRun.runWithEnv(java.util.Map.of("SCTB_TODAY", "2026-11-25"), "report", "--period", "2025H2",
        "--data", copy.toString(), "--format", "json", "--detail", "full", "-o", "-");
    assertThat(fromXlsx.exitCode()).as(fromXlsx.err()).isZero();
    ObjectMapper json = new ObjectMapper();
    // every diagnostic listed (--detail full), to compare them one by one
    ObjectNode want = (ObjectNode) json.readTree(normalise(fromCsv.out(), "samples"));
    // a folder outside the working folder is shown from its own name, never as an absolute path
    ObjectNode got = (ObjectNode) json.readTree(normalise(fromXlsx.out(), copy.getFileName().toString()));
    // a workbook has no text encoding: the CSV's windows-1258 warnings have no counterpart
    ObjectNode quality = (ObjectNode) want.get("diagnostics");
    ArrayNode items = (ArrayNode) quality.get("items");
    int encodings = 0;
    for (int i = items.size() - 1; i >= 0; i--) {
      if (items.get(i).get("code").asText().equals("encoding")) {
        items.remove(i);
        encodings++;
      }
    }
    assertThat(encodings).isPositive();
    quality.put("warnings", quality.get("warnings").asInt() - encodings);
    for (var item : got.get("diagnostics").get("items")) {
      assertThat(item.get("cell").asText()).startsWith("Sheet1!");
      ((ObjectNode) item).remove(List.of("sheet", "cell"));
    }
    // a correction names the line it replaces: a physical line in a CSV, a row in a sheet
    for (ObjectNode report : List.of(want, got)) {
      for (var item : report.get("diagnostics").get("items")) {
        if (item.get("code").asText().equals("corrected-row")) {
          ((ObjectNode) item).remove(List.of("args", "message"));
        }
      }
    }
    assertThat(got.get("indicators")).isEqualTo(want.get("indicators"));
    assertThat(got.get("tasks")).isEqualTo(want.get("tasks"));
    assertThat(got).isEqualTo(want);
    assertThat(fromXlsx.out()).contains(".xlsx");
  }

  private static String normalise(String json, String folder) {
    return json.replace(folder + "/", "DATA/").replace(".xlsx", ".csv").replaceAll("\"line\" : \\d+", "\"line\" : 0")
        .replaceAll("\\.csv:\\d+\"", ".csv:0\"");
  }

  private static void toWorkbook(Path csv, Path target) throws Exception {
    String text = TextDecoder.decode(Files.readAllBytes(csv)).text(); // samples come in several encodings
    String first = text.lines().findFirst().orElse("");
    char delimiter = first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ';' : ',';
    List<CSVRecord> records;
    try (Reader in = new StringReader(text)) {
      records = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(in).getRecords();
    }
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
      XSSFSheet sheet = wb.createSheet("Sheet1");
      for (int r = 0; r < records.size(); r++) {
        Row row = sheet.createRow(r);
        CSVRecord record = records.get(r);
        for (int c = 0; c < record.size(); c++) {
          String v = record.get(c);
          if (v.isEmpty()) {
            continue;
          }
          var cell = row.createCell(c);
          // a ";" file is Vietnamese Excel's: 1.341.513,2 is the number 1341513.2
          String number = delimiter == ';' ? v.replace(".", "").replace(',', '.') : v;
          if (r > 0 && number.matches("-?\\d+(\\.\\d+)?") && !records.get(0).get(c).matches("period|task|entity")) {
            cell.setCellValue(new BigDecimal(number).doubleValue());
          } else if (r > 0 && v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            cell.setCellValue(LocalDate.parse(v));
            cell.setCellStyle(date);
          } else {
            cell.setCellValue(v);
          }
        }
      }
      try (OutputStream out = Files.newOutputStream(target)) {
        wb.write(out);
      }
    }
  }
}
