package sctb.core.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import sctb.core.diag.Location;
import sctb.core.period.Period;
import sctb.core.plan.Agency;
import sctb.core.plan.Plan;
import sctb.core.plan.Successions;
import sctb.core.plan.Task;
import sctb.core.submission.Correction;
import sctb.core.submission.TaskRow;

/**
 * The plan's reporting rule and how complete each report is (docs/methodology.md §12): expected
 * reporters are the agencies responsible at P's due date for the tasks whose years contain P's year,
 * and those are the tasks each one carries in P; a row counts for the agency its writer answers for at
 * that date; timeliness is judged on first submissions (a correction sent later does not make a report
 * late) against the last day on time (the due date; the Monday after when it is a weekend day), the
 * agency's by its first one, each task's by its own; a task missing is one it carries with
 * no row; indicator rows are held against its previous report ({@link IndicatorDuty}).
 */
public final class ReportingCheck {
  private ReportingCheck() {}

  /** {@code corrections}: every correction read; {@code duties}: each agency's indicator rows (absent: none). */
  public static ReportingStatus compute(Plan plan, List<TaskRow> rows, Period period, List<Correction> corrections,
      Map<String, IndicatorDuty> duties) {
    LocalDate due = plan.reporting().dueDate(period);
    LocalDate onTimeUntil = plan.reporting().onTimeUntil(period);
    Map<String, Set<String>> assigned = new TreeMap<>();
    plan.tasks().filter(t -> t.period().contains(period.year()))
        .forEach(t -> assigned.computeIfAbsent(Successions.responsibleFor(plan, t, due), k -> new LinkedHashSet<>())
            .add(t.id()));
    Map<String, List<TaskRow>> counted = new TreeMap<>();
    for (TaskRow r : rows) {
      if (r.period().equals(period)) {
        counted.computeIfAbsent(Successions.follow(plan, r.agency(), r.task(), due), k -> new ArrayList<>()).add(r);
      }
    }
    FirstSubmissions first = new FirstSubmissions(corrections);
    List<String> order = new ArrayList<>(plan.agencies().stream().map(Agency::id).toList());
    // Codes unknown to the plan (should the reader let one through) go last, sorted.
    counted.keySet().stream().filter(k -> !order.contains(k)).sorted().forEach(order::add);
    List<String> taskOrder = plan.tasks().map(Task::id).toList();
    List<AgencyReporting> agencies = new ArrayList<>();
    List<AgencyReporting> unexpected = new ArrayList<>();
    for (String id : order) {
      List<TaskRow> mine = counted.getOrDefault(id, List.of());
      Set<String> duty = assigned.getOrDefault(id, Set.of());
      if (duty.isEmpty() && mine.isEmpty()) {
        continue;
      }
      Set<String> by = new TreeSet<>();
      // Per task, its first submission: the earliest date of its rows' first submissions.
      Map<String, LocalDate> taskFirst = new LinkedHashMap<>();
      Map<String, Boolean> taskDated = new LinkedHashMap<>();
      LocalDate earliest = null;
      for (TaskRow r : mine.stream().sorted(Sources.TASK_ROW).toList()) {
        by.add(r.agency());
        LocalDate d = first.of(r.at(), r.submittedOn());
        taskDated.merge(r.task(), d != null, Boolean::logicalOr);
        if (d != null) {
          taskFirst.merge(r.task(), d, (a, b) -> a.isBefore(b) ? a : b);
          earliest = earliest == null || d.isBefore(earliest) ? d : earliest;
        }
      }
      List<String> tasks = taskOrder.stream().filter(taskDated::containsKey).toList();
      List<String> dutyInOrder = taskOrder.stream().filter(duty::contains).toList();
      List<String> missing = dutyInOrder.stream().filter(t -> !taskDated.containsKey(t)).toList();
      int onTime = 0;
      int late = 0;
      int undated = 0;
      for (String t : tasks) {
        LocalDate d = taskFirst.get(t);
        if (d == null) {
          undated++;
        } else if (d.isAfter(onTimeUntil)) {
          late++;
        } else {
          onTime++;
        }
      }
      List<Location> sources = Sources.sorted(mine.stream().map(TaskRow::at));
      ReportState state;
      if (duty.isEmpty()) {
        state = ReportState.UNEXPECTED;
      } else if (mine.isEmpty()) {
        state = ReportState.MISSING;
      } else if (earliest == null) {
        state = ReportState.UNDATED;
      } else {
        state = earliest.isAfter(onTimeUntil) ? ReportState.LATE : ReportState.ON_TIME;
      }
      AgencyReporting a = new AgencyReporting(id, state, earliest, List.copyOf(by), dutyInOrder, tasks, missing, onTime,
          late, undated, duties.getOrDefault(id, IndicatorDuty.NONE), sources);
      (state == ReportState.UNEXPECTED ? unexpected : agencies).add(a);
    }
    agencies.addAll(unexpected);
    return new ReportingStatus(due, onTimeUntil, agencies);
  }
}
