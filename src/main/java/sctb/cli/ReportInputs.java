package sctb.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import sctb.core.diag.Code;
import sctb.core.period.Period;
import sctb.core.period.PeriodParser;
import sctb.core.plan.Plan;
import sctb.core.progress.ProgressAccumulator;
import sctb.core.progress.ProgressReport;
import sctb.core.register.Register;
import sctb.io.submission.ReadOptions;
import sctb.io.submission.ReadProgress;
import sctb.io.submission.RegisterReader;
import sctb.io.submission.SubmissionReader;

/** What {@code report} and {@code explain} share: parse the period, load the plan and data, run the engine. */
final class ReportInputs {
  private ReportInputs() {}

  static Period period(String text, Context context) {
    return PeriodParser.parse(text).orElseThrow(() ->
        new CliException(ExitCode.USAGE, context.messages().get("validate.bad-period-option", text)));
  }

  /** The engine's report for {@code period}; exits 3 when a data file or folder cannot be read. */
  static ProgressReport compute(Path planFile, Path data, Period period, Context context, PrintWriter err,
      ReadProgress progress) throws Exception {
    Plan plan = PlanLoading.load(planFile, context, err);
    Path folder = data != null ? data : ValidateCommand.Defaults.submissionsFolder(planFile, plan);
    Register register = RegisterReader.forPlan(planFile, plan);
    // Rows stream from the reader into the accumulator: only what the rules need is kept.
    ProgressAccumulator acc = new ProgressAccumulator(plan, period, register);
    SubmissionReader.Summary s = SubmissionReader.stream(plan, List.of(folder),
        ReadOptions.defaults(ValidateCommand.Defaults.of(context)).withRegister(register), acc, progress);
    s.diagnostics().stream().filter(d -> d.code() == Code.UNREADABLE).findFirst().ifPresent(d -> {
      throw new CliException(ExitCode.FILE, context.messages().diagnostic(d));
    });
    return acc.finish(s.files(), s.diagnostics(), s.rejectedRows());
  }

  /** {@code <workspace.reports>/P/}, the reports folder relative to the plan file, shown relative to the working folder when inside it. */
  static Path reportsFolder(Path planFile, Plan plan, Period p) {
    Path folder = planFile.toAbsolutePath().getParent();
    Path reports = Path.of(plan.workspace().reports());
    Path base = (folder == null ? reports : folder.resolve(reports)).resolve(p.toString()).normalize();
    Path here = Path.of("").toAbsolutePath();
    return base.startsWith(here) ? here.relativize(base) : base;
  }
}
