package sctb.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import sctb.core.period.PeriodStanding;
import sctb.core.period.ReportStanding;
import sctb.core.plan.Plan;
import sctb.core.plan.YearRange;
import sctb.core.progress.ProgressAccumulator;
import sctb.core.progress.ProgressReport;
import sctb.core.register.Register;
import sctb.core.submission.RecordedRead;
import sctb.core.submission.RowRecorder;
import sctb.core.submission.RowSink;
import sctb.core.text.Suggest;
import sctb.core.validate.Lookup;
import sctb.io.ReadFailure;
import sctb.io.UnreadableFileException;
import sctb.io.csv.TextDecoder;
import sctb.io.plan.PlanReader;
import sctb.io.plan.PlanSchemaCache;
import sctb.io.submission.ReadOptions;
import sctb.io.submission.ReadProgress;
import sctb.io.submission.RegisterReader;
import sctb.io.submission.SubmissionReader;
import sctb.render.DiagnosticPrinter;
import sctb.core.text.NumberFormats;

/**
 * What a command works in: the plan file and the plan read from it, the folders the plan names
 * ({@code workspace.submissions}, {@code workspace.reports}, relative to the plan file), the register
 * of who is counted ({@code workspace.register}) and today's date — the defaults every command shares.
 */
final class PlanWorkspace {
  private final Path planFile;
  private final Plan plan;
  private final Session session;
  private Register register;

  private PlanWorkspace(Path planFile, Plan plan, Session session) {
    this.planFile = planFile;
    this.plan = plan;
    this.session = session;
  }

  /** Reads the plan, printing its diagnostics; exit 1 when it has errors, 3 when it cannot be read. */
  static PlanWorkspace open(Path planFile, Session session, PrintWriter err) throws UnreadableFileException {
    PlanReader.Result result;
    try {
      result = PlanReader.read(planFile, PlanSchemaCache.of(session.env()));
    } catch (UnreadableFileException e) {
      if (e.reason() != ReadFailure.MISSING) {
        throw e;
      }
      // Usually sctb run from another folder than the plan's: say where it looked and how to point it.
      throw new CliException(ExitCode.FILE,
          session.messages().get("plan.missing", planFile, Path.of("").toAbsolutePath()));
    }
    List<Diagnostic> diagnostics = result.diagnostics();
    if (!diagnostics.isEmpty()) {
      new DiagnosticPrinter(session.messages()).print(diagnostics, sourceLines(planFile), err);
    }
    if (!result.ok()) {
      long errors = diagnostics.stream().filter(Diagnostic::isError).count();
      throw new CliException(ExitCode.INPUT_ERRORS, session.messages().get("plan.invalid", planFile, errors), diagnostics);
    }
    return new PlanWorkspace(planFile, result.plan(), session);
  }

  Plan plan() {
    return plan;
  }

  Path planFile() {
    return planFile;
  }

  /**
   * The register the plan names, read once ({@link Register#NONE} when there is none); what cannot be
   * read in it is one of its diagnostics, so entities are then matched by name.
   */
  Register register() {
    if (register == null) {
      register = RegisterReader.forPlan(planFile, plan);
    }
    return register;
  }

  /** The plan's code of the agency {@code text} names (a code, a name, a spelling people write); a usage error with the closest one otherwise. */
  String agency(String text) {
    Lookup lookup = new Lookup(plan);
    return lookup.agency(text).orElseThrow(() -> new CliException(ExitCode.USAGE,
        session.messages().get("template.unknown-agency", text, Suggest.closest(text, lookup.agencySpellings())
            .orElse(String.join(", ", plan.agencies().stream().map(a -> a.id()).toList())))));
  }

  /** {@code SCTB_TODAY} or the clock. */
  LocalDate today() {
    return session.today();
  }

  /** The agencies' submissions: {@code data} when given, else the plan's {@code workspace.submissions}. */
  Path submissions(Path data) {
    return data != null ? data : fromPlanFolder(plan.workspace().submissions());
  }

  /** The plan's {@code workspace.reports} folder. */
  Path reportsFolder() {
    return fromPlanFolder(plan.workspace().reports());
  }

  /** Where the reports of {@code period} go by default: {@code <workspace.reports>/<period>/}. */
  Path reports(Period period) {
    return reportsFolder().resolve(period.toString());
  }

  /** A folder named in plan.yaml, relative to the plan file's folder, shown relative to the working folder when inside it. */
  private Path fromPlanFolder(String folder) {
    Path base = planFile.toAbsolutePath().getParent();
    Path resolved = base == null ? Path.of(folder) : base.resolve(folder);
    return Path.of(SubmissionReader.display(resolved));
  }

  /**
   * Where {@code period} stands today if a report can be made for it: within the plan's years and
   * begun (one not yet over is {@link PeriodStanding#PROVISIONAL}); otherwise a usage error saying why.
   */
  PeriodStanding reportable(Period period) {
    return standing(period, false);
  }

  /**
   * Where {@code period} stands today if agencies can have data for it: begun, and not after the
   * plan; the years before the plan are allowed (their data is the baseline). Otherwise a usage error.
   */
  PeriodStanding withData(Period period) {
    return standing(period, true);
  }

