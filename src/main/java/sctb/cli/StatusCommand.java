package sctb.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import sctb.core.collect.CollectionStatus;
import sctb.core.period.Period;
import sctb.io.OutputFile;
import sctb.render.collect.StatusCsv;
import sctb.render.collect.StatusJson;
import sctb.render.collect.StatusText;

/**
 * {@code sctb status}: where collection for a period stands — per agency whether its report came, when,
 * what it holds and its problems, the days to the due date — as a table, JSON or CSV. Exits 1 when the
 * period's files have errors (warnings too with {@code --strict}), as {@code validate} does.
 */
@Command(name = "status", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
public final class StatusCommand implements Callable<Integer> {
  enum Format { text, json, csv }

  /** What {@code sctb status} was asked. */
  record Options(Path plan, Period period, Path data, Format format, Path out, boolean excel, boolean fileDates,
      boolean strict, boolean quiet) {}

  @Spec CommandSpec spec;
  @Mixin PlanOption planOption;
  @Mixin CommonOptions common;

  @Option(names = "--period", paramLabel = "P", required = true, descriptionKey = "status.period")
  String period;

  @Option(names = "--format", paramLabel = "text|json|csv", defaultValue = "text", descriptionKey = "status.format")
  Format format;

  @Option(names = "--data", paramLabel = "DIR", descriptionKey = "status.data")
  Path data;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", descriptionKey = "status.out")
  Path out;

  @Option(names = "--excel", descriptionKey = "status.excel")
  boolean excel;

  @Option(names = "--file-dates", descriptionKey = "status.file-dates")
  boolean fileDates;

  @Option(names = "--strict", descriptionKey = "status.strict")
  boolean strict;

  private final Context context;

  public StatusCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    return run(new Options(planOption.plan, ReportInputs.period(period, context), data, format, out, excel, fileDates,
        strict, common.quiet)).code();
  }

  ExitCode run(Options o) throws Exception {
    CollectionStatus status = CollectionInputs.compute(o.plan(), o.data(), o.period(), o.fileDates(), context,
        spec.commandLine().getErr(), ProgressLine.of(context, spec.commandLine().getErr(), o.quiet()));
    byte[] bytes = switch (o.format()) {
      case text -> StatusText.render(status, context.messages()).getBytes(StandardCharsets.UTF_8);
      case json -> StatusJson.render(status, context.messages()).getBytes(StandardCharsets.UTF_8);
      case csv -> StatusCsv.render(status, context.messages(), o.excel());
    };
    if (o.out() != null && !"-".equals(o.out().toString())) {
      OutputFile.write(o.out(), bytes);
    } else {
      spec.commandLine().getOut().print(new String(bytes, StandardCharsets.UTF_8));
    }
    boolean failed = status.errors() > 0 || (o.strict() && status.warnings() > 0);
    return failed ? ExitCode.INPUT_ERRORS : ExitCode.OK;
  }
}
