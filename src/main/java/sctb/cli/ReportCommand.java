package sctb.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import sctb.core.period.Period;
import sctb.core.progress.ProgressReport;
import sctb.io.AtomicFiles;
import sctb.render.report.Preparing;
import sctb.render.report.ReportDocuments;
import sctb.render.report.ReportJson;
import sctb.render.report.TemplateProblem;
import sctb.render.report.model.ReportView;
import sctb.render.report.model.ReportViews;

/**
 * {@code sctb report}: progress against the targets for one period, written as the consolidated
 * report — Markdown and HTML (templates/) by default, JSON, Word and PDF on request — into the reports folder.
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
public final class ReportCommand implements Callable<Integer> {
  enum Format {
    md, html, json, docx, pdf;

    boolean binary() {
      return this == docx || this == pdf;
    }
  }

  @Spec CommandSpec spec;
  @Mixin PlanOption planOption;
  @Mixin CommonOptions common;

  @Option(names = "--period", paramLabel = "P", required = true, descriptionKey = "report.period")
  String period;

  @Option(names = "--format", paramLabel = "md,html,json,docx,pdf", split = ",", defaultValue = "md,html", descriptionKey = "report.formats")
  List<Format> formats;

  @Option(names = "--data", paramLabel = "DIR", descriptionKey = "report.data")
  Path data;

  @Option(names = "--out", paramLabel = "DIR", descriptionKey = "report.out-dir")
  Path outDir;

  @Option(names = "-o", paramLabel = "FILE|-", descriptionKey = "report.out-file")
  String out;

  @Option(names = "--templates", paramLabel = "DIR", descriptionKey = "report.templates")
  Path templates;

  @Option(names = "--date", paramLabel = "D", descriptionKey = "report.date")
  String date;

  private final Context context;

  public ReportCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    List<Format> chosen = new ArrayList<>(new LinkedHashSet<>(formats));
    if (out != null && chosen.size() != 1) {
      throw new ParameterException(spec.commandLine(), context.messages().get("report.o-single-format"));
    }
    LocalDate signed = signingDate();
    ReportInputs.checkTemplates(templates);
    Period p = ReportInputs.period(period, context);
    // FreeMarker is set up, and the templates parsed, on the second core while this thread reads the
    // plan and the data (start-up: docs/performance.md); any failure is reported where it always was.
    Preparing<ReportDocuments> preparing = chosen.stream().anyMatch(f -> f != Format.json)
        ? ReportDocuments.prepare(templates, chosen.stream().map(Format::name).toList()) : null;
    ProgressReport report = ReportInputs.compute(planOption.plan, data, p, context, spec.commandLine().getErr(),
        ProgressLine.of(context, spec.commandLine().getErr(), common.quiet));
    ReportDocuments documents = preparing == null ? null : preparing.get();
    // One view for every document format; md/html/docx/pdf never compute anything twice.
    ReportView view = documents == null ? null : ReportViews.of(report, context.language(), signed);
    // Render everything before writing anything: a template error leaves every previous file as it was.
    // JSON is written as it is produced: a national roll-up's is hundreds of MB.
    Map<Format, AtomicFiles.Body> outputs = new LinkedHashMap<>();
    for (Format f : chosen) {
      outputs.put(f, f == Format.json ? AtomicFiles.Body.text(w -> ReportJson.write(report, w))
          : AtomicFiles.Body.of(render(documents, f, view, signed)));
    }
    if ("-".equals(out)) {
      if (chosen.get(0).binary()) {
        throw new ParameterException(spec.commandLine(), context.messages().get("report.binary-stdout", chosen.get(0).name()));
      }
      java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
      outputs.get(chosen.get(0)).writeTo(text);
      spec.commandLine().getOut().print(text.toString(StandardCharsets.UTF_8));
      spec.commandLine().getOut().flush();
    } else {
      Map<Path, AtomicFiles.Body> files = new LinkedHashMap<>();
      for (Format f : chosen) {
        files.put(out != null ? Path.of(out) : folder(report, p).resolve(ReportDocuments.fileName(p.toString(), f.name())), outputs.get(f));
      }
      AtomicFiles.writeAllBodies(files);
      if (!common.quiet) {
        files.keySet().forEach(path -> spec.commandLine().getOut().println(path.toString().replace('\\', '/')));
      }
    }
    long errors = report.dataQuality().errors();
    if (errors > 0 && !common.quiet) {
      spec.commandLine().getErr().println(context.messages().get("report.data-errors", errors,
          report.dataQuality().rejectedRows()));
    }
    return ExitCode.OK.code();
  }

  private byte[] render(ReportDocuments documents, Format f, ReportView view, LocalDate signed) {
    try {
      return f.binary() ? documents.renderBinary(f.name(), view, signed)
          : documents.render(f.name(), view).getBytes(StandardCharsets.UTF_8);
    } catch (TemplateProblem problem) {
      throw new CliException(ExitCode.INPUT_ERRORS, problem.message(context.messages()));
    }
  }

  /** --date as 2025-10-09 or 09/10/2025. */
  private LocalDate signingDate() {
    if (date == null) {
      return null;
    }
    try {
      java.util.regex.Matcher dmy = java.util.regex.Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})").matcher(date.trim());
      if (dmy.matches()) {
        return LocalDate.of(Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(2)), Integer.parseInt(dmy.group(1)));
      }
      return LocalDate.parse(date.trim());
    } catch (java.time.DateTimeException e) {
      throw new ParameterException(spec.commandLine(), context.messages().get("report.bad-date", date));
    }
  }


  /** {@code --out DIR}, else {@code <workspace.reports>/P/}, the reports folder relative to the plan file. */
  private Path folder(ProgressReport report, Period p) {
    if (outDir != null) {
      return outDir;
    }
    return ValidateCommand.Defaults.reportsFolder(planOption.plan, report.plan()).resolve(p.toString());
  }
}
