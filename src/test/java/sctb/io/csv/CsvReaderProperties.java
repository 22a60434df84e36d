package sctb.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import sctb.cli.CliRun;
import sctb.core.period.Period;
import sctb.core.plan.Plan;
import sctb.core.submission.RawFile;
import sctb.core.submission.Status;
import sctb.core.submission.Submissions;
import sctb.core.submission.TaskRow;
import sctb.core.text.SafeText;
import sctb.core.validate.SubmissionValidator;
import sctb.core.validate.ValidateOptions;
import sctb.io.plan.PlanReader;

/** The reader never throws, whatever the bytes, and never changes a value it accepts. */
class CsvReaderProperties {
  static final Plan PLAN = plan();
  static final ValidateOptions OPTIONS = ValidateOptions.of(null, java.time.LocalDate.of(2026, 11, 25));

  private static Plan plan() {
    try {
      return PlanReader.read(CliRun.PLAN).plan();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Property(tries = 300)
  void neverThrowsOnArbitraryBytes(@ForAll byte[] bytes) {
    RawFile raw = CsvFileReader.read("noise.csv", bytes, null);
    Submissions s = SubmissionValidator.validate(PLAN, List.of(raw), OPTIONS);
    assertThat(s.files()).containsExactly("noise.csv");
  }

  @Property(tries = 300)
  void neverThrowsOnCsvLikeText(@ForAll("csvish") String text) {
    RawFile raw = CsvFileReader.read("t.csv", text.getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
    SubmissionValidator.validate(PLAN, List.of(raw), OPTIONS);
  }

  @Provide
  Arbitrary<String> csvish() {
    Arbitrary<String> header = Arbitraries.of("period,agency,task,status,progress,result\n",
        "Kỳ;Cơ quan;Chỉ số;Ngành;Đối tượng;Giá trị;Mẫu số\n", "period\tagency\tindicator\tnumerator\tdenominator\n");
    Arbitrary<String> body = Arbitraries.strings().withChars("0123456789.,;\t\"\n\r #N/A-HI2024SCTcement=ô ").ofMaxLength(400);
    return Combinators.combine(header, body).as((h, b) -> h + b);
  }

  /** One task-progress row as a user might fill it in. */
  record Row(Period period, String task, Status status, BigDecimal progress, String result, BigDecimal spent) {}

  @Property(tries = 200)
  void writeThenReadKeepsEveryAcceptedValue(@ForAll("rows") List<Row> rows, @ForAll boolean excel) {
    List<List<String>> table = new ArrayList<>();
    table.add(List.of("period", "agency", "task", "status", "progress", "result", "spent_vnd"));
    for (Row r : rows) {
      table.add(List.of(r.period().toString(), "SCT", r.task(), r.status().id(), number(r.progress(), excel), r.result(),
          number(r.spent(), excel)));
    }
    RawFile raw = CsvFileReader.read("r.csv", CsvWriter.write(table, Set.of(4, 6), excel), null);
    Submissions s = SubmissionValidator.validate(PLAN, List.of(raw), OPTIONS);
    // A file of no rows is a header alone, which says so; any other error is a value not read back.
    assertThat(s.diagnostics()).filteredOn(d -> d.isError())
        .allMatch(d -> rows.isEmpty() && d.code().id().equals("no-rows"));
    assertThat(s.tasks()).hasSize(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Row want = rows.get(i);
      TaskRow got = s.tasks().get(i);
      assertThat(got.period()).isEqualTo(want.period());
      assertThat(got.task()).isEqualTo(want.task());
      assertThat(got.status()).isEqualTo(want.status());
      assertThat(got.progress()).isEqualTo(want.progress());
      assertThat(got.spentVnd()).isEqualTo(want.spent());
      // the text as written, but a lone CR, which would move a terminal's cursor, reads as a line break
      assertThat(got.result()).isEqualTo(want.result().isEmpty() ? null : SafeText.text(want.result()));
    }
  }

  private static String number(BigDecimal n, boolean excel) {
    String plain = n.toPlainString();
    return excel ? plain.replace('.', ',') : plain;
  }

  @Provide
  Arbitrary<List<Row>> rows() {
    Arbitrary<Period> periods = Combinators.combine(Arbitraries.integers().between(2020, 2026), Arbitraries.integers().between(0, 2))
        .as(Period::new);
    Arbitrary<String> tasks = Arbitraries.of("I.1", "I.6", "II.1", "III.1", "IV.2", "IV.3", "V.1");
    Arbitrary<BigDecimal> progress = Combinators.combine(Arbitraries.integers().between(0, 100000), Arbitraries.integers().between(0, 3))
        .as((v, scale) -> BigDecimal.valueOf(Math.min(v, 100 * (long) Math.pow(10, scale)), scale));
    Arbitrary<BigDecimal> money = Combinators.combine(Arbitraries.longs().between(0, 999_999_999_999L), Arbitraries.integers().between(0, 2))
        .as(BigDecimal::valueOf);
    Arbitrary<String> text = Arbitraries.strings()
        .withChars("aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ ĐƠƯ,;\"'\n\r\t=+-@0123456789.")
        .ofMaxLength(60)
        .map(s -> s.strip())
        .filter(s -> !s.startsWith("#"));
    Arbitrary<Row> row = Combinators.combine(periods, tasks, Arbitraries.of(Status.class), progress, text, money)
        .as(Row::new);
    // One row per task and period, as the contract requires (duplicates are errors).
    return row.list().ofMaxSize(12).uniqueElements(r -> r.period() + r.task());
  }
}
