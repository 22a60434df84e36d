package sctb.io.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sctb.core.diag.Diagnostic;
import sctb.core.plan.Plan;
import sctb.core.plan.Workspace;
import sctb.core.register.EntityKind;
import sctb.core.register.Register;
import sctb.core.register.RegisterEntry;

/** The register, read from CSV or a workbook the same way, its rows checked, and where plan.yaml says it is. */
class RegisterReaderTest {
  static final String CSV = """
      Mã cơ sở;Loại;Ngành;Tên chính thức;Tên khác;Huyện (cũ);Xã, phường;Ngày hoạt động;Ngày dừng hoạt động;Ghi chú
      2800000001;cơ sở sản xuất;Xi măng;Công ty CP Xi măng A;"Cty Xi măng A; Xi măng A cũ";Nga Sơn;xã Nga An;01/03/2015;;
      2800000001;cơ sở sản xuất;cement;Công ty CP Xi măng B;;;;;;
      2800000003;nhà hàng;;Nhà hàng C;;;;;;
      280000004;siêu thị, TTTM;;Siêu thị D;;;;;;
      2800000005-001;siêu thị;;Siêu thị E;;;;01/01/2024;01/01/2023;
      KCN-01;khu, cụm, làng nghề;;KCN Tây;;;;;;
      KCN-02;KCN;;Khu công nghiệp Tây;;;;;;
      2800000006;cơ sở sản xuất;bánh kẹo;Công ty F;;;;;;
      """;

  @Test
  void rowsAreCheckedAndEveryProblemIsLocated(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("co-so.csv");
    Files.writeString(file, CSV, StandardCharsets.UTF_8);
    Register r = RegisterReader.read(Check.PLAN, file);
    assertThat(r.present()).isTrue();
    assertThat(r.entries()).extracting(RegisterEntry::id).containsExactly("2800000001", "280000004", "KCN-01", "KCN-02");
    RegisterEntry a = r.entries().get(0);
    assertThat(a.kind()).isEqualTo(EntityKind.ESTABLISHMENT);
    assertThat(a.sector()).isEqualTo("cement");
    assertThat(a.otherNames()).containsExactly("Cty Xi măng A", "Xi măng A cũ");
    assertThat(a.openedOn()).isEqualTo(LocalDate.of(2015, 3, 1));
    assertThat(r.entries().get(2).kind()).isEqualTo(EntityKind.ZONE);
    assertThat(r.diagnostics()).extracting(d -> d.code().id() + " " + d.location().line() + " " + d.location().columnName())
        .containsExactly(
            "register-duplicate-id 3 Mã cơ sở",
            "register-unknown-kind 4 Loại",
            "register-tax-code 5 Mã cơ sở",
            "register-dates 6 Ngày dừng hoạt động",
            "register-name-clash 8 Tên chính thức",
            "unknown-sector 9 Ngành");
    Diagnostic clash = r.diagnostics().get(4);
    assertThat(clash.args()).containsExactly("KCN-01", "KCN Tây", "7");
  }

  @Test
  void aWorkbookReadsTheSame(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("co-so.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      XSSFSheet sheet = wb.createSheet("Sổ đăng ký");
      sheet.createRow(0).createCell(0).setCellValue("SỔ ĐĂNG KÝ CƠ SỞ"); // a title row above the header
      var records = CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(CSV)).getRecords();
      for (int i = 0; i < records.size(); i++) {
        XSSFRow row = sheet.createRow(i + 2);
        for (int c = 0; c < records.get(i).size(); c++) {
          row.createCell(c).setCellValue(records.get(i).get(c));
        }
      }
      wb.write(out);
    }
    Register fromXlsx = RegisterReader.read(Check.PLAN, file);
    Path csv = dir.resolve("co-so.csv");
    Files.writeString(csv, CSV, StandardCharsets.UTF_8);
    Register fromCsv = RegisterReader.read(Check.PLAN, csv);
    assertThat(fromXlsx.entries()).extracting(RegisterEntry::id, RegisterEntry::name, RegisterEntry::otherNames)
        .isEqualTo(fromCsv.entries().stream().map(e -> org.assertj.core.groups.Tuple.tuple(e.id(), e.name(), e.otherNames()))
            .toList());
    assertThat(fromXlsx.diagnostics()).extracting(d -> d.code().id()).isEqualTo(
        fromCsv.diagnostics().stream().map(d -> d.code().id()).toList());
    assertThat(fromXlsx.diagnostics().get(0).location().cellRef()).isEqualTo("'Sổ đăng ký'!A5"); // the header is row 3
  }

  @Test
  void thePlanSaysWhereItIsAndTheDefaultOneIsOptional(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("plan.yaml");
    Files.writeString(plan, "");
    assertThat(RegisterReader.forPlan(plan, Check.PLAN).present()).isFalse(); // registers/co-so.csv is not there
    Files.createDirectories(dir.resolve("registers"));
    Files.writeString(dir.resolve("registers/co-so.csv"), CSV, StandardCharsets.UTF_8);
    assertThat(RegisterReader.forPlan(plan, Check.PLAN).entries()).hasSize(4);
    assertThat(RegisterReader.forPlan(plan, with(null, false)).present()).isFalse();
    Register missing = RegisterReader.forPlan(plan, with("dang-ky.xlsx", true));
    assertThat(missing.diagnostics()).extracting(d -> d.code().id() + " " + d.args()).containsExactly("unreadable [missing]");
  }

  @Test
  void aSubmissionIsNotARegisterAndARegisterIsNotASubmission(@TempDir Path dir) throws Exception {
    Path submission = dir.resolve("SCT-chi-so.csv");
    Files.writeString(submission, "period,agency,indicator,numerator\n2024H1,SCT,spc-models,1\n");
    assertThat(RegisterReader.read(Check.PLAN, submission).diagnostics()).extracting(d -> d.code().id() + " " + d.args())
        .containsExactly("unknown-file-kind [not-register]");
    Path register = dir.resolve("co-so.csv");
    Files.writeString(register, CSV, StandardCharsets.UTF_8);
    assertThat(Check.read(register).diagnostics()).extracting(d -> d.code().id() + " " + d.args())
        .containsExactly("unknown-file-kind [register]");
  }

  private static Plan with(String register, boolean required) {
    Plan p = Check.PLAN;
    Workspace w = p.workspace();
    return new Plan(p.info(), new Workspace(w.submissions(), w.reports(), w.language(), register, required), p.reporting(),
        p.progress(), p.sectors(), p.agencies(), p.groups(), p.indicators());
  }
}
