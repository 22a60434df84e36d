package sctb.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import sctb.core.period.Period;
import sctb.core.progress.IndicatorProgress;
import sctb.core.progress.OutputProgress;
import sctb.core.plan.Sector;
import sctb.core.progress.ProgressReport;
import sctb.core.progress.SectorProgress;
import sctb.core.text.Suggest;
import sctb.render.report.Explanation;

/** {@code sctb explain}: how one figure of the report was computed, with every row behind it. */
@Command(name = "explain", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
public final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin PlanOption planOption;
  @Mixin CommonOptions common;

  @Option(names = "--period", paramLabel = "P", required = true, descriptionKey = "report.period")
  String period;

  @Option(names = "--indicator", paramLabel = "ID", required = true, descriptionKey = "explain.indicator")
  String indicator;

  @Option(names = "--sector", paramLabel = "S", descriptionKey = "explain.sector")
  String sector;

  @Option(names = "--data", paramLabel = "DIR", descriptionKey = "report.data")
  Path data;

  private final Context context;

  public ExplainCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    Period p = ReportInputs.period(period, context);
    ProgressReport report = ReportInputs.compute(planOption.plan, data, p, context, spec.commandLine().getErr(),
        ProgressLine.of(context, spec.commandLine().getErr(), common.quiet));
    var out = spec.commandLine().getOut();
    IndicatorProgress ip = report.indicator(indicator.strip()).orElse(null);
    if (ip == null) {
      OutputProgress o = report.outputs().stream().filter(x -> x.output().id().equals(indicator.strip())).findFirst()
          .orElse(null);
      if (o == null) {
        List<String> ids = new ArrayList<>(report.indicators().stream().map(i -> i.indicator().id()).toList());
        report.outputs().forEach(x -> ids.add(x.output().id()));
        String hint = Suggest.closest(indicator, ids).map(s -> " " + context.messages().get("diag.suggest", s)).orElse("");
        throw new CliException(ExitCode.USAGE,
            context.messages().get("explain.unknown-indicator", indicator, String.join(", ", ids)) + hint);
      }
      out.print(Explanation.of(report, o, context.messages()));
      return ExitCode.OK.code();
    }
    SectorProgress s = null;
    if (sector != null) {
      String wanted = report.plan().sectorNamed(sector).map(Sector::id).orElse(null);
      s = ip.sectors().stream().filter(x -> x.sector().equals(wanted)).findFirst().orElse(null);
      if (s == null) {
        List<String> ids = ip.sectors().stream().map(SectorProgress::sector).toList();
        throw new CliException(ExitCode.USAGE, ids.isEmpty()
            ? context.messages().get("explain.no-sectors", ip.indicator().id(), sector)
            : context.messages().get("explain.unknown-sector", ip.indicator().id(), sector, String.join(", ", ids)));
      }
    }
    out.print(Explanation.of(report, ip, s, context.messages()));
    return ExitCode.OK.code();
  }
}
