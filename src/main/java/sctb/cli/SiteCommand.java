package sctb.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import sctb.core.period.Period;
import sctb.core.plan.Plan;
import sctb.core.progress.IndicatorReports;
import sctb.core.progress.ProgressHistory;
import sctb.core.submission.Submissions;
import sctb.io.AtomicFiles;
import sctb.io.OwnedFiles;
import sctb.render.report.Preparing;
import sctb.render.report.ReportRenderer;
import sctb.render.report.TemplateProblem;
import sctb.render.site.Site;

/**
 * {@code sctb site}: the plan over time as a static website — every indicator, agency and task in
 * every half-year from the plan's first to {@code --until}, each period's consolidated report, the
 * data — written into a folder that works opened from disk or from any web server (docs/site.md).
 */
@Command(name = "site", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
public final class SiteCommand implements Callable<Integer> {
  /** The file in the site's folder listing what sctb wrote there, so that a later run removes what it no longer writes. */
  static final String MANIFEST = "sctb-site.txt";

  /**
   * What {@code sctb site} was asked to make: from the submissions in {@code data} (else the plan's
   * folder), the periods up to {@code until} (else the latest with data), into {@code outDir} (else
   * {@code <workspace.reports>/site}), with a department's templates overlaid.
   */
  record Options(Path plan, Optional<Period> until, Optional<Path> data, Optional<Path> outDir, Optional<Path> templates,
      boolean quiet) {}

  @Spec CommandSpec spec;
  @Mixin PlanOption planOption;
  @Mixin CommonOptions common;

  @Option(names = "--until", paramLabel = "P", descriptionKey = "site.until")
  String until;

  @Option(names = "--data", paramLabel = "DIR", descriptionKey = "report.data")
  Path data;

  @Option(names = "--out-dir", paramLabel = "DIR", descriptionKey = "site.out-dir")
  Path outDir;

  @Option(names = "--templates", paramLabel = "DIR", descriptionKey = "report.templates")
  Path templates;

  private final Context context;

  public SiteCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    return run(options()).code();
  }

  Options options() {
    return new Options(planOption.plan, Optional.ofNullable(until).map(u -> ReportInputs.period(u, context)), Optional.ofNullable(data),
        Optional.ofNullable(outDir), Optional.ofNullable(templates), common.quiet);
  }

  ExitCode run(Options options) throws Exception {
    Path overlay = options.templates().orElse(null);
    ReportInputs.checkTemplates(overlay);
    Preparing<ReportRenderer> renderer = Site.prepare(overlay);
    Plan plan = PlanLoading.load(options.plan(), context, err());
    Submissions rows = ReportInputs.readAll(plan, options.plan(), options.data().orElse(null), context,
        ProgressLine.of(context, err(), options.quiet()));
    List<Period> periods = ProgressHistory.halfYears(plan, until(plan, rows, options.until()));
    ProgressHistory history = ProgressHistory.compute(plan, rows, periods);
    SortedMap<String, AtomicFiles.Body> site;
    try {
      site = Site.build(history, IndicatorReports.byAgency(plan, rows), renderer.get());
    } catch (TemplateProblem problem) {
      throw new CliException(ExitCode.INPUT_ERRORS, problem.message(context.messages()));
    }
    Path folder = options.outDir().orElse(ValidateCommand.Defaults.reportsFolder(options.plan(), plan).resolve("site"));
    write(folder, site);
    if (!options.quiet()) {
      out().println(context.messages().get("site.written", folder.toString().replace('\\', '/'), site.size(), periods.get(0),
          periods.get(periods.size() - 1)));
      long errors = history.latest().dataQuality().errors();
      if (errors > 0) {
        err().println(context.messages().get("report.data-errors", errors, history.latest().dataQuality().rejectedRows()));
      }
    }
    return ExitCode.OK;
  }

  /** {@code --until}, else the latest half-year with data (the plan's first without any); a usage error outside the plan. */
  private Period until(Plan plan, Submissions rows, Optional<Period> asked) {
    Period first = ProgressHistory.first(plan);
    Period last = ProgressHistory.last(plan);
    if (asked.isPresent()) {
      Period p = asked.get();
      if (p.end().isBefore(first.end()) || p.end().isAfter(last.end())) {
        throw new CliException(ExitCode.USAGE, context.messages().get("site.until-outside-plan", p, first, last));
      }
      return p;
    }
    Optional<Period> latest = ProgressHistory.latestData(plan, rows);
    if (latest.isEmpty() && !common.quiet) {
      err().println(context.messages().get("site.no-data", first));
    }
    return latest.filter(p -> !p.end().isBefore(first.end())).orElse(first);
  }

  /** Writes every file (all or none), then removes those an earlier run wrote and this one did not. */
  private static void write(Path folder, SortedMap<String, AtomicFiles.Body> site) throws Exception {
    Set<String> before = OwnedFiles.listed(folder.resolve(MANIFEST));
    Map<Path, AtomicFiles.Body> files = new LinkedHashMap<>();
    site.forEach((path, body) -> files.put(folder.resolve(path), body));
    files.put(folder.resolve(MANIFEST), AtomicFiles.Body.of(OwnedFiles.manifest(site.keySet())));
    AtomicFiles.writeAllBodies(files);
    OwnedFiles.removeStale(folder, before, site.keySet());
  }

  private java.io.PrintWriter out() {
    return spec.commandLine().getOut();
  }

  private java.io.PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
