package sctb.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import sctb.core.collect.AgencyIntake;
import sctb.core.collect.CollectionCheck;
import sctb.core.collect.CollectionStatus;
import sctb.core.collect.IntakeTally;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.period.Period;
import sctb.core.plan.Plan;
import sctb.core.plan.Successions;
import sctb.core.progress.ProgressAccumulator;
import sctb.core.progress.ProgressReport;
import sctb.core.register.Register;
import sctb.core.text.Suggest;
import sctb.core.validate.Lookup;
import sctb.io.AtomicFiles;
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

  /**
   * The agencies named on the command line (codes or names, as submissions write them), followed to
   * their successors; a usage error for one the plan does not know or with neither a duty nor a file in P.
   */
  static List<AgencyIntake> agencies(CollectionStatus status, List<String> named, Context context) {
    Lookup lookup = new Lookup(status.plan());
    List<AgencyIntake> chosen = new ArrayList<>();
    for (String text : named) {
      String id = lookup.agency(text).map(a -> Successions.follow(status.plan(), a, null, status.dueDate()))
          .orElseThrow(() -> new CliException(ExitCode.USAGE, context.messages().get("template.unknown-agency", text,
              Suggest.closest(text, lookup.agencySpellings()).orElse(String.join(", ",
                  status.plan().agencies().stream().map(a -> a.id()).toList())))));
      AgencyIntake a = status.agencies().stream().filter(x -> x.agency().equals(id)).findFirst()
          .orElseThrow(() -> new CliException(ExitCode.USAGE, context.messages().get("collect.no-duty", id, status.period())));
      if (!chosen.contains(a)) {
        chosen.add(a);
      }
    }
    return chosen;
  }

  /**
   * Writes the documents made, each whole or not at all, and prints their paths (unless {@code quiet});
   * with {@code -o -} the one text document goes to standard output (a binary one never does).
   */
  static void write(Map<Path, AtomicFiles.Body> files, Path out, boolean binary, boolean quiet, CommandSpec spec,
      Context context) throws Exception {
    if (out != null && out.toString().equals("-")) {
      if (binary) {
        throw new ParameterException(spec.commandLine(), context.messages().get("collect.binary-stdout"));
      }
      java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
      for (AtomicFiles.Body body : files.values()) {
        body.writeTo(text);
      }
      spec.commandLine().getOut().print(text.toString(java.nio.charset.StandardCharsets.UTF_8));
      return;
    }
    AtomicFiles.writeAllBodies(files);
    if (!quiet) {
      files.keySet().forEach(path -> spec.commandLine().getOut().println(path.toString().replace('\\', '/')));
    }
  }
}
