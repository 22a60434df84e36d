package sctb.cli;

import sctb.core.plan.Retirements;
import sctb.core.text.DayMonthYear;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import sctb.core.period.Period;
import sctb.core.plan.Plan;
import sctb.core.plan.Sector;
import sctb.core.plan.Task;
import sctb.core.plan.TaskOutput;
import sctb.core.progress.IndicatorProgress;
import sctb.core.progress.OutputProgress;
import sctb.core.progress.ProgressReport;
import sctb.core.progress.SectorProgress;
import sctb.core.text.Suggest;
import sctb.render.report.Explanation;

/** {@code sctb explain}: how one figure of the report was computed, with every row behind it. */
@Command(name = "explain")
public final class ExplainCommand extends Subcommand<ExplainCommand.Options> {
  /** Which figure {@code sctb explain} was asked about: an indicator (one sector of it, when given) or a task output. */
  record Options(Path plan, Period period, String indicator, Optional<String> sector, Optional<Path> data,
      Output output, boolean quiet) {}

  @Mixin PeriodOption period;

  @Option(names = "--indicator", paramLabel = "ID", required = true, descriptionKey = "explain.indicator")
  String indicator;

  @Option(names = "--sector", paramLabel = "S", descriptionKey = "explain.sector")
  String sector;

  @Option(names = "--data", paramLabel = "DIR", descriptionKey = "report.data")
  Path data;

  @Mixin OutOption out;

  @Override
  Options options() {
    return new Options(plan, period.period, indicator.strip(), Optional.ofNullable(sector), Optional.ofNullable(data),
        out.fileOrStdout(messages()), quiet);
  }

  @Override
  ExitCode run(Options options) throws Exception {
    PlanWorkspace workspace = workspace(options.plan());
    Optional<Task> task = workspace.plan().task(options.indicator());
    if (task.isPresent()) {
      throw taskGiven(workspace.plan(), task.get(), options.period());
    }
    String id = options.indicator();
    // Checked before the data is read (a minute at two million rows): a typo is told at once.
    List<String> figures = figureIds(workspace.plan());
    if (!figures.contains(id)) {
      throw unknownIndicator(figures, id);
    }
    ProgressReport report = workspace.progress(options.data().orElse(null), options.period(),
        ProgressLine.of(session(), err(), options.quiet()));
    Optional<IndicatorProgress> indicator = report.indicator(id);
    if (indicator.isEmpty() && report.plan().indicator(id).filter(i -> report.retired().contains(i)).isPresent()) {
      Period from = Retirements.firstPeriod(report.plan(), report.plan().indicator(id).get()).orElseThrow();
      throw new CliException(ExitCode.USAGE, messages().get("explain.retired", id, from,
          DayMonthYear.of(report.plan().indicator(id).get().retiredFrom()), from.previous()));
    }
    if (indicator.isEmpty()) {
      OutputProgress output = report.outputs().stream().filter(x -> x.output().id().equals(id)).findFirst()
          .orElseThrow(() -> unknownIndicator(figureIds(report), id));
      write(options.output(), Explanation.of(report, output, messages()).getBytes(StandardCharsets.UTF_8));
      return InputErrors.exitCode(report.dataQuality().diagnostics(), false);
    }
    IndicatorProgress ip = indicator.get();
    SectorProgress s = null;
    if (options.sector().isPresent()) {
      String named = options.sector().get();
      String wanted = report.plan().sectorNamed(named).map(Sector::id).orElse(null);
      s = ip.sectors().stream().filter(x -> x.sector().equals(wanted)).findFirst().orElse(null);
      if (s == null) {
        List<String> ids = ip.sectors().stream().map(SectorProgress::sector).toList();
        throw new CliException(ExitCode.USAGE, ids.isEmpty()
            ? messages().get("explain.no-sectors", ip.indicator().id(), named)
            : messages().get("explain.unknown-sector", ip.indicator().id(), named, String.join(", ", ids)));
      }
    }
    write(options.output(), Explanation.of(report, ip, s, messages()).getBytes(StandardCharsets.UTF_8));
    return InputErrors.exitCode(report.dataQuality().diagnostics(), false);
  }

  /** A task id where a figure's id goes: the figures that task has (its outputs, the indicators counting it). */
  private CliException taskGiven(Plan plan, Task task, Period period) {
    List<String> figures = new ArrayList<>(task.outputs().stream().map(TaskOutput::id).toList());
    plan.indicators().stream().filter(i -> i.tasks().contains(task.id())).forEach(i -> figures.add(i.id()));
    return new CliException(ExitCode.USAGE, figures.isEmpty()
        ? messages().get("explain.task-without-figure", task.id())
        : messages().get("explain.task-figures", task.id(), String.join(", ", figures), figures.get(0), period));
  }

  /** The ids of the plan's figures: its indicators, then its tasks' outputs. */
  private static List<String> figureIds(Plan plan) {
    List<String> ids = new ArrayList<>(plan.indicators().stream().map(i -> i.id()).toList());
    plan.tasks().forEach(t -> t.outputs().forEach(o -> ids.add(o.id())));
    return ids;
  }

  /** The ids of the report's figures, as {@link #figureIds(Plan)}. */
  private static List<String> figureIds(ProgressReport report) {
    List<String> ids = new ArrayList<>(report.indicators().stream().map(i -> i.indicator().id()).toList());
    report.outputs().forEach(x -> ids.add(x.output().id()));
    return ids;
  }

  private CliException unknownIndicator(List<String> ids, String id) {
    String hint = Suggest.closest(id, ids).map(s -> " " + messages().get("diag.suggest", s)).orElse("");
    return new CliException(ExitCode.USAGE, messages().get("explain.unknown-indicator", id, String.join(", ", ids)) + hint);
  }
}
