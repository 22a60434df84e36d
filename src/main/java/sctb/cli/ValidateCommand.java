package sctb.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sctb.core.diag.Code;
import sctb.core.period.Period;
import sctb.core.submission.DecimalStyle;
import sctb.core.submission.RowSink;
import sctb.core.submission.Submissions;
import sctb.i18n.Messages;
import sctb.io.AtomicFiles;
import sctb.io.submission.ReadOptions;
import sctb.io.submission.SubmissionReader;
import sctb.render.validate.GithubAnnotations;
import sctb.render.validate.JunitXml;
import sctb.render.validate.ValidationJson;
import sctb.render.validate.ValidationText;

/** {@code sctb validate}: checks agencies' CSV and Excel submissions against the plan and reports every problem. */
@Command(name = "validate")
public final class ValidateCommand extends Subcommand<ValidateCommand.Options> {
  enum Format { text, json, github, junit }

  enum Decimal {
    comma(DecimalStyle.COMMA), point(DecimalStyle.POINT);

    final DecimalStyle style;

    Decimal(DecimalStyle style) {
      this.style = style;
    }
  }

  /**
   * What {@code sctb validate} was asked to check: {@code paths} (none: the plan's submissions folder),
   * only rows of {@code period} when present, decimals forced when present, written to {@code output}.
   */
  record Options(Path plan, List<Path> paths, Optional<Period> period, Optional<DecimalStyle> decimals,
      Format format, boolean strict, Output output, boolean quiet) {}

  @Option(names = "--period", paramLabel = "P", descriptionKey = "validate.period")
  Period period;

  @Option(names = "--strict", descriptionKey = "validate.strict")
  boolean strict;

  @Option(names = "--format", paramLabel = "text|json|github|junit", defaultValue = "text", descriptionKey = "validate.format")
  Format format;

  @Option(names = "--decimal", paramLabel = "comma|point", descriptionKey = "validate.decimal")
  Decimal decimal;

  @Mixin OutOption out;

  @Parameters(paramLabel = "PATH", arity = "0..*", descriptionKey = "validate.paths")
  List<Path> paths;

  @Override
  Options options() {
    // The plan given where submissions go would be read as a CSV of 2,000 broken rows: say what was meant.
    if (paths != null) {
      paths.stream().filter(p -> PlanFileName.matches(p.toString())).findFirst().ifPresent(p -> {
        throw usageError("validate.plan-as-path", p);
      });
    }
    return new Options(plan, paths == null ? List.of() : List.copyOf(paths), Optional.ofNullable(period),
        Optional.ofNullable(decimal).map(d -> d.style), format, strict,
        out.fileOrStdout(messages()), quiet);
  }

  @Override
  ExitCode run(Options options) throws Exception {
    PlanWorkspace workspace;
    try {
      workspace = workspace(options.plan());
    } catch (CliException planErrors) {
      // A CI job reads the format it asked for: the plan's errors go there too (text has them on the terminal).
      if (options.format() != Format.text && !planErrors.diagnostics().isEmpty()) {
        Submissions planOnly = new Submissions(List.of(), List.of(), List.of(), planErrors.diagnostics(), 0);
        write(options.output(), rendered(options.format(), planOnly, messages()));
      }
      throw planErrors;
    }
    options.period().ifPresent(workspace::withData);
    List<Path> inputs = options.paths().isEmpty() ? List.of(workspace.submissions(null)) : options.paths();
    ReadOptions read = new ReadOptions(options.period().orElse(null), workspace.today(), options.decimals().orElse(null),
        workspace.register());
    // Only diagnostics and counts are shown: rows are checked and dropped as they stream by.
    Submissions s = SubmissionReader.stream(workspace.plan(), inputs, read, RowSink.NONE,
        ProgressLine.of(session(), err(), options.quiet())).withoutRows();
    Messages messages = messages().withPlan(workspace.plan());
    AtomicFiles.TextContent rendered = rendered(options.format(), s, messages);
    if (options.output() instanceof Output.File) {
      write(options.output(), rendered);
      if (options.format() != Format.text && !options.quiet()) {
        err().print(ValidationText.render(s, messages));
      }
    } else if (!(options.quiet() && options.format() == Format.text && s.diagnostics().isEmpty())) {
      write(options.output(), rendered);
    }
    if (s.diagnostics().stream().anyMatch(d -> d.code() == Code.UNREADABLE)) {
      return ExitCode.FILE;
    }
    return InputErrors.exitCode(s.diagnostics(), options.strict());
  }

  private static AtomicFiles.TextContent rendered(Format format, Submissions s, Messages messages) {
    return switch (format) {
      case text -> w -> w.write(ValidationText.render(s, messages));
      case json -> w -> ValidationJson.write(s, messages, w);
      case github -> w -> w.write(GithubAnnotations.render(s, messages));
      case junit -> w -> w.write(JunitXml.render(s, messages));
    };
  }
}
