package sctb.core.progress;

import java.time.LocalDate;
import java.util.ArrayList;
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
import sctb.core.submission.TaskRow;

/**
 * The plan's reporting rule (docs/methodology.md §12): expected reporters are the agencies responsible
 * at P's due date for the tasks whose years contain P's year; a row counts for the agency its writer
 * answers for at that date; on time when the latest submission date is on or before the due date.
 */
public final class ReportingCheck {
  private ReportingCheck() {}

  public static ReportingStatus compute(Plan plan, List<TaskRow> rows, Period period) {
    LocalDate due = plan.reporting().dueDate(period);
    Set<String> expected = new TreeSet<>();
    plan.tasks().filter(t -> t.period().contains(period.year()))
        .forEach(t -> expected.add(Successions.responsibleFor(plan, t, due)));
    Map<String, List<TaskRow>> counted = new TreeMap<>();
    for (TaskRow r : rows) {
      if (r.period().equals(period)) {
        counted.computeIfAbsent(Successions.follow(plan, r.agency(), r.task(), due), k -> new ArrayList<>()).add(r);
      }
    }
    List<String> order = new ArrayList<>(plan.agencies().stream().map(Agency::id).toList());
    // Codes unknown to the plan (should the reader let one through) go last, sorted.
    counted.keySet().stream().filter(k -> !order.contains(k)).sorted().forEach(order::add);
    List<AgencyReporting> agencies = new ArrayList<>();
    List<AgencyReporting> unexpected = new ArrayList<>();
    for (String id : order) {
      List<TaskRow> mine = counted.getOrDefault(id, List.of());
      if (!expected.contains(id) && mine.isEmpty()) {
        continue;
      }
      Set<String> by = new TreeSet<>();
      Set<String> tasks = new LinkedHashSet<>();
      LocalDate latest = null;
      for (TaskRow r : mine.stream().sorted(Sources.TASK_ROW).toList()) {
        by.add(r.agency());
        tasks.add(r.task());
        if (r.submittedOn() != null && (latest == null || r.submittedOn().isAfter(latest))) {
          latest = r.submittedOn();
        }
      }
      List<String> taskOrder = plan.tasks().map(t -> t.id()).filter(tasks::contains).toList();
      List<Location> sources = Sources.sorted(mine.stream().map(TaskRow::at));
      ReportState state;
      if (!expected.contains(id)) {
        state = ReportState.UNEXPECTED;
      } else if (mine.isEmpty()) {
        state = ReportState.MISSING;
      } else if (latest == null) {
        state = ReportState.UNDATED;
      } else {
        state = latest.isAfter(due) ? ReportState.LATE : ReportState.ON_TIME;
      }
      AgencyReporting a = new AgencyReporting(id, state, latest, List.copyOf(by), taskOrder, sources);
      (state == ReportState.UNEXPECTED ? unexpected : agencies).add(a);
    }
    agencies.addAll(unexpected);
    return new ReportingStatus(due, agencies);
  }
}
