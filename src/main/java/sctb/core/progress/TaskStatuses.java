package sctb.core.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import sctb.core.period.Period;
import sctb.core.plan.Plan;
import sctb.core.plan.Successions;
import sctb.core.plan.Task;
import sctb.core.submission.TaskRow;

/**
 * Per task: the latest status up to P, whether it was reported for P itself, and every agency's text
 * for P (docs/methodology.md §11, §6).
 * A task's status is what the agency answering for it reported: the agency responsible at the due date
 * of the row's period (the plan's lead, after the 2025 successions), or a predecessor it took the task
 * from. A partner's row is its contribution — its text is shown for P — but never the task's status:
 * the plan makes the lead answer for the task, and a partner's "done" is not the lead's.
 * Among the answering rows of the latest period, the responsible agency's own row wins, then a
 * predecessor's; ties go to the later row in file and line order.
 */
public final class TaskStatuses {
  private TaskStatuses() {}

  public static List<TaskProgress> compute(Plan plan, List<TaskRow> rows, Period period) {
    LocalDate due = plan.reporting().dueDate(period);
    Map<String, List<TaskRow>> byTask = new TreeMap<>();
    for (TaskRow r : rows) {
      if (!r.period().end().isAfter(period.end())) {
        byTask.computeIfAbsent(r.task(), k -> new ArrayList<>()).add(r);
      }
    }
    List<TaskProgress> all = new ArrayList<>();
    plan.tasks().forEach(task -> {
      List<TaskRow> mine = byTask.getOrDefault(task.id(), List.of());
      String responsible = Successions.responsibleFor(plan, task, due);
      List<AgencyReport> reports = mine.stream().filter(r -> r.period().equals(period))
          .sorted(Comparator.comparing(TaskRow::agency).thenComparing(TaskRow::at, Sources.LOCATION))
          .map(r -> new AgencyReport(r, Successions.follow(plan, r.agency(), task.id(), due)))
          .toList();
      TaskRow latest = latest(plan, task, mine);
      boolean reportedForP = latest != null && latest.period().end().equals(period.end());
      all.add(new TaskProgress(task, responsible, latest, reportedForP, reports));
    });
    return all;
  }

  /** The task's latest row among {@code rows} ending on or before the end of {@code until}, null when none. */
  static TaskRow latestUpTo(Plan plan, Task task, List<TaskRow> rows, Period until) {
    return latest(plan, task, rows.stream()
        .filter(r -> r.task().equals(task.id()) && !r.period().end().isAfter(until.end())).toList());
  }

  private static TaskRow latest(Plan plan, Task task, List<TaskRow> all) {
    List<TaskRow> rows = all.stream().filter(r -> answersFor(plan, task, r)).toList();
    Period last = rows.stream().map(TaskRow::period).max(Comparator.naturalOrder()).orElse(null);
    if (last == null) {
      return null;
    }
    LocalDate due = plan.reporting().dueDate(last);
    String then = Successions.responsibleFor(plan, task, due);
    // Preference: the responsible agency's own row, then a row that answers for it (a predecessor's), then file order.
    Comparator<TaskRow> preference = Comparator
        .comparing((TaskRow r) -> r.agency().equals(then))
        .thenComparing(r -> Successions.follow(plan, r.agency(), task.id(), due).equals(then))
        .thenComparing(TaskRow::at, Sources.LOCATION);
    return rows.stream().filter(r -> r.period().equals(last)).max(preference).orElseThrow();
  }

  /** Whether the row's agency answered for the task at its period's due date (itself or through a successor). */
  private static boolean answersFor(Plan plan, Task task, TaskRow r) {
    LocalDate due = plan.reporting().dueDate(r.period());
    return Successions.follow(plan, r.agency(), task.id(), due).equals(Successions.responsibleFor(plan, task, due));
  }
}
