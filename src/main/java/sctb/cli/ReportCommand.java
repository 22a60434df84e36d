package sctb.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import sctb.core.period.Period;
import sctb.core.progress.ProgressReport;
import sctb.io.OutputFile;
import sctb.io.UnreadableFileException;
import sctb.render.Json;
import sctb.render.report.ReportJson;

/** {@code sctb report}: progress against the targets for one period, written as a document (JSON for now). */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
public final class ReportCommand implements Callable<Integer> {
  enum Format { json }

  @Spec CommandSpec spec;
  @Mixin PlanOption planOption;
  @Mixin CommonOptions common;

  @Option(names = "--period", paramLabel = "P", required = true, descriptionKey = "report.period")
  String period;

  @Option(names = "--format", paramLabel = "json", defaultValue = "json", descriptionKey = "report.format")
  Format format;

  @Option(names = "--data", paramLabel = "DIR", descriptionKey = "report.data")
  Path data;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE|-", descriptionKey = "report.out")
  String out;

  private final Context context;

  public ReportCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    Period p = ReportInputs.period(period, context);
    ProgressReport report = ReportInputs.compute(planOption.plan, data, p, context, spec.commandLine().getErr());
    String text = Json.write(ReportJson.of(report));
    if ("-".equals(out)) {
      spec.commandLine().getOut().print(text);
    } else {
      Path target = out != null ? Path.of(out) : defaultPath(report, p);
      createParent(target);
      OutputFile.write(target, text.getBytes(StandardCharsets.UTF_8));
      if (!common.quiet) {
        spec.commandLine().getOut().println(target.toString().replace('\\', '/'));
      }
    }
    long errors = report.dataQuality().errors();
    if (errors > 0 && !common.quiet) {
      spec.commandLine().getErr().println(context.messages().get("report.data-errors", errors,
          report.dataQuality().rejectedRows()));
    }
    return ExitCode.OK.code();
  }

  /** {@code <workspace.reports>/P/bao-cao-sxtdbv-P.json}, the reports folder relative to the plan file. */
  private Path defaultPath(ProgressReport report, Period p) {
    Path folder = planOption.plan.toAbsolutePath().getParent();
    Path reports = Path.of(report.plan().workspace().reports());
    Path base = folder == null ? reports : folder.resolve(reports);
    Path here = Path.of("").toAbsolutePath();
    Path file = base.resolve(p.toString()).resolve("bao-cao-sxtdbv-" + p + "." + format.name()).normalize();
    return file.startsWith(here) ? here.relativize(file) : file;
  }

  private static void createParent(Path target) throws UnreadableFileException {
    Path parent = target.toAbsolutePath().getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (java.io.IOException e) {
      throw new UnreadableFileException(target, "write", e);
    }
  }
}
