package sctb.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import sctb.core.diag.Code;
import sctb.core.period.Period;
import sctb.core.period.PeriodParser;
import sctb.core.plan.Plan;
import sctb.core.progress.ProgressAccumulator;
import sctb.core.progress.ProgressReport;
import sctb.core.submission.CollectedRows;
import sctb.core.submission.RowSink;
import sctb.core.submission.Submissions;
import sctb.io.ReadFailure;
import sctb.io.UnreadableFileException;
import sctb.io.submission.ReadOptions;
import sctb.io.submission.ReadProgress;
import sctb.io.submission.SubmissionReader;

/** What {@code report}, {@code explain} and {@code site} share: parse a period, load the plan and data, run the engine. */
final class ReportInputs {
  private ReportInputs() {}

  static Period period(String text, Context context) {
    return PeriodParser.parse(text).orElseThrow(() ->
        new CliException(ExitCode.USAGE, context.messages().get("validate.bad-period-option", text)));
  }

  /** A department's templates folder ({@code --templates}, null when absent) must be a folder: exit 3 otherwise. */
  static void checkTemplates(Path templates) throws UnreadableFileException {
    if (templates != null && !Files.isDirectory(templates)) {
      throw new UnreadableFileException(templates, Files.exists(templates) ? ReadFailure.NOT_DIRECTORY : ReadFailure.MISSING, null);
    }
  }

  /** The engine's report for {@code period}; exits 3 when a data file or folder cannot be read. */
  static ProgressReport compute(Path planFile, Path data, Period period, Context context, PrintWriter err,
      ReadProgress progress) throws Exception {
    Plan plan = PlanLoading.load(planFile, context, err);
    // Rows stream from the reader into the accumulator: only what the rules need is kept.
    ProgressAccumulator acc = new ProgressAccumulator(plan, period);
    SubmissionReader.Summary s = read(plan, planFile, data, context, acc, progress);
    return acc.finish(s.files(), s.diagnostics(), s.rejectedRows());
  }

  /** Every accepted row of the data, read once, for a command that computes many periods from them; exits 3 as {@link #compute}. */
  static Submissions readAll(Plan plan, Path planFile, Path data, Context context, ReadProgress progress) {
    CollectedRows rows = new CollectedRows();
    SubmissionReader.Summary s = read(plan, planFile, data, context, rows, progress);
    return new Submissions(s.files(), rows.tasks(), rows.indicators(), s.diagnostics(), s.rejectedRows());
  }

  /** Reads {@code data} (else the plan's submissions folder) into {@code sink}; exit 3 when a file or folder cannot be read. */
  private static SubmissionReader.Summary read(Plan plan, Path planFile, Path data, Context context, RowSink sink,
      ReadProgress progress) {
    Path folder = data != null ? data : ValidateCommand.Defaults.submissionsFolder(planFile, plan);
    SubmissionReader.Summary s = SubmissionReader.stream(plan, List.of(folder),
        ReadOptions.defaults(ValidateCommand.Defaults.of(context)), sink, progress);
    s.diagnostics().stream().filter(d -> d.code() == Code.UNREADABLE).findFirst().ifPresent(d -> {
      throw new CliException(ExitCode.FILE, context.messages().diagnostic(d));
    });
    return s;
  }
}
