package sctb.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import sctb.core.period.Period;
import sctb.core.submission.IndicatorRow;
import sctb.core.submission.Submissions;
import sctb.core.register.Register;
import sctb.core.submission.TaskRow;
import sctb.io.submission.ReadOptions;
import sctb.io.submission.RegisterReader;
import sctb.io.submission.SubmissionReader;
import sctb.render.report.ReportJson;

/** The report depends on the rows, never on the order rows, files or corrections were read in. */
class OrderIndependenceProperties {
  static final Submissions SAMPLES = SubmissionReader.read(Fixtures.PLAN, List.of(Path.of("samples")),
      ReadOptions.defaults(LocalDate.of(2026, 11, 25)));
  static final Register REGISTER = RegisterReader.forPlan(Path.of("plan.yaml"), Fixtures.PLAN);
  static final Submissions REGISTERED = SubmissionReader.read(Fixtures.PLAN, List.of(Path.of("samples")),
      ReadOptions.defaults(LocalDate.of(2026, 11, 25)).withRegister(REGISTER));

  static String json(Submissions s, Period p) {
    return json(ProgressEngine.compute(Fixtures.PLAN, s, p));
  }

  static String json(ProgressReport report) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try {
      ReportJson.write(report, out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Provide
  Arbitrary<String> periods() {
    return Arbitraries.of("2021H1", "2023H1", "2024H1", "2025H1", "2025H2", "2026H1");
  }

  /** {@code s} with its rows, files, diagnostics and corrections in another order. */
  static Submissions shuffled(Submissions s, Random random) {
    List<TaskRow> tasks = new ArrayList<>(s.tasks());
    List<IndicatorRow> indicators = new ArrayList<>(s.indicators());
    List<String> files = new ArrayList<>(s.files());
    List<sctb.core.diag.Diagnostic> diagnostics = new ArrayList<>(s.diagnostics());
    List<sctb.core.submission.Correction> corrections = new ArrayList<>(s.corrections());
    for (List<?> list : List.of(tasks, indicators, files, diagnostics, corrections)) {
      Collections.shuffle(list, random);
    }
    return new Submissions(files, tasks, indicators, diagnostics, s.rejectedRows(), corrections);
  }

  @Property(tries = 12)
  void shuffledRowsAndFilesGiveTheSameJson(@ForAll long seed, @ForAll("periods") String period) {
    Period p = Fixtures.p(period);
    assertThat(json(shuffled(SAMPLES, new Random(seed)), p)).isEqualTo(json(SAMPLES, p));
  }

  /** What the JSON does not show yet: corrections, completeness, changes since the previous report. */
  static String facts(ProgressReport r) {
    StringBuilder out = new StringBuilder();
    r.corrections().forEach(c -> out.append(c.period()).append(c.subject()).append(c.older().at()).append(c.newer().at())
        .append(c.older().known()).append('\n'));
    r.reporting().agencies().forEach(a -> out.append(a).append('\n'));
    r.changes().figures().forEach(f -> out.append(f.id()).append(f.sector()).append(f.change().previous().value())
        .append(f.change().difference()).append(f.change().restated() ? f.change().restatement().published() : "")
        .append('\n'));
    r.changes().tasks().forEach(t -> out.append(t.task()).append(t.changed()).append(t.published()).append('\n'));
    r.indicators().forEach(i -> out.append(i.outcome() instanceof TallyOutcome t ? t.leftOut() + " " + t.population() : "")
        .append('\n'));
    return out.toString();
  }

  @Property(tries = 12)
  void withTheRegisterAndCorrectionsInAnyOrder(@ForAll long seed, @ForAll("periods") String period) {
    Period p = Fixtures.p(period);
    ProgressReport once = ProgressEngine.compute(Fixtures.PLAN, REGISTER, REGISTERED, p);
    ProgressReport again = ProgressEngine.compute(Fixtures.PLAN, REGISTER, shuffled(REGISTERED, new Random(seed)), p);
    assertThat(json(again)).isEqualTo(json(once));
    assertThat(facts(again)).isEqualTo(facts(once));
  }

  @Property(tries = 30)
  void smallHandMadeRowsInAnyOrder(@ForAll long seed, @ForAll @From("periods") String period) {
    Random random = new Random(seed);
    List<IndicatorRow> rows = new ArrayList<>(ReductionTest.ROWS);
    rows.addAll(ShareCountTest.ROWS);
    List<TaskRow> tasks = new ArrayList<>(TasksAndReportingTest.ROWS);
    Submissions base = Fixtures.data(tasks, rows);
    Collections.shuffle(rows, random);
    Collections.shuffle(tasks, random);
    assertThat(json(Fixtures.data(tasks, rows), Fixtures.p(period))).isEqualTo(json(base, Fixtures.p(period)));
  }
}
