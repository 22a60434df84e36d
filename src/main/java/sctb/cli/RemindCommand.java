package sctb.cli;

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
import sctb.core.collect.AgencyIntake;
import sctb.core.collect.CollectionStatus;
import sctb.core.period.Period;
import sctb.core.plan.Plan;
import sctb.io.AtomicFiles;
import sctb.render.OutputFormat;
import sctb.render.collect.CollectDocuments;
import sctb.render.collect.model.CollectViews;
import sctb.render.collect.model.ReminderView;
import sctb.render.report.TemplateProblem;

/**
 * {@code sctb remind}: reminder letters (công văn đôn đốc) in the Decree 30 layout to the agencies whose
 * report for a period has not come, has errors or is incomplete — one letter each, or one to all with a
 * table ({@code --combined}); Word and PDF, from templates the department can edit.
 */
@Command(name = "remind")
public final class RemindCommand extends Subcommand<RemindCommand.Options> {
  /**
   * What {@code sctb remind} was asked: the agencies (none: every one that owes something, the recipient of
   * reports aside), one letter each or one to all, the formats, into one file or standard output
   * ({@code output}: one letter, one format) or a folder ({@code outDir}, else the plan's reports folder's
   * {@code <P>/don-doc/}), signed on {@code signed} (dots when absent).
   */
  record Options(Path plan, Period period, List<String> agencies, boolean combined, List<OutputFormat> formats,
      Optional<Path> data, Optional<Output> output, Optional<Path> outDir, Optional<Path> templates,
      Optional<LocalDate> signed, Optional<LocalDate> sendBy, boolean fileDates, boolean quiet) {}

  @Mixin PeriodOption period;

  @Option(names = "--combined", descriptionKey = "remind.combined")
  boolean combined;

  @Option(names = "--format", paramLabel = "FORMAT", split = ",", splitSynopsisLabel = ",", defaultValue = "docx,pdf",
      converter = FormatChoices.Reminder.class, completionCandidates = FormatChoices.Reminder.class,
      descriptionKey = "remind.format")
  List<OutputFormat> formats;

  @Mixin CollectOptions collect;

  @Mixin OutOption out;

  @Option(names = "--date", paramLabel = "D", descriptionKey = "remind.date")
  LocalDate date;

  @Override
  Options options() {
    List<OutputFormat> chosen = List.copyOf(new LinkedHashSet<>(formats));
    Optional<Output> output = out.oneDocument(messages(), "collect.out-is-folder", collect.outDir != null, chosen,
        OutputFormat::binary, "collect.binary-stdout");
    return new Options(plan, period.period, collect.agencies(), combined, chosen, Optional.ofNullable(collect.data),
        output, Optional.ofNullable(collect.outDir), Optional.ofNullable(collect.templates), Optional.ofNullable(date),
        Optional.ofNullable(collect.sendBy), collect.fileDates, quiet);
  }

  @Override
  ExitCode run(Options options) throws Exception {
    PlanWorkspace workspace = workspace(options.plan());
    Period p = options.period();
    CollectionStatus status = workspace.collection(options.data().orElse(null), p, options.fileDates(),
        ProgressLine.of(session(), err(), options.quiet()));
    List<AgencyIntake> named = CollectionInputs.agencies(status, options.agencies(), a -> a.state().owesSomething(),
        workspace, messages());
    List<AgencyIntake> owing = named.stream().filter(a -> a.state().owesSomething()).toList();
    if (!options.quiet()) {
      named.stream().filter(a -> !a.state().owesSomething())
          .forEach(a -> err().println(messages().get("remind.nothing-owed", a.agency())));
    }
    if (owing.isEmpty()) {
      if (!options.quiet()) {
        err().println(messages().get("remind.none", p));
      }
      return ExitCode.OK;
    }
    List<List<AgencyIntake>> letters = options.combined() ? List.of(owing) : owing.stream().map(List::of).toList();
    if (options.output().isPresent() && letters.size() != 1) {
      throw usageError("remind.o-single-letter");
    }
    if (!options.quiet()) {
      warnBlanks(status.plan());
    }
    CollectDocuments documents = new CollectDocuments(options.templates().orElse(null));
    CollectViews views = new CollectViews(status, session().language(), options.sendBy().orElse(null));
    Path folder = options.outDir().orElse(workspace.reports(p).resolve("don-doc"));
    LocalDate signed = options.signed().orElse(null);
    // Everything is rendered before anything is written: a template error leaves every file as it was.
    Map<Path, AtomicFiles.Body> files = new LinkedHashMap<>();
    for (List<AgencyIntake> to : letters) {
      ReminderView view = views.reminder(to, options.combined(), signed);
      String agency = options.combined() ? null : to.get(0).agency();
      for (OutputFormat f : options.formats()) {
        Path file = options.output().orElse(null) instanceof Output.File one ? one.path()
            : folder.resolve(CollectDocuments.reminderFile(p.toString(), agency, f));
        files.put(file, AtomicFiles.Body.of(render(documents, f, view, signed)));
      }
    }
    List<Path> written = CollectionInputs.write(files, options.output().orElse(null), out());
    if (!options.quiet()) {
      written.forEach(path -> out().println(path.toString().replace('\\', '/')));
    }
    return owing.stream().anyMatch(a -> a.errors() > 0) ? ExitCode.INPUT_ERRORS : ExitCode.OK;
  }

  /** What the letters leave blank for the clerk because plan.yaml does not say it. */
  private void warnBlanks(Plan plan) {
    if (plan.info().issued().number().isEmpty() || plan.info().issued().date() == null) {
      err().println(messages().get("remind.no-plan-number"));
    }
    if (!plan.reporting().contact().known()) {
      err().println(messages().get("remind.no-contact"));
    }
  }

  private byte[] render(CollectDocuments documents, OutputFormat f, ReminderView view, LocalDate signed) {
    try {
      return documents.reminder(f, view, signed);
    } catch (TemplateProblem problem) {
      throw new CliException(ExitCode.INPUT_ERRORS, problem.message(messages()));
    }
  }
}
