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
import sctb.core.collect.AgencyIntake;
import sctb.core.collect.CollectionStatus;
import sctb.core.collect.IntakeState;
import sctb.core.period.Period;
import sctb.io.AtomicFiles;
import sctb.render.collect.CollectDocuments;
import sctb.render.collect.model.CollectViews;
import sctb.render.report.TemplateProblem;

/**
 * {@code sctb feedback}: a short document for each agency on its report for a period — what came, every
 * problem at its place with what to do, the tasks still missing, the day to resend by; a confirmation
 * of receipt when the report is complete and clean. Word and PDF by default, Markdown and HTML on request.
 */
@Command(name = "feedback", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
public final class FeedbackCommand implements Callable<Integer> {
  enum Format { md, html, docx, pdf }

  /**
   * What {@code sctb feedback} was asked: the agencies (none: every one that sent something), the formats,
   * into one file ({@code out}: one agency, one format) or a folder ({@code outDir}, else the plan's
   * reports folder's {@code <P>/phan-hoi/}).
   */
  record Options(Path plan, Period period, List<String> agencies, List<Format> formats, Path data, Path out, Path outDir,
      Path templates, LocalDate sendBy, boolean fileDates, boolean quiet) {}

  @Spec CommandSpec spec;
  @Mixin PlanOption planOption;
  @Mixin CommonOptions common;

  @Option(names = "--period", paramLabel = "P", required = true, descriptionKey = "feedback.period")
  String period;

  @Option(names = "--agency", paramLabel = "CODE", descriptionKey = "feedback.agency")
  List<String> agencies;

  @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "docx,pdf", descriptionKey = "feedback.format")
  List<Format> formats;

  @Option(names = "--data", paramLabel = "DIR", descriptionKey = "feedback.data")
  Path data;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE|-", descriptionKey = "feedback.out")
  Path out;

  @Option(names = "--out-dir", paramLabel = "DIR", descriptionKey = "feedback.out-dir")
  Path outDir;

  @Option(names = "--templates", paramLabel = "DIR", descriptionKey = "feedback.templates")
  Path templates;

  @Option(names = "--send-by", paramLabel = "D", descriptionKey = "feedback.send-by")
  String sendBy;

  @Option(names = "--file-dates", descriptionKey = "status.file-dates")
  boolean fileDates;

  private final Context context;

  public FeedbackCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    List<Format> chosen = List.copyOf(new LinkedHashSet<>(formats));
    if (out != null && chosen.size() != 1) {
      throw new ParameterException(spec.commandLine(), context.messages().get("report.o-single-format"));
    }
    return run(new Options(planOption.plan, ReportInputs.period(period, context), agencies == null ? List.of() : agencies,
        chosen, data, out, outDir, templates, DateOption.parse(sendBy, spec, context), fileDates,
        common.quiet)).code();
  }

  ExitCode run(Options o) throws Exception {
    CollectionStatus status = CollectionInputs.compute(o.plan(), o.data(), o.period(), o.fileDates(), context,
        spec.commandLine().getErr(), ProgressLine.of(context, spec.commandLine().getErr(), o.quiet()));
    String recipient = status.plan().reporting().recipient();
    List<AgencyIntake> chosen = o.agencies().isEmpty()
        ? status.agencies().stream().filter(a -> a.state() != IntakeState.NOT_RECEIVED && !a.agency().equals(recipient)).toList()
        : CollectionInputs.agencies(status, o.agencies(), context);
    if (o.out() != null && chosen.size() != 1) {
      throw new ParameterException(spec.commandLine(), context.messages().get("feedback.o-single-agency"));
    }
    CollectDocuments documents = new CollectDocuments(o.templates());
    CollectViews views = new CollectViews(status, context.language(), o.sendBy());
    Path folder = o.outDir() != null ? o.outDir()
        : ReportInputs.reportsFolder(o.plan(), status.plan(), o.period()).resolve("phan-hoi");
    // Everything is rendered before anything is written: a template error leaves every file as it was.
    Map<Path, AtomicFiles.Body> files = new LinkedHashMap<>();
    for (AgencyIntake a : chosen) {
      var view = views.feedback(a);
      for (Format f : o.formats()) {
        byte[] bytes = render(documents, f, view, status.today());
        files.put(o.out() != null ? o.out()
            : folder.resolve(CollectDocuments.feedbackFile(o.period().toString(), a.agency(), f.name())), AtomicFiles.Body.of(bytes));
      }
    }
    CollectionInputs.write(files, o.out(), o.formats().stream().anyMatch(f -> f == Format.docx || f == Format.pdf),
        o.quiet(), spec, context);
    if (chosen.isEmpty() && !o.quiet()) {
      spec.commandLine().getErr().println(context.messages().get("feedback.none", o.period()));
    }
    return chosen.stream().anyMatch(a -> a.errors() > 0) ? ExitCode.INPUT_ERRORS : ExitCode.OK;
  }

  private byte[] render(CollectDocuments documents, Format f, sctb.render.collect.model.FeedbackView view, LocalDate today) {
    try {
      return documents.feedback(f.name(), view, today);
    } catch (TemplateProblem problem) {
      throw new CliException(ExitCode.INPUT_ERRORS, problem.message(context.messages()));
    }
  }
}