  private PeriodStanding standing(Period period, boolean baselineAllowed) {
    LocalDate today = today();
    YearRange years = plan.info().years();
    int first = years == null ? period.year() : years.from();
    int last = years == null ? period.year() : years.to();
    PeriodStanding standing = PeriodStanding.of(period, first, last, today);
    var messages = session.messages();
    return switch (standing) {
      case CLOSED, PROVISIONAL -> standing;
      case BEFORE_PLAN -> {
        if (baselineAllowed && !period.start().isAfter(today)) {
          yield PeriodStanding.CLOSED;
        }
        throw new CliException(ExitCode.USAGE, messages.get("period.outside-plan", period, first, last));
      }
      case AFTER_PLAN -> throw new CliException(ExitCode.USAGE, messages.get("period.outside-plan", period, first, last));
      case NOT_STARTED -> throw new CliException(ExitCode.USAGE, messages.get("period.not-started", period,
          NumberFormats.dmy(period.start()), NumberFormats.dmy(today), Period.halfContaining(today)));
    };
  }

  /**
   * The engine's report for {@code period} from the submissions in {@code data} (or the plan's folder),
   * rows streamed from the reader into the accumulator, provisional when the period has not ended
   * today; a usage error when no report can be made for it ({@link #reportable}), exit 3 when a file or
   * folder cannot be read.
   */
  ProgressReport progress(Path data, Period period, ReadProgress progress) {
    ReportStanding standing = ReportStanding.of(reportable(period), today());
    ProgressAccumulator accumulator = new ProgressAccumulator(plan, period, register());
    SubmissionReader.Summary read = read(data, accumulator, progress, false);
    return accumulator.finish(read.files(), read.diagnostics(), read.rejectedRows()).withStanding(standing);
  }

  /**
   * The submissions in {@code data} (or the plan's folder) read once and recorded, for a command that
   * computes many periods from them; exit 3 as {@link #progress}.
   */
  RecordedRead recorded(Path data, ReadProgress progress) {
    RowRecorder recorder = new RowRecorder();
    SubmissionReader.Summary read = read(data, recorder, progress, false);
    return recorder.recorded(read.files(), read.diagnostics(), read.rejectedRows());
  }

  /**
   * Where collection for {@code period} stands ({@link CollectionCheck}): the submissions read once
   * through the engine (who is expected, tasks and indicator rows, timeliness) and counted per file;
   * {@code fileDates}: whether an undated report may take its files' last-modified day. A folder
   * without any submission is a period nobody has sent anything for yet, not an error; a period not
   * begun or outside the plan is a usage error ({@link #withData}).
   */
  CollectionStatus collection(Path data, Period period, boolean fileDates, ReadProgress progress) {
    withData(period);
    ProgressAccumulator engine = new ProgressAccumulator(plan, period, register());
    IntakeTally tally = new IntakeTally(plan, period, engine);
    SubmissionReader.Summary read = read(data, tally, progress, true);
    ProgressReport report = engine.finish(read.files(), read.diagnostics(), read.rejectedRows());
    Map<String, LocalDate> dates = fileDates ? SubmissionReader.modified(List.of(submissions(data))) : Map.of();
    return CollectionCheck.compute(plan, period, today(),
        new CollectionCheck.Inputs(read.files(), read.diagnostics(), tally, report.reporting(), dates));
  }

  /**
   * Streams the submissions in {@code data} (or the plan's folder) into {@code sink}, entities matched by
   * the register; exit 3 when a file or folder cannot be read, or — unless {@code emptyAllowed} — when
   * the folder holds no submission.
   */
  private SubmissionReader.Summary read(Path data, RowSink sink, ReadProgress progress, boolean emptyAllowed) {
    SubmissionReader.Summary read = SubmissionReader.stream(plan, List.of(submissions(data)),
        ReadOptions.defaults(today()).withRegister(register()), sink, progress);
    List<Diagnostic> diagnostics = read.diagnostics().stream().filter(d -> !(emptyAllowed && d.code() == Code.UNREADABLE
        && d.args().equals(List.of(ReadFailure.NO_SUBMISSIONS.id())))).toList();
    diagnostics.stream().filter(d -> d.code() == Code.UNREADABLE).findFirst().ifPresent(d -> {
      throw new CliException(ExitCode.FILE, session.messages().diagnostic(d));
    });
    return new SubmissionReader.Summary(read.files(), diagnostics, read.rejectedRows(), read.retiredRows(),
        read.acceptedRows());
  }

  private static List<String> sourceLines(Path path) {
    try {
      byte[] bytes = Files.readAllBytes(path);
      String text = new String(bytes, StandardCharsets.UTF_8);
      // A plan saved in another encoding is shown as its editor showed it, not as replacement marks.
      if (text.indexOf('\uFFFD') >= 0) {
        text = TextDecoder.decode(bytes).text();
      }
      return List.of(text.split("\r?\n", -1));
    } catch (java.io.IOException | RuntimeException e) {
      return null;
    }
  }
}
