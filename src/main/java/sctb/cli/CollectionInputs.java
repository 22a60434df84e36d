package sctb.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import sctb.core.collect.CollectionCheck;
import sctb.core.collect.CollectionStatus;
import sctb.core.collect.IntakeTally;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.period.Period;
import sctb.core.plan.Plan;
import sctb.core.progress.ProgressAccumulator;
import sctb.core.progress.ProgressReport;
import sctb.core.register.Register;
import sctb.io.ReadFailure;
import sctb.io.submission.ReadOptions;
import sctb.io.submission.ReadProgress;
import sctb.io.submission.RegisterReader;
import sctb.io.submission.SubmissionReader;

/**
 * What {@code status}, {@code feedback} and {@code remind} share: the plan, the submissions read once
 * through the engine (who is expected, tasks and indicator rows, timeliness) and counted per file, joined
 * into where collection for P stands. A data folder without any submission is a period nobody has sent
 * anything for yet, not an error; anything else unreadable exits 3.
 */
final class CollectionInputs {
  private CollectionInputs() {}

  /** {@code fileDates}: whether an undated report may take its files' last-modified day. */
  static CollectionStatus compute(Path planFile, Path data, Period period, boolean fileDates, Context context,
      PrintWriter err, ReadProgress progress) throws Exception {
    Plan plan = PlanLoading.load(planFile, context, err);
    LocalDate today = ValidateCommand.Defaults.of(context);
    Path folder = data != null ? data : ValidateCommand.Defaults.submissionsFolder(planFile, plan);
    Register register = RegisterReader.forPlan(planFile, plan);
    ProgressAccumulator engine = new ProgressAccumulator(plan, period, register);
    IntakeTally tally = new IntakeTally(plan, period, engine);
    SubmissionReader.Summary read = SubmissionReader.stream(plan, List.of(folder),
        ReadOptions.defaults(today).withRegister(register), tally, progress);
    List<Diagnostic> diagnostics = read.diagnostics().stream().filter(d -> !nothingSent(d)).toList();
    diagnostics.stream().filter(d -> d.code() == Code.UNREADABLE).findFirst().ifPresent(d -> {
      throw new CliException(ExitCode.FILE, context.messages().diagnostic(d));
    });
    ProgressReport report = engine.finish(read.files(), diagnostics, read.rejectedRows());
    Map<String, LocalDate> dates = fileDates ? SubmissionReader.modified(List.of(folder)) : Map.of();
    return CollectionCheck.compute(plan, period, today,
        new CollectionCheck.Inputs(read.files(), diagnostics, tally, report.reporting(), dates));
  }

  /** A folder with no submission in it. */
  private static boolean nothingSent(Diagnostic d) {
    return d.code() == Code.UNREADABLE && d.args().equals(List.of(ReadFailure.NO_SUBMISSIONS.id()));
  }
}
