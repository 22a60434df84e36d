package sctb.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import sctb.core.collect.CollectingPeriod;
import sctb.core.collect.CollectionStatus;
import sctb.core.period.Period;
import sctb.render.collect.StatusCsv;
import sctb.render.collect.StatusJson;
import sctb.render.collect.StatusText;
import sctb.core.text.NumberFormats;

/**
 * {@code sctb status}: where collection for a period stands — per agency whether its report came, when,
 * what it holds and its problems, the days to the due date — as a table, JSON or CSV. Exits 1 when the
 * period's files have errors (warnings too with {@code --strict}), as {@code validate} does; with
 * {@code --require-all}, 5 when an agency still owes something (a scheduled job's "someone is late").
 */
@Command(name = "status")
public final class StatusCommand extends Subcommand<StatusCommand.Options> {
  enum Format { text, json, csv }

  /** What {@code sctb status} was asked: from {@code data} (else the plan's folder), in a format, to {@code output}. */
  record Options(Path plan, Optional<Period> period, Optional<Path> data, Format format, Output output, boolean excel,
      boolean fileDates, boolean strict, boolean requireAll, boolean quiet) {}

  /** Optional here alone: status only reads, so the period being collected is a safe default. */
  @Option(names = "--period", paramLabel = "P", descriptionKey = "status.period")
  Period period;

  @Option(names = "--format", paramLabel = "text|json|csv", defaultValue = "text", descriptionKey = "status.format")
  Format format;

  @Option(names = "--data", paramLabel = "DIR", descriptionKey = "report.data")
  Path data;

  @Mixin OutOption out;

  @Option(names = "--excel", descriptionKey = "status.excel")
  boolean excel;

  @Option(names = "--file-dates", descriptionKey = "collect.file-dates")
  boolean fileDates;

  @Option(names = "--strict", descriptionKey = "validate.strict")
  boolean strict;

  @Option(names = "--require-all", descriptionKey = "status.require-all")
  boolean requireAll;

  @Override
  Options options() {
    return new Options(plan, Optional.ofNullable(period), Optional.ofNullable(data), format,
        out.fileOrStdout(messages()), excel, fileDates, strict, requireAll, quiet);
  }

  @Override
  ExitCode run(Options options) throws Exception {
    PlanWorkspace workspace = workspace(options.plan());
    Period period = options.period().orElseGet(() -> CollectingPeriod.on(workspace.plan().reporting(), workspace.today()));
    if (options.period().isEmpty() && !options.quiet()) {
      err().println(messages().get("status.default-period", period, NumberFormats.dmy(workspace.today()),
          NumberFormats.dmy(workspace.plan().reporting().dueDate(period))));
    }
    CollectionStatus status = workspace.collection(options.data().orElse(null), period, options.fileDates(),
        ProgressLine.of(session(), err(), options.quiet()));
    write(options.output(), switch (options.format()) {
      case text -> StatusText.render(status, messages()).getBytes(StandardCharsets.UTF_8);
      case json -> StatusJson.render(status, messages()).getBytes(StandardCharsets.UTF_8);
      case csv -> StatusCsv.render(status, messages(), options.excel());
    });
    boolean failed = status.errors() > 0 || (options.strict() && status.warnings() > 0);
    if (failed) {
      return ExitCode.INPUT_ERRORS;
    }
    return options.requireAll() && !status.owing().isEmpty() ? ExitCode.OWING : ExitCode.OK;
  }
}
