package sctb.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import sctb.core.collect.Addressee;
import sctb.core.collect.AgencyIntake;
import sctb.core.collect.CollectionStatus;
import sctb.core.plan.Plan;
import sctb.core.plan.Successions;
import sctb.io.UnreadableFileException;
import sctb.render.collect.CollectDocuments;
import sctb.render.collect.model.CollectViews;

/**
 * What a {@code feedback} or {@code remind} run works from: the workspace, where collection for the
 * period stands, the agencies the documents go to, the views and templates they are made from, and
 * where each is written.
 */
final class CollectRun {
  private final Subcommand<?> command;
  private final CollectRequest request;
  private final PlanWorkspace workspace;
  private final CollectionStatus status;

  /** Reads the plan and the period's submissions (with a progress line unless quiet). */
  CollectRun(Subcommand<?> command, CollectRequest request) throws UnreadableFileException {
    this.command = command;
    this.request = request;
    this.workspace = command.workspace(request.plan());
    this.status = workspace.collection(request.data().orElse(null), request.period(), request.fileDates(),
        ProgressLine.of(command.session(), command.err(), request.quiet()));
  }

  CollectionStatus status() {
    return status;
  }

  /**
   * The agencies the documents go to: those named on the command line (codes or names, as submissions
   * write them, followed to their successors at the period's due date — said unless quiet, since the officer
   * typed another code), else those of the collection {@code byDefault} picks, the recipient of reports (the
   * Department itself) aside. A usage error for an agency the plan does not know, or with neither a duty nor a
   * file in the period.
   */
  List<AgencyIntake> agencies(Predicate<AgencyIntake> byDefault) {
    if (request.agencies().isEmpty()) {
      String recipient = status.plan().reporting().recipient();
      return status.agencies().stream().filter(a -> byDefault.test(a) && !a.agency().equals(recipient)).toList();
    }
    List<AgencyIntake> chosen = new ArrayList<>();
    for (String text : request.agencies()) {
      String named = workspace.agency(text);
      String id = Successions.follow(status.plan(), named, null, status.dueDate());
      if (!id.equals(named) && !request.quiet()) {
        sctb.core.plan.Succession s = status.plan().agency(named).orElseThrow().succession();
        String moved = s.byTask().entrySet().stream().sorted(Map.Entry.comparingByKey())
            .map(e -> e.getKey() + ": " + e.getValue()).collect(java.util.stream.Collectors.joining(", "));
        command.err().println(command.messages().get(moved.isEmpty() ? "collect.followed" : "collect.followed-split", named,
            name(named), id, name(id), sctb.core.text.NumberFormats.dmy(s.from()), status.period(), moved));
      }
      AgencyIntake a = status.agencies().stream().filter(x -> x.agency().equals(id)).findFirst()
          .orElseThrow(() -> new CliException(ExitCode.USAGE, command.messages().get("collect.no-duty", id, status.period())));
      if (!chosen.contains(a)) {
        chosen.add(a);
      }
    }
    return chosen;
  }

  /** An agency's name in the run's language. */
  private String name(String agency) {
    return status.plan().agency(agency).map(a -> a.name().in(command.session().language())).orElse(agency);
  }

  /** Whom the parts of a report go to: {@link Addressee#of} (reminders) or {@link Addressee#all} (feedback). */
  interface Split {
    List<Addressee> of(Plan plan, AgencyIntake report, LocalDate today);
  }

  /**
   * Each report in {@code reports} split among the agencies it goes to today, with the code its document's
   * file is named by: the report's agency, followed by the addressee's when the report is split
   * ({@code don-doc-2024H2-SLDTBXH-SGDDT.docx}).
   */
  Map<Addressee, String> addressees(List<AgencyIntake> reports, Split split) {
    Map<Addressee, String> parts = new LinkedHashMap<>();
    for (AgencyIntake a : reports) {
      List<Addressee> to = split.of(status.plan(), a, status.today());
      to.forEach(x -> parts.put(x, to.size() == 1 ? a.agency() : a.agency() + "-" + x.agency()));
    }
    return parts;
  }

  /**
   * {@code -o} writes one file, but a report split between successors is a document to each: said as such
   * (the officer chose one agency and would not see why "choose one agency" applies).
   */
  void checkOneFileForSplitReport(Map<Addressee, String> parts) {
    if (request.output().isEmpty()) {
      return;
    }
    parts.forEach((to, code) -> {
      if (!code.equals(to.report().agency())) {
        String all = parts.keySet().stream().filter(x -> x.report() == to.report()).map(Addressee::agency)
            .collect(java.util.stream.Collectors.joining(", "));
        throw command.usageError("collect.o-split-report", to.report().agency(), all);
      }
    });
  }

  /** The documents' models, in the run's language, with the day to send by. */
  CollectViews views() {
    return new CollectViews(status, command.session().language(), request.sendBy().orElse(null));
  }

  /** The templates, a department's overlaid. */
  CollectDocuments documents() throws java.io.IOException {
    return new CollectDocuments(request.templates().orElse(null));
  }

  /** Where the document {@code name} goes: {@code -o}'s file, else {@code --out-dir}, else the period's reports' {@code folder}. */
  Path file(String folder, String name) {
    return Subcommand.documentFile(request.output(), request.outDir().orElse(workspace.reports(request.period()).resolve(folder)),
        name);
  }

  /**
   * Exit 1 when the reports of the agencies written to have errors, said even when quiet as {@code report}
   * does ({@code key}: the sentence that names what was still written).
   */
  ExitCode exitCode(List<AgencyIntake> to, String key) {
    List<String> failing = to.stream().filter(a -> a.errors() > 0).map(AgencyIntake::agency).toList();
    if (failing.isEmpty()) {
      return ExitCode.OK;
    }
    command.err().println(command.messages().count(key, failing.size(), failing.size(), String.join(", ", failing), request.period()));
    return ExitCode.INPUT_ERRORS;
  }
}
