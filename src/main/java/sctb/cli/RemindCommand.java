package sctb.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import sctb.core.collect.Addressee;
import sctb.core.collect.AgencyIntake;
import sctb.core.period.Period;
import sctb.core.plan.Plan;
import sctb.io.AtomicFiles;
import sctb.render.DocumentKind;
import sctb.render.OutputFormat;
import sctb.render.collect.CollectDocuments;
import sctb.render.collect.model.CollectViews;
import sctb.render.collect.model.ReminderView;

/**
 * {@code sctb remind}: reminder letters (công văn đôn đốc) in the Decree 30 layout to the agencies whose
 * report for a period has not come, has errors or is incomplete — one letter each, or one to all with a
 * table ({@code --combined}); Word and PDF, from templates the department can edit.
 */
@Command(name = "remind")
public final class RemindCommand extends Subcommand<RemindCommand.Options> {
  /**
   * What {@code sctb remind} was asked: the {@link CollectRequest} (by default every agency that owes
   * something, into the period's {@code don-doc/} folder), one letter each or one to all, signed on
   * {@code signed} (dots when absent).
   */
  record Options(CollectRequest request, boolean combined, Optional<LocalDate> signed) {}

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
    checkSigningDate(date, period.period);
    return new Options(collect.request(this, period.period, formats, out), combined, Optional.ofNullable(date));
  }

  @Override
  ExitCode run(Options options) throws Exception {
    CollectRequest request = options.request();
    CollectRun run = new CollectRun(this, request);
    Period p = request.period();
    List<AgencyIntake> named = run.agencies(a -> a.state().owesSomething());
    List<AgencyIntake> owing = named.stream().filter(a -> a.state().owesSomething()).toList();
    if (!request.quiet()) {
      named.stream().filter(a -> !a.state().owesSomething())
          .forEach(a -> err().println(messages().get("remind.nothing-owed", a.agency())));
    }
    if (owing.isEmpty()) {
      if (!request.quiet()) {
        err().println(messages().get("remind.none", p));
      }
      return ExitCode.OK;
    }
    Map<Addressee, String> parts = run.addressees(owing, Addressee::of);
    if (!options.combined()) {
      run.checkOneFileForSplitReport(parts);
    }
    List<List<Addressee>> letters = options.combined() ? List.of(List.copyOf(parts.keySet()))
        : parts.keySet().stream().map(List::of).toList();
    if (request.output().isPresent() && letters.size() != 1) {
      throw usageError("remind.o-single-letter");
    }
    if (!request.quiet()) {
      warnBlanks(run.status().plan());
    }
    CollectDocuments documents = run.documents();
    CollectViews views = run.views();
    LocalDate signed = options.signed().orElse(null);
    // Everything is rendered before anything is written: a template error leaves every file as it was.
    Map<Path, AtomicFiles.Body> files = new LinkedHashMap<>();
    for (List<Addressee> to : letters) {
      ReminderView view = views.reminder(to, options.combined(), signed);
      String agency = options.combined() ? null : parts.get(to.get(0));
      for (OutputFormat f : request.formats()) {
        files.put(run.file("don-doc", CollectDocuments.reminderFile(p.toString(), agency, f)),
            AtomicFiles.Body.of(checkedMarkup(request.templates().orElse(null), f, DocumentKind.REMINDER,
                rendered(() -> documents.reminder(f, view, signed)))));
      }
    }
    writeDocuments(files, request.output(), request.quiet());
    return run.exitCode(owing, "remind.data-errors");
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
}
