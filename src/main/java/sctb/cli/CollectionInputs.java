package sctb.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import sctb.core.collect.AgencyIntake;
import sctb.core.collect.CollectionStatus;
import sctb.core.plan.Successions;
import sctb.i18n.Messages;
import sctb.io.AtomicFiles;

/** What {@code feedback} and {@code remind} share besides their options: the agencies named, and writing the documents made. */
final class CollectionInputs {
  private CollectionInputs() {}

  /**
   * The agencies a document goes to: those named on the command line (codes or names, as submissions
   * write them, followed to their successors), else those of the collection {@code byDefault} picks, the
   * recipient of reports (the Department itself) aside. A usage error for an agency the plan does not know,
   * or with neither a duty nor a file in P.
   */
  static List<AgencyIntake> agencies(CollectionStatus status, List<String> named, Predicate<AgencyIntake> byDefault,
      PlanWorkspace workspace, Messages messages) {
    if (named.isEmpty()) {
      String recipient = status.plan().reporting().recipient();
      return status.agencies().stream().filter(a -> byDefault.test(a) && !a.agency().equals(recipient)).toList();
    }
    List<AgencyIntake> chosen = new ArrayList<>();
    for (String text : named) {
      String id = Successions.follow(status.plan(), workspace.agency(text), null, status.dueDate());
      AgencyIntake a = status.agencies().stream().filter(x -> x.agency().equals(id)).findFirst()
          .orElseThrow(() -> new CliException(ExitCode.USAGE, messages.get("collect.no-duty", id, status.period())));
      if (!chosen.contains(a)) {
        chosen.add(a);
      }
    }
    return chosen;
  }

  /**
   * Writes the documents made, each whole or not at all, and returns where; to standard output the one
   * text document {@code -o -} asks for.
   */
  static List<Path> write(Map<Path, AtomicFiles.Body> files, Output output, java.io.PrintWriter out) throws Exception {
    if (output instanceof Output.Stdout) {
      ByteArrayOutputStream text = new ByteArrayOutputStream();
      for (AtomicFiles.Body body : files.values()) {
        body.writeTo(text);
      }
      out.print(text.toString(StandardCharsets.UTF_8));
      return List.of();
    }
    AtomicFiles.writeAllBodies(files);
    return List.copyOf(files.keySet());
  }
}
