package sctb.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import sctb.core.period.Period;
import sctb.core.period.PeriodStanding;
import sctb.core.period.ReportStanding;
import sctb.core.progress.IndicatorReports;
import sctb.core.progress.ProgressHistory;
import sctb.core.progress.ProgressReport;
import sctb.core.submission.RecordedRead;
import sctb.core.submission.Submissions;
import sctb.io.AtomicFiles;
import sctb.io.OwnedFiles;
import sctb.render.report.ReportRenderer;
import sctb.core.text.NumberFormats;
import sctb.render.site.Site;

/**
 * {@code sctb site}: the plan over time as a static website — every indicator, agency and task in
 * every half-year from the plan's first to {@code --until}, each period's consolidated report, the
 * data — written into a folder that works opened from disk or from any web server (docs/site.md).
 */
@Command(name = "site")
public final class SiteCommand extends Subcommand<SiteCommand.Options> {
  /** The file in the site's folder listing what sctb wrote there, so that a later run removes what it no longer writes. */
  static final String MANIFEST = "sctb-site.txt";

  /**
   * What {@code sctb site} was asked to make: from the submissions in {@code data} (else the plan's
   * folder), the periods up to {@code until} (else the latest with data), into {@code outDir} (else
   * {@code <workspace.reports>/site}), with a department's templates overlaid.
   */
  record Options(Path plan, Optional<Period> until, Optional<Path> data, Optional<Path> outDir, Optional<Path> templates,
      boolean quiet) {}

  @Option(names = "--until", paramLabel = "P", descriptionKey = "site.until")
  Period until;

  @Option(names = "--data", paramLabel = "DIR", descriptionKey = "report.data")
  Path data;

  @Option(names = "--out-dir", paramLabel = "DIR", descriptionKey = "site.out-dir")
  Path outDir;

  @Option(names = "--templates", paramLabel = "DIR", descriptionKey = "report.templates")
  Path templates;

  /** Not an option of the site (a folder, never one file): {@code -o/--out} is refused with a pointer to {@code --out-dir}. */
  @Option(names = {"-o", "--out"}, paramLabel = "DIR", hidden = true)
  String out;

  @Override
  Options options() {
    if (out != null) {
      throw usageError("site.out-is-folder", out);
    }
    return new Options(plan, Optional.ofNullable(until), Optional.ofNullable(data), Optional.ofNullable(outDir),
        Optional.ofNullable(templates), quiet);
  }

  @Override
  ExitCode run(Options options) throws Exception {
    Path overlay = options.templates().orElse(null);
    checkTemplates(overlay);
    PlanWorkspace workspace = workspace(options.plan());
    options.until().ifPresent(workspace::reportable);
    RecordedRead read = workspace.recorded(options.data().orElse(null), ProgressLine.of(session(), err(), options.quiet()));
    Submissions rows = read.submissions();
    Period last = options.until().orElseGet(() -> latestWithData(workspace, rows, options.quiet()));
    PeriodStanding standing = workspace.reportable(last);
    List<Period> periods = ProgressHistory.halfYears(workspace.plan(), last);
    ProgressHistory history = ProgressHistory.compute(workspace.plan(), workspace.register(), read, periods)
        .withLatest(ReportStanding.of(standing, workspace.today()));
    ReportRenderer renderer = Site.renderer(overlay);
    SortedMap<String, AtomicFiles.Body> site =
        rendered(() -> Site.build(history, IndicatorReports.byAgency(workspace.plan(), rows), renderer));
    Path folder = options.outDir().orElse(workspace.reportsFolder().resolve("site"));
    write(folder, site);
    Period end = periods.get(periods.size() - 1);
    if (!options.quiet()) {
      out().println(messages().get("site.written", folder.toString().replace('\\', '/'), site.size(), periods.get(0), end));
      if (standing == PeriodStanding.PROVISIONAL) {
        err().println(messages().get("site.provisional", end, NumberFormats.dmy(end.end())));
      }
    }
    return dataErrors(history.latest(), end);
  }

  /** The latest half-year with data, else the plan's first (said, unless quiet). */
  private Period latestWithData(PlanWorkspace workspace, Submissions rows, boolean quiet) {
    Period first = ProgressHistory.first(workspace.plan());
    Optional<Period> latest = ProgressHistory.latestData(workspace.plan(), rows).filter(p -> !p.end().isBefore(first.end()));
    if (latest.isEmpty() && !quiet) {
      err().println(messages().get("site.no-data", first));
    }
    return latest.orElse(first);
  }

  /**
   * Exit 1 when input rows were rejected as errors, said even with {@code -q}, as {@code report} does: the
   * site is written, the latest period's report on it lists the problems, the data needs fixing.
   */
  private ExitCode dataErrors(ProgressReport latest, Period period) {
    var quality = latest.dataQuality();
    if (quality.errors() > 0) {
      err().println(messages().get("site.data-errors", quality.errors(), quality.rejectedRows(), period));
    }
    return InputErrors.exitCode(quality.diagnostics(), false);
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
}
