package sctb.cli;

import java.nio.file.Path;
import java.time.LocalDate;
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
import sctb.core.period.Period;
import sctb.io.AtomicFiles;
import sctb.render.collect.CollectDocuments;
import sctb.render.collect.model.CollectViews;
import sctb.render.collect.model.ReminderView;
import sctb.render.report.TemplateProblem;

/**
 * {@code sctb remind}: reminder letters (công văn đôn đốc) in the Decree 30 layout to the agencies whose
 * report for a period has not come, has errors or is incomplete — one letter each, or one to all with a
 * table ({@code --combined}); Word and PDF, from templates the department can edit.
 */
@Command(name = "remind", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
public final class RemindCommand implements Callable<Integer> {
  enum Format { html, docx, pdf }

  /**
   * What {@code sctb remind} was asked: the agencies (none: every one that owes something, the recipient of
   * reports aside), one letter each or one to all, the formats, into one file ({@code out}) or a folder
   * ({@code outDir}, else the plan's reports folder's {@code <P>/don-doc/}), signed on {@code signed}.
   */
  record Options(Path plan, Period period, List<String> agencies, boolean combined, List<Format> formats, Path data,
      Path out, Path outDir, Path templates, LocalDate signed, LocalDate sendBy, boolean fileDates, boolean quiet) {}

  @Spec CommandSpec spec;
  @Mixin PlanOption planOption;
  @Mixin CommonOptions common;

  @Option(names = "--period", paramLabel = "P", required = true, descriptionKey = "remind.period")
  String period;

  @Option(names = "--agency", paramLabel = "CODE", descriptionKey = "remind.agency")
  List<String> agencies;

  @Option(names = "--combined", descriptionKey = "remind.combined")
  boolean combined;

  @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "docx,pdf", descriptionKey = "remind.format")
  List<Format> formats;

  @Option(names = "--data", paramLabel = "DIR", descriptionKey = "feedback.data")
  Path data;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE|-", descriptionKey = "remind.out")
  Path out;

  @Option(names = "--out-dir", paramLabel = "DIR", descriptionKey = "remind.out-dir")
  Path outDir;

  @Option(names = "--templates", paramLabel = "DIR", descriptionKey = "feedback.templates")
  Path templates;

  @Option(names = "--date", paramLabel = "D", descriptionKey = "remind.date")
  String date;

  @Option(names = "--send-by", paramLabel = "D", descriptionKey = "feedback.send-by")
  String sendBy;

  @Option(names = "--file-dates", descriptionKey = "status.file-dates")
  boolean fileDates;

  private final Context context;

  public RemindCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    List<Format> chosen = List.copyOf(new LinkedHashSet<>(formats));
    if (out != null && chosen.size() != 1) {
      throw new ParameterException(spec.commandLine(), context.messages().get("report.o-single-format"));
    }
    return run(new Options(planOption.plan, ReportInputs.period(period, context), agencies == null ? List.of() : agencies,
        combined, chosen, data, out, outDir, templates, DateOption.parse(date, spec, context),
        DateOption.parse(sendBy, spec, context), fileDates, common.quiet)).code();
  }

  ExitCode run(Options o) throws Exception {
    CollectionStatus status = CollectionInputs.compute(o.plan(), o.data(), o.period(), o.fileDates(), context,
        spec.commandLine().getErr(), ProgressLine.of(context, spec.commandLine().getErr(), o.quiet()));
    String recipient = status.plan().reporting().recipient();
    List<AgencyIntake> named = o.agencies().isEmpty() ? status.owing().stream().filter(a -> !a.agency().equals(recipient)).toList()
        : CollectionInputs.agencies(status, o.agencies(), context);
    List<AgencyIntake> owing = named.stream().filter(a -> a.state().owesSomething()).toList();
    if (!o.quiet()) {
      named.stream().filter(a -> !a.state().owesSomething())
          .forEach(a -> spec.commandLine().getErr().println(context.messages().get("remind.nothing-owed", a.agency())));
      warnBlanks(status);
    }
    if (owing.isEmpty()) {
      if (!o.quiet()) {
        spec.commandLine().getErr().println(context.messages().get("remind.none", o.period()));
      }
      return ExitCode.OK;
    }
    List<List<AgencyIntake>> letters = o.combined() ? List.of(owing) : owing.stream().map(List::of).toList();
    if (o.out() != null && letters.size() != 1) {
      throw new ParameterException(spec.commandLine(), context.messages().get("remind.o-single-letter"));
    }
    CollectDocuments documents = new CollectDocuments(o.templates());
    CollectViews views = new CollectViews(status, context.language(), o.sendBy());
    Path folder = o.outDir() != null ? o.outDir()
        : ReportInputs.reportsFolder(o.plan(), status.plan(), o.period()).resolve("don-doc");
    Map<Path, AtomicFiles.Body> files = new LinkedHashMap<>();
    for (List<AgencyIntake> to : letters) {
      ReminderView view = views.reminder(to, o.combined(), o.signed());
      String agency = o.combined() ? null : to.get(0).agency();
      for (Format f : o.formats()) {
        files.put(o.out() != null ? o.out() : folder.resolve(CollectDocuments.reminderFile(o.period().toString(), agency, f.name())),
            AtomicFiles.Body.of(render(documents, f, view, o.signed())));
      }
    }
    CollectionInputs.write(files, o.out(), o.formats().stream().anyMatch(f -> f != Format.html), o.quiet(), spec, context);
    return owing.stream().anyMatch(a -> a.errors() > 0) ? ExitCode.INPUT_ERRORS : ExitCode.OK;
  }

  /** What the letters leave blank for the clerk because plan.yaml does not say it. */
  private void warnBlanks(CollectionStatus status) {
    var plan = status.plan();
    if (plan.info().issued().number().isEmpty() || plan.info().issued().date() == null) {
      spec.commandLine().getErr().println(context.messages().get("remind.no-plan-number"));
    }
    if (!plan.reporting().contact().known()) {
      spec.commandLine().getErr().println(context.messages().get("remind.no-contact"));
    }
  }

  private byte[] render(CollectDocuments documents, Format f, ReminderView view, LocalDate signed) {
    try {
      return documents.reminder(f.name(), view, signed);
    } catch (TemplateProblem problem) {
      throw new CliException(ExitCode.INPUT_ERRORS, problem.message(context.messages()));
    }
  }
}
