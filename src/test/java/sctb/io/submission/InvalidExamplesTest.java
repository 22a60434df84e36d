package sctb.io.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import sctb.cli.CliRun;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Severity;
import sctb.core.period.Period;
import sctb.core.progress.ProgressEngine;
import sctb.core.register.Register;
import sctb.core.submission.Submissions;
import sctb.i18n.Messages;
import sctb.core.text.Language;

/**
 * examples/invalid/: one small file per typical mistake (the docs point at them). Each shows its
 * code at the expected line and column, with the expected severity, and nothing else is an error.
 * The register's own codes come with a register as the example; the codes of matching names with a
 * submission read against the samples' register (registers/co-so.csv, which plan.yaml finds).
 */
class InvalidExamplesTest {
  private static final Path DIR = CliRun.REPO.resolve("examples/invalid");

  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "-", value = {
      "blank-header, error, 1, -",
      "duplicate-header, error, 1, Tình trạng",
      "missing-column, error, 1, -",
      "unknown-column, warning, 1, Ghi chú thêm",
      "unknown-file-kind, error, 1, -",
      "empty-file, error, 1, -",
      "no-rows, error, 1, -",
      "extra-cell, error, 2, -",
      "missing-cell, error, 2, Tiến độ (%)",
      "blank-required, error, 2, Trạng thái",
      "bad-period, error, 2, Kỳ báo cáo",
      "unknown-agency, error, 2, Đơn vị",
      "superseded-agency, warning, 2, Đơn vị",
      "unknown-task, error, 2, Mã nhiệm vụ",
      "not-assigned, warning, 2, Đơn vị",
      "unknown-status, error, 2, Trạng thái",
      "bad-date, error, 2, Ngày báo cáo",
      "future-date, error, 2, Ngày báo cáo",
      "month-first-dates, warning, 3, Ngày báo cáo",
      "out-of-range, error, 2, Tiến độ (%)",
      "bad-number, error, 2, Tử số",
      "unknown-indicator, error, 2, Chỉ tiêu",
      "unknown-sector, error, 2, Ngành",
      "zero-denominator, error, 2, Mẫu số",
      "numerator-exceeds-denominator, error, 2, Tử số",
      "entity-not-one, error, 2, Mẫu số",
      "totals-row, error, 4, Cơ sở",
      "subtotal-row, error, 4, -",
      "side-table, warning, 1, Mã nhiệm vụ",
      "duplicate-row, error, 3, Mã nhiệm vụ",
      "ambiguous-number, warning, 2, Tử số",
      "outlier, warning, 3, Tử số",
      "malformed-csv, error, 3, -",
  })
  void eachExampleShowsItsCode(String code, String severity, int line, String column) {
    Submissions s = Check.read(DIR.resolve(code + ".csv"));
    Diagnostic d = Check.only(s, code);
    Check.at(d, line, column);
    assertThat(d.severity().id()).isEqualTo(severity);
    assertThat(s.diagnostics()).filteredOn(x -> x.isError() && x != d).as("other errors").isEmpty();
    Messages vi = Messages.of(Language.VI);
    Messages en = Messages.of(Language.EN);
    assertThat(vi.diagnostic(d)).doesNotContain("diag.").doesNotContain("{");
    assertThat(en.diagnostic(d)).doesNotContain("diag.").doesNotContain("{").isNotEqualTo(vi.diagnostic(d));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "-", value = {
      "register-duplicate-id, error, 3, Mã cơ sở",
      "register-unknown-kind, error, 3, Loại",
      "register-dates, error, 2, Ngày dừng hoạt động",
      "register-tax-code, warning, 2, Mã cơ sở",
      "register-name-clash, warning, 3, Tên chính thức",
  })
  void eachRegisterExampleShowsItsCode(String code, String severity, int line, String column) {
    Register r = RegisterReader.read(Check.PLAN, DIR.resolve(code + ".csv"));
    Diagnostic d = only(r.diagnostics(), code);
    Check.at(d, line, column);
    assertThat(d.severity().id()).isEqualTo(severity);
    assertThat(r.diagnostics()).filteredOn(x -> x.isError() && x != d).as("other errors").isEmpty();
    readable(d);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "-", value = {
      "unmatched-entity, warning, 2, Cơ sở",
      "unknown-entity-id, warning, 2, Mã cơ sở",
      "entity-name-differs, warning, 2, Cơ sở",
      "closed-entity, warning, 2, Cơ sở",
      "corrected-row, warning, 3, Cơ sở",
      "aggregate-with-entities, warning, 3, Cơ sở",
  })
  void eachMatchingExampleShowsItsCodeAgainstTheSamplesRegister(String code, String severity, int line, String column) {
    Submissions s = SubmissionReader.read(Check.PLAN, List.of(DIR.resolve(code + ".csv")),
        ReadOptions.defaults(Check.TODAY).withRegister(SAMPLES_REGISTER));
    Diagnostic d = Check.only(s, code);
    Check.at(d, line, column);
    assertThat(d.severity().id()).isEqualTo(severity);
    assertThat(s.diagnostics()).filteredOn(x -> x != d).as("other diagnostics").isEmpty();
    readable(d);
  }

  @Test
  void aPopulationTheRegisterDisagreesWithIsToldInTheReport() {
    Submissions s = SubmissionReader.read(Check.PLAN, List.of(DIR.resolve("register-denominator.csv")),
        ReadOptions.defaults(Check.TODAY).withRegister(SAMPLES_REGISTER));
    assertThat(s.diagnostics()).isEmpty();
    var report = ProgressEngine.compute(Check.PLAN, SAMPLES_REGISTER, s, Period.half(2025, 2));
    Diagnostic d = only(report.dataQuality().diagnostics(), "register-denominator");
    Check.at(d, 3, "denominator");
    assertThat(d.args()).containsExactly("indicator:eco-packaging", "13", "16", "2025H2");
    readable(d);
  }

  private static final Register SAMPLES_REGISTER = RegisterReader.forPlan(CliRun.PLAN, Check.PLAN);

  private static Diagnostic only(List<Diagnostic> ds, String code) {
    List<Diagnostic> found = ds.stream().filter(d -> d.code().id().equals(code)).toList();
    assertThat(found).as("%s in %s", code, ds).hasSize(1);
    return found.get(0);
  }

  private static void readable(Diagnostic d) {
    Messages vi = Messages.of(Language.VI);
    Messages en = Messages.of(Language.EN);
    assertThat(vi.diagnostic(d)).doesNotContain("diag.").doesNotContain("{");
    assertThat(en.diagnostic(d)).doesNotContain("diag.").doesNotContain("{").isNotEqualTo(vi.diagnostic(d));
  }

  @Test
  void periodCodesNeedTheirContext() {
    Submissions s = SubmissionReader.read(Check.PLAN, List.of(DIR.resolve("period-mismatch.csv")),
        new ReadOptions(sctb.core.period.Period.half(2025, 2), Check.TODAY, null));
    Check.at(Check.only(s, "period-mismatch"), 2, "Kỳ báo cáo");
    Submissions future = Check.read(DIR.resolve("future-period.csv"));
    Check.at(Check.only(future, "future-period"), 2, "Kỳ báo cáo");
    assertThat(Check.only(future, "future-period").severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void everyExampleFileIsCoveredAndEveryCodeHasMessagesInBothLanguages() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      assertThat(files.map(p -> p.getFileName().toString().replace(".csv", "")))
          .allMatch(name -> Stream.of(Code.values()).anyMatch(c -> c.id().equals(name)));
    }
    for (Code c : Code.values()) {
      if (c.ordinal() < Code.ENCODING.ordinal() || c == Code.TEMPLATE) {
        continue;
      }
      for (Language l : Language.values()) {
        assertThat(Messages.of(l).has("diag." + c.id())).as("diag.%s in %s", c.id(), l).isTrue();
      }
    }
  }

  @Test
  void diagnosticsDocListsEveryCode() throws IOException {
    String doc = Files.readString(CliRun.REPO.resolve("docs/diagnostics.md"));
    for (Code c : Code.values()) {
      assertThat(doc).contains("| `" + c.id() + "` |");
    }
  }

  @Test
  void unknownTaskNamesTheGroupsRange() {
    Diagnostic d = Check.only(Check.read(DIR.resolve("unknown-task.csv")), "unknown-task");
    assertThat(Messages.of(Language.VI).diagnostic(d))
        .startsWith("Mã nhiệm vụ “IV.9” không có trong kế hoạch; nhóm IV có các nhiệm vụ IV.1–IV.8.");
  }

  @Test
  void supersededAgencyNamesTheSuccessorAndNotAssignedTheLead() {
    Diagnostic d = Check.only(Check.read(DIR.resolve("superseded-agency.csv")), "superseded-agency");
    assertThat(Messages.of(Language.VI).diagnostic(d)).contains("cơ quan STC").contains("01/03/2025").contains("2025H2");
    assertThat(Messages.of(Language.VI).withPlan(Check.PLAN).diagnostic(d))
        .startsWith("Sau sắp xếp bộ máy, Sở Tài chính thực hiện thay Sở Kế hoạch và Đầu tư từ 01/03/2025");
    Diagnostic n = Check.only(Check.read(DIR.resolve("not-assigned.csv")), "not-assigned");
    assertThat(Messages.of(Language.EN).diagnostic(n)).contains("SGDDT").contains("task V.1").contains("agency SCT");
    assertThat(Messages.of(Language.VI).withPlan(Check.PLAN).diagnostic(n))
        .contains("(Sở Giáo dục và Đào tạo)").contains("(đơn vị chủ trì: Sở Công Thương)").doesNotContain("SGDDT");
  }

  @Test
  void unknownIndicatorsAndSectorsAreNamedAsThePlanNamesThem() {
    Messages vi = Messages.of(Language.VI).withPlan(Check.PLAN);
    Diagnostic i = Check.only(Check.read(DIR.resolve("unknown-indicator.csv")), "unknown-indicator");
    assertThat(vi.diagnostic(i)).contains("“Mức giảm tiêu hao nguyên nhiên vật liệu trên đơn vị sản phẩm”; ")
        .endsWith("Có phải là chỉ tiêu “Tỷ lệ siêu thị, trung tâm thương mại sử dụng bao bì thân thiện môi trường thay thế"
            + " bao bì nhựa dùng một lần”?")
        .doesNotContain("eco-packaging").doesNotContain("consumption-reduction");
    Diagnostic s = Check.only(Check.read(DIR.resolve("unknown-sector.csv")), "unknown-sector");
    assertThat(vi.diagnostic(s)).contains("các ngành: Dệt may, Thép, Nhựa").endsWith("Có phải là ngành “Dệt may”?")
        .doesNotContain("textile").doesNotContain("consumption-reduction");
  }

  @Test
  void aFileWithOnlyAHeaderSaysItHoldsNoData() {
    Submissions s = Check.read(DIR.resolve("no-rows.csv"));
    Diagnostic d = Check.only(s, "no-rows");
    assertThat(d.location().file()).endsWith("no-rows.csv");
    assertThat(d.location().line()).isEqualTo(1);
    assertThat(Messages.of(Language.VI).diagnostic(d)).startsWith("Tệp chỉ có dòng tiêu đề, không có dòng nào về tiến độ nhiệm vụ");
    assertThat(Messages.of(Language.EN).diagnostic(d)).startsWith("The file has a header line and no task-progress row");
  }

  @Test
  void duplicateRowNamesBothLines() {
    Submissions s = Check.read(DIR.resolve("duplicate-row.csv"));
    Diagnostic d = Check.only(s, "duplicate-row");
    assertThat(d.location().line()).isEqualTo(3);
    assertThat(d.args()).contains("2");
    assertThat(s.tasks()).hasSize(1);
    assertThat(s.rejectedRows()).isEqualTo(1);
  }
}
