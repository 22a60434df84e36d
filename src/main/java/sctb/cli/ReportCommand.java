package sctb.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import sctb.core.period.Period;
import sctb.core.progress.ProgressReport;
import sctb.io.AtomicFiles;
import sctb.render.DocumentKind;
import sctb.render.OutputFormat;
import sctb.render.report.JsonDetail;
import sctb.render.report.ReportDocuments;
import sctb.render.report.ReportJson;
import sctb.core.text.NumberFormats;
import sctb.render.report.model.ReportView;
import sctb.render.report.model.ReportViews;

/**
 * {@code sctb report}: progress against the targets for one period, written as the consolidated
 * report — Markdown and HTML (templates/) by default, JSON, Word and PDF on request — into the reports folder.
 */
@Command(name = "report")
public final class ReportCommand extends Subcommand<ReportCommand.Options> {
  /** How much of its growing lists the JSON report writes ({@link JsonDetail}). */
  enum Detail {
    bounded(JsonDetail.BOUNDED), full(JsonDetail.FULL);

    final JsonDetail json;

    Detail(JsonDetail json) {
      this.json = json;
    }
  }

  /**
   * What {@code sctb report} was asked to make: the formats (distinct, in the order given), from the
   * submissions in {@code data} (else the plan's folder), into one file or standard output
   * ({@code output}, one format only) or else a folder ({@code outDir}, else the plan's reports folder).
   */
  record Options(Path plan, Period period, List<OutputFormat> formats, Optional<Path> data, Optional<Output> output,
      Optional<Path> outDir, Optional<Path> templates, Optional<LocalDate> signingDate, JsonDetail detail,
      boolean quiet) {}

  @Mixin PeriodOption period;

  @Option(names = "--format", paramLabel = "FORMAT", split = ",", splitSynopsisLabel = ",", defaultValue = "md,html",
      converter = FormatChoices.Report.class, completionCandidates = FormatChoices.Report.class,
      descriptionKey = "report.formats")
  List<OutputFormat> formats;

  @Option(names = "--data", paramLabel = "DIR", descriptionKey = "report.data")
  Path data;

  @Mixin OutOption out;

  @Option(names = "--out-dir", paramLabel = "DIR", descriptionKey = "report.out-dir")
  Path outDir;

  @Option(names = "--templates", paramLabel = "DIR", descriptionKey = "report.templates")
  Path templates;

  @Option(names = "--date", paramLabel = "D", descriptionKey = "report.date")
  LocalDate date;

  @Option(names = "--detail", paramLabel = "DETAIL", defaultValue = "bounded", descriptionKey = "report.detail")
  Detail detail;

  @Override
  Options options() {
    List<OutputFormat> chosen = List.copyOf(new LinkedHashSet<>(formats));
    Optional<Output> output = out.oneDocument(messages(), "report.out-is-folder", outDir != null, chosen, OutputFormat::binary,
        "report.binary-stdout");
    Period p = period.period;
    checkSigningDate(date, p);
    return new Options(plan, p, chosen, Optional.ofNullable(data), output, Optional.ofNullable(outDir),
        Optional.ofNullable(templates), Optional.ofNullable(date), detail.json, quiet);
  }

  @Override
  ExitCode run(Options options) throws Exception {
    List<OutputFormat> chosen = options.formats();
    Path templates = options.templates().orElse(null);
    LocalDate signed = options.signingDate().orElse(null);
    checkTemplates(templates);
    PlanWorkspace workspace = workspace(options.plan());
    Period p = options.period();
    ProgressReport report = workspace.progress(options.data().orElse(null), p,
        ProgressLine.of(session(), err(), options.quiet()));
    ReportDocuments documents = chosen.stream().anyMatch(f -> f != OutputFormat.JSON) ? new ReportDocuments(templates) : null;
    // One view for every document format; md/html/docx/pdf never compute anything twice.
    ReportView view = documents == null ? null : ReportViews.of(report, session().language(), signed);
    // Render everything before writing anything: a template error leaves every previous file as it was.
    // JSON is written as it is produced: a national roll-up's is hundreds of MB.
    Path folder = options.outDir().orElse(workspace.reports(p));
    Map<Path, AtomicFiles.Body> files = new LinkedHashMap<>();
    for (OutputFormat f : chosen) {
      files.put(documentFile(options.output(), folder, ReportDocuments.fileName(p.toString(), f)),
          f == OutputFormat.JSON ? (AtomicFiles.Body) out -> ReportJson.write(report, out, options.detail())
              : AtomicFiles.Body.of(checkedMarkup(templates, f, DocumentKind.REPORT, render(documents, f, view, signed))));
    }
    writeDocuments(files, options.output(), options.quiet());
    if (report.standing().provisional() && !options.quiet()) {
      err().println(messages().get("period.provisional", p, NumberFormats.dmy(p.end())));
    }
    return dataErrors(report);
  }

  /** Exit 1 when input rows were rejected as errors, said even with {@code -q}: the report is written, the data needs fixing. */
  private ExitCode dataErrors(ProgressReport report) {
    long errors = report.dataQuality().errors();
    if (errors > 0) {
      err().println(messages().get("report.data-errors", errors, report.dataQuality().rejectedRows()));
    }
    return InputErrors.exitCode(report.dataQuality().diagnostics(), false);
  }

  private byte[] render(ReportDocuments documents, OutputFormat f, ReportView view, LocalDate signed) {
    return rendered(() -> f.binary() ? documents.renderBinary(f, view, signed)
        : documents.render(f, view).getBytes(StandardCharsets.UTF_8));
  }
}
