package sctb.render.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import sctb.core.period.PeriodParser;
import sctb.core.plan.Plan;
import sctb.core.progress.ProgressEngine;
import sctb.core.progress.ProgressReport;
import sctb.core.submission.Submissions;
import sctb.io.plan.PlanReader;
import sctb.io.submission.ReadOptions;
import sctb.io.submission.SubmissionReader;

/** The engine's report on the bundled plan.yaml and samples/, for renderer tests (read once per test run). */
public final class Reports {
  private static final Map<String, ProgressReport> BY_PERIOD = new ConcurrentHashMap<>();
  private static Plan plan;
  private static Submissions samples;

  private Reports() {}

  public static synchronized ProgressReport samples(String period) {
    return BY_PERIOD.computeIfAbsent(period, p -> ProgressEngine.compute(plan(), submissions(), PeriodParser.parse(p).orElseThrow()));
  }

  private static synchronized Plan plan() {
    if (plan == null) {
      try {
        plan = PlanReader.read(Path.of("plan.yaml")).plan();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return plan;
  }

  private static synchronized Submissions submissions() {
    if (samples == null) {
      samples = SubmissionReader.read(plan(), List.of(Path.of("samples")), ReadOptions.defaults(LocalDate.of(2026, 11, 25)));
    }
    return samples;
  }
}
