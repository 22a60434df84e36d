package sctb.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import sctb.core.collect.Addressee;
import sctb.core.collect.AgencyIntake;
import sctb.core.collect.IntakeState;
import sctb.core.period.Period;
import sctb.io.AtomicFiles;
import sctb.render.DocumentKind;
import sctb.render.OutputFormat;
import sctb.render.collect.CollectDocuments;
import sctb.render.collect.model.CollectViews;
import sctb.render.collect.model.FeedbackView;

/**
 * {@code sctb feedback}: a short document for each agency on its report for a period — what came, every
 * problem at its place with what to do, the tasks still missing, the day to resend by; a confirmation
 * of receipt when the report is complete and clean. Word and PDF by default, Markdown and HTML on request.
 * Its options record is the {@link CollectRequest}: by default every agency that sent something, into
 * the period's {@code phan-hoi/} folder.
 */
@Command(name = "feedback")
public final class FeedbackCommand extends Subcommand<CollectRequest> {
  @Mixin PeriodOption period;

  @Option(names = "--format", paramLabel = "FORMAT", split = ",", splitSynopsisLabel = ",", defaultValue = "docx,pdf",
      converter = FormatChoices.Feedback.class, completionCandidates = FormatChoices.Feedback.class,
      descriptionKey = "feedback.format")
  List<OutputFormat> formats;

  @Mixin CollectOptions collect;

  @Mixin OutOption out;

  @Override
  CollectRequest options() {
    return collect.request(this, period.period, formats, out);
  }

  @Override
  ExitCode run(CollectRequest options) throws Exception {
    CollectRun run = new CollectRun(this, options);
    Period p = options.period();
    List<AgencyIntake> chosen = run.agencies(a -> a.state() != IntakeState.NOT_RECEIVED);
    if (options.output().isPresent() && chosen.size() != 1) {
      throw usageError("feedback.o-single-agency");
    }
    if (chosen.isEmpty()) {
      if (!options.quiet()) {
        err().println(messages().get("feedback.none", p));
      }
      return ExitCode.OK;
    }
    if (!options.quiet() && !run.status().plan().reporting().contact().known()) {
      err().println(messages().get("feedback.no-contact"));
    }
    CollectDocuments documents = run.documents();
    CollectViews views = run.views();
    // Everything is rendered before anything is written: a template error leaves every file as it was.
    // A report split between successors (successor_by_task): each hears about its part, as with reminders.
    Map<Addressee, String> parts = run.addressees(chosen, Addressee::all);
    run.checkOneFileForSplitReport(parts);
    Map<Path, AtomicFiles.Body> files = new LinkedHashMap<>();
    parts.forEach((to, code) -> {
      FeedbackView view = views.feedback(to);
      for (OutputFormat f : options.formats()) {
        files.put(run.file("phan-hoi", CollectDocuments.feedbackFile(p.toString(), code, f)),
            AtomicFiles.Body.of(checkedMarkup(options.templates().orElse(null), f, DocumentKind.FEEDBACK,
                rendered(() -> documents.feedback(f, view, run.status().today())))));
      }
    });
    writeDocuments(files, options.output(), options.quiet());
    return run.exitCode(chosen, "feedback.data-errors");
  }
}
