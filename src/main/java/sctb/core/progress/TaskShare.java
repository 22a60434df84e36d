package sctb.core.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import sctb.core.period.Period;
import sctb.core.plan.Fraction;
import sctb.core.plan.Plan;
import sctb.core.plan.Task;
import sctb.core.submission.TaskRow;

/**
 * The task-share rule (docs/methodology.md §2.3): 100 × named tasks whose latest status up to a date
 * is done or ongoing / named tasks (a task never reported is not delivered); its value at the end of
 * the baseline year, its series, and what it rests on — the named tasks whose status is current
 * (done, which does not expire, or reported within the data age).
 */
final class TaskShare {
  private TaskShare() {}

  /** The share at the end of {@code until}: value null when no named task was reported by then. */
  record Tally(Period asOf, BigDecimal value, int delivered, List<TaskRow> latest) {}

  static Tally at(Plan plan, List<Task> named, List<TaskRow> rows, Period until) {
    List<TaskRow> latest = new ArrayList<>();
    int delivered = 0;
    for (Task task : named) {
      TaskRow r = TaskStatuses.latestUpTo(plan, task, rows, until);
      if (r != null) {
        latest.add(r);
        delivered += r.status() != null && r.status().delivered() ? 1 : 0;
      }
    }
    if (latest.isEmpty() || named.isEmpty()) {
      return new Tally(null, null, 0, latest);
    }
    Period asOf = latest.stream().map(TaskRow::period).max(Comparator.naturalOrder()).orElseThrow();
    BigDecimal value = DecimalMath.div(BigDecimal.valueOf(delivered).multiply(DecimalMath.HUNDRED), BigDecimal.valueOf(named.size()));
    return new Tally(asOf, value, delivered, latest);
  }

  /**
   * The declared baseline; else the share at the end of the baseline year when a named task was
   * reported by then (2025's statuses start the 2030 phase); else zero — nothing was delivered yet.
   */
  static Baseline baseline(Plan plan, BigDecimal declared, List<Task> named, List<TaskRow> rows, int baselineYear) {
    if (declared != null) {
      return new Baseline(declared, BaselineSource.DECLARED);
    }
    Tally atB = at(plan, named, rows, Period.year(baselineYear));
    return atB.value() != null ? new Baseline(atB.value(), BaselineSource.OBSERVED)
        : new Baseline(BigDecimal.ZERO, BaselineSource.ZERO);
  }

  /** The share at the end of every period after the baseline year, up to {@code until}, in which a named task was reported. */
  static List<Observation> series(Plan plan, List<Task> named, List<TaskRow> rows, int baselineYear, Period until) {
    List<Observation> points = new ArrayList<>();
    List<Period> periods = Observation.points(rows.stream()
        .filter(r -> named.stream().anyMatch(t -> t.id().equals(r.task()))).map(TaskRow::period), baselineYear, until);
    for (Period p : periods) {
      points.add(new Observation(p, at(plan, named, rows, p).value()));
    }
    return points;
  }

  /** Named tasks whose status at the end of {@code at} is current: done (it does not expire), or reported within {@code maxAge}. */
  static Coverage coverage(Tally tally, int named, Period at, int maxAge, Fraction minCurrent) {
    long current = tally.latest().stream()
        .filter(r -> r.status() == sctb.core.submission.Status.DONE || DataAge.isCurrent(r.period(), at, maxAge))
        .count();
    return Coverage.of(CoverageFact.of(CoverageKind.TASKS_CURRENT, current, named, minCurrent));
  }
}
