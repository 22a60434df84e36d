package sctb.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import sctb.core.diag.Code;
import sctb.core.period.Period;
import sctb.core.period.PeriodParser;
import sctb.core.plan.Plan;
import sctb.core.submission.DecimalStyle;
import sctb.core.submission.Submissions;
import sctb.i18n.Messages;
import sctb.io.OutputFile;
import sctb.io.submission.ReadOptions;
import sctb.core.submission.RowSink;
import sctb.io.submission.SubmissionReader;
import sctb.render.validate.GithubAnnotations;
import sctb.render.validate.JunitXml;
import sctb.render.validate.ValidationJson;
import sctb.render.validate.ValidationText;

/** {@code sctb validate}: checks agencies' CSV submissions against the plan and reports every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
public final class ValidateCommand implements Callable<Integer> {
  enum Format { text, json, github, junit }

  enum Decimal { comma, point }

  @Spec CommandSpec spec;
  @Mixin PlanOption planOption;
  @Mixin CommonOptions common;

  @Option(names = "--period", paramLabel = "P", descriptionKey = "validate.period")
  String period;

  @Option(names = "--strict", descriptionKey = "validate.strict")
  boolean strict;

  @Option(names = "--format", paramLabel = "text|json|github|junit", defaultValue = "text", descriptionKey = "validate.format")
  Format format;

  @Option(names = "--decimal", paramLabel = "comma|point", descriptionKey = "validate.decimal")
  Decimal decimal;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", descriptionKey = "validate.out")
  Path out;

  @Parameters(paramLabel = "PATH", arity = "0..*", descriptionKey = "validate.paths")
  List<Path> paths;

  private final Context context;

  public ValidateCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    Period asked = null;
    if (period != null) {
      asked = PeriodParser.parse(period).orElseThrow(() ->
          new CliException(ExitCode.USAGE, context.messages().get("validate.bad-period-option", period)));
    }
    Plan plan = PlanLoading.load(planOption.plan, context, spec.commandLine().getErr());
    List<Path> inputs = paths == null || paths.isEmpty() ? List.of(Defaults.submissionsFolder(planOption.plan, plan)) : paths;
    DecimalStyle style = decimal == null ? null : decimal == Decimal.comma ? DecimalStyle.COMMA : DecimalStyle.POINT;
    // Only diagnostics and counts are shown: rows are checked and dropped as they stream by.
    Submissions s = SubmissionReader.stream(plan, inputs, new ReadOptions(asked, Defaults.of(context), style),
        RowSink.NONE, ProgressLine.of(context, spec.commandLine().getErr(), common.quiet)).withoutRows();
    Messages messages = context.messages().withPlan(plan);
    String rendered = switch (format) {
      case text -> ValidationText.render(s, messages);
      case json -> ValidationJson.render(s, messages);
      case github -> GithubAnnotations.render(s, messages);
      case junit -> JunitXml.render(s, messages);
    };
    if (out != null) {
      OutputFile.write(out, rendered.getBytes(StandardCharsets.UTF_8));
      if (format != Format.text && !common.quiet) {
        spec.commandLine().getErr().print(ValidationText.render(s, messages));
      }
    } else if (!(common.quiet && format == Format.text && s.diagnostics().isEmpty())) {
      spec.commandLine().getOut().print(rendered);
    }
    if (s.diagnostics().stream().anyMatch(d -> d.code() == Code.UNREADABLE)) {
      return ExitCode.FILE.code();
    }
    boolean errors = s.diagnostics().stream().anyMatch(d -> d.isError());
    boolean warnings = !s.diagnostics().isEmpty();
    return errors || (strict && warnings) ? ExitCode.INPUT_ERRORS.code() : ExitCode.OK.code();
  }

  /** Today's date and the default submissions folder, shared with {@code sctb template}. */
  static final class Defaults {
    private Defaults() {}

    /** {@code SCTB_TODAY} (ISO date, for tests and reruns) or the system date. */
    static LocalDate of(Context context) {
      String fixed = context.env().get("SCTB_TODAY");
      if (fixed != null && !fixed.isBlank()) {
        try {
          return LocalDate.parse(fixed.strip());
        } catch (DateTimeParseException e) {
          throw new CliException(ExitCode.USAGE, context.messages().get("cli.bad-today", fixed));
        }
      }
      return LocalDate.now();
    }

    /** The plan's {@code workspace.submissions}, relative to the plan file's folder. */
    static Path submissionsFolder(Path planFile, Plan plan) {
      Path folder = planFile.toAbsolutePath().getParent();
      Path relative = Path.of(plan.workspace().submissions());
      Path resolved = folder == null ? relative : folder.resolve(relative);
      Path here = Path.of("").toAbsolutePath();
      return resolved.normalize().startsWith(here) ? here.relativize(resolved.normalize()) : resolved.normalize();
    }
  }
}
