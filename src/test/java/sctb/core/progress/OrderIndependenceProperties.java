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
import sctb.core.submission.TaskRow;
import sctb.io.submission.ReadOptions;
import sctb.io.submission.SubmissionReader;
import sctb.render.report.ReportJson;

/** The report depends on the rows, never on the order rows or files were read in. */
class OrderIndependenceProperties {
  static final Submissions SAMPLES = SubmissionReader.read(Fixtures.PLAN, List.of(Path.of("samples")),
      ReadOptions.defaults(LocalDate.of(2026, 11, 25)));

  static String json(Submissions s, Period p) {
    java.io.StringWriter out = new java.io.StringWriter();
    try {
      ReportJson.write(ProgressEngine.compute(Fixtures.PLAN, s, p), out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toString();
  }

  @Provide
  Arbitrary<String> periods() {
    return Arbitraries.of("2021H1", "2023H1", "2024H1", "2025H1", "2025H2", "2026H1");
  }

  @Property(tries = 12)
  void shuffledRowsAndFilesGiveTheSameJson(@ForAll long seed, @ForAll("periods") String period) {
    Period p = Fixtures.p(period);
    Random random = new Random(seed);
    List<TaskRow> tasks = new ArrayList<>(SAMPLES.tasks());
    List<IndicatorRow> indicators = new ArrayList<>(SAMPLES.indicators());
    List<String> files = new ArrayList<>(SAMPLES.files());
    Collections.shuffle(tasks, random);
    Collections.shuffle(indicators, random);
    Collections.shuffle(files, random);
    List<sctb.core.diag.Diagnostic> diagnostics = new ArrayList<>(SAMPLES.diagnostics());
    Collections.shuffle(diagnostics, random);
    Submissions shuffled = new Submissions(files, tasks, indicators, diagnostics, SAMPLES.rejectedRows());
    assertThat(json(shuffled, p)).isEqualTo(json(SAMPLES, p));
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
