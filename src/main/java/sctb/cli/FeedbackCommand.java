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
import sctb.core.collect.IntakeState;
import sctb.core.period.Period;
import sctb.io.AtomicFiles;
import sctb.render.OutputFormat;
import sctb.render.collect.CollectDocuments;
import sctb.render.collect.model.CollectViews;
import sctb.render.collect.model.FeedbackView;
import sctb.render.report.TemplateProblem;

/**
 * {@code sctb feedback}: a short document for each agency on its report for a period — what came, every
 * problem at its place with what to do, the tasks still missing, the day to resend by; a confirmation
 * of receipt when the report is complete and clean. Word and PDF by default, Markdown and HTML on request.
 */
@Command(name = "feedback")
public final class FeedbackCommand extends Subcommand<FeedbackCommand.Options> {
  /**
   * What {@code sctb feedback} was asked: the agencies (none: every one that sent something, the recipient
   * of reports aside), the formats, into one file or standard output ({@code output}: one agency, one
   * format) or a folder ({@code outDir}, else the plan's reports folder's {@code <P>/phan-hoi/}).
   */
  record Options(Path plan, Period period, List<String> agencies, List<OutputFormat> formats, Optional<Path> data,
      Optional<Output> output, Optional<Path> outDir, Optional<Path> templates, Optional<LocalDate> sendBy,
      boolean fileDates, boolean quiet) {}

  @Mixin PeriodOption period;

  @Option(names = "--format", paramLabel = "FORMAT", split = ",", splitSynopsisLabel = ",", defaultValue = "docx,pdf",
      converter = FormatChoices.Feedback.class, completionCandidates = FormatChoices.Feedback.class,
      descriptionKey = "feedback.format")
  List<OutputFormat> formats;

  @Mixin CollectOptions collect;

  @Mixin OutOption out;

  @Override
  Options options() {
    List<OutputFormat> chosen = List.copyOf(new LinkedHashSet<>(formats));
    Optional<Output> output = out.oneDocument(messages(), "collect.out-is-folder", collect.outDir != null, chosen,
        OutputFormat::binary, "collect.binary-stdout");
    return new Options(plan, period.period, collect.agencies(), chosen, Optional.ofNullable(collect.data), output,
        Optional.ofNullable(collect.outDir), Optional.ofNullable(collect.templates), Optional.ofNullable(collect.sendBy),
        collect.fileDates, quiet);
  }

  @Override
  ExitCode run(Options options) throws Exception {
    PlanWorkspace workspace = workspace(options.plan());
    Period p = options.period();
    CollectionStatus status = workspace.collection(options.data().orElse(null), p, options.fileDates(),
        ProgressLine.of(session(), err(), options.quiet()));
    // by default every agency that sent something
    List<AgencyIntake> chosen = CollectionInputs.agencies(status, options.agencies(),
        a -> a.state() != IntakeState.NOT_RECEIVED, workspace, messages());
    if (options.output().isPresent() && chosen.size() != 1) {
      throw usageError("feedback.o-single-agency");
    }
    if (chosen.isEmpty()) {
      if (!options.quiet()) {
        err().println(messages().get("feedback.none", p));
      }
      return ExitCode.OK;
    }
    CollectDocuments documents = new CollectDocuments(options.templates().orElse(null));
    CollectViews views = new CollectViews(status, session().language(), options.sendBy().orElse(null));
    Path folder = options.outDir().orElse(workspace.reports(p).resolve("phan-hoi"));
    // Everything is rendered before anything is written: a template error leaves every file as it was.
    Map<Path, AtomicFiles.Body> files = new LinkedHashMap<>();
    for (AgencyIntake a : chosen) {
      FeedbackView view = views.feedback(a);
      for (OutputFormat f : options.formats()) {
        Path file = options.output().orElse(null) instanceof Output.File one ? one.path()
            : folder.resolve(CollectDocuments.feedbackFile(p.toString(), a.agency(), f));
        files.put(file, AtomicFiles.Body.of(render(documents, f, view, status)));
      }
    }
    List<Path> written = CollectionInputs.write(files, options.output().orElse(null), out());
    if (!options.quiet()) {
      written.forEach(path -> out().println(path.toString().replace('\\', '/')));
    }
    return chosen.stream().anyMatch(a -> a.errors() > 0) ? ExitCode.INPUT_ERRORS : ExitCode.OK;
  }

  private byte[] render(CollectDocuments documents, OutputFormat f, FeedbackView view, CollectionStatus status) {
    try {
      return documents.feedback(f, view, status.today());
    } catch (TemplateProblem problem) {
      throw new CliException(ExitCode.INPUT_ERRORS, problem.message(messages()));
    }
  }
}
