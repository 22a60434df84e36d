package sctb.core.collect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sctb.core.plan.Plan;
import sctb.core.plan.Successions;

/**
 * Whom a reminder about one agency's report goes to today, and about what (docs/collection.md, "To whom"):
 * each task still owed goes to whoever carries that task today — after a split succession
 * ({@code successor_by_task}: the former Department of Labour's task IX.5 went to the Department of
 * Education, its other work to the Department of Home Affairs) that is not the general successor. The
 * rest of the report (errors to fix, indicator rows) goes to the general successor ({@code general}).
 */
public record Addressee(AgencyIntake report, String agency, List<String> tasks, boolean general) {

  public Addressee {
    tasks = List.copyOf(tasks);
  }

  /** The tasks the report still owes: every task of its duty when nothing came, else those missing. */
  public static List<String> owedTasks(AgencyIntake report) {
    return report.state() == IntakeState.NOT_RECEIVED ? report.assigned() : report.missing();
  }

  /**
   * The addressees of {@code report} on {@code today}, the general successor first when it has a part: a
   * task to the successor of that task, the rest to the general one. One addressee when nothing was split.
   */
  public static List<Addressee> of(Plan plan, AgencyIntake report, LocalDate today) {
    String general = Successions.follow(plan, report.agency(), null, today);
    Map<String, List<String>> byAgency = new LinkedHashMap<>();
    byAgency.put(general, new ArrayList<>());
    for (String task : owedTasks(report)) {
      byAgency.computeIfAbsent(Successions.follow(plan, report.agency(), task, today), a -> new ArrayList<>()).add(task);
    }
    boolean generalOwes = !byAgency.get(general).isEmpty() || report.errors() > 0 || report.indicators().missing() > 0;
    List<Addressee> out = new ArrayList<>();
    byAgency.forEach((agency, tasks) -> {
      boolean isGeneral = agency.equals(general);
      if (!isGeneral || generalOwes || byAgency.size() == 1) {
        out.add(new Addressee(report, agency, tasks, isGeneral));
      }
    });
    return out;
  }
}
