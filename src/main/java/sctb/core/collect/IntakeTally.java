package sctb.core.collect;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import sctb.core.diag.Location;
import sctb.core.period.Period;
import sctb.core.plan.Plan;
import sctb.core.plan.Successions;
import sctb.core.submission.Correction;
import sctb.core.submission.IndicatorRow;
import sctb.core.submission.RowSink;
import sctb.core.submission.SubmittedRow;
import sctb.core.submission.TaskRow;

/**
 * Counts, per file, the rows going past on their way to another sink (the engine): rows of P by kind,
 * rows of other periods, rows rejected, the agency each row answers for at P's due date, and the
 * earliest submission date written on a row of P. A few numbers a file, whatever its size — and the line of
 * each row, accepted or rejected, about a task that a succession gives its own successor ({@code successor_by_task}:
 * IX.5), so that the problems on it reach whoever carries that task; such rows are few.
 */
public final class IntakeTally implements RowSink {
  private final RowSink next;
  private final Period period;
  private final UnaryOperator<String> answersFor;
  private final Map<String, Counts> files = new TreeMap<>();
  /** The tasks some succession gives a successor of their own. */
  private final java.util.Set<String> moved;

  /** What one file held, as counted. */
  static final class Counts {
    int taskRows;
    int indicatorRows;
    int otherPeriodRows;
    int rejectedRows;
    int retiredRows;
    LocalDate earliest;
    /** Rows per agency answered for, whatever their period. */
    final Map<String, Integer> agencies = new TreeMap<>();
    /** The task of each row about a task moved on its own, by line. */
    final Map<Integer, String> movedTasks = new TreeMap<>();
  }

  public IntakeTally(Plan plan, Period period, RowSink next) {
    this.next = next;
    this.period = period;
    LocalDate due = plan.reporting().dueDate(period);
    Map<String, String> answers = new HashMap<>();
    this.answersFor = agency -> answers.computeIfAbsent(agency, a -> Successions.follow(plan, a, null, due));
    this.moved = plan.agencies().stream().filter(a -> a.succession() != null)
        .flatMap(a -> a.succession().byTask().keySet().stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  @Override
  public void task(TaskRow row) {
    count(row, true);
    noteMoved(row.at(), row.task());
    next.task(row);
  }

  @Override
  public void indicator(IndicatorRow row) {
    count(row, false);
    next.indicator(row);
  }

  @Override
  public void correction(Correction c) {
    next.correction(c);
  }

  @Override
  public void rejected(String file, int rows) {
    files.computeIfAbsent(file, f -> new Counts()).rejectedRows += rows;
    next.rejected(file, rows);
  }

  @Override
  public void retired(String file, int rows) {
    files.computeIfAbsent(file, f -> new Counts()).retiredRows += rows;
    next.retired(file, rows);
  }

  @Override
  public void rejectedTask(Location at, String task) {
    noteMoved(at, task);
    next.rejectedTask(at, task);
  }

  private void noteMoved(Location at, String task) {
    if (moved.contains(task)) {
      files.computeIfAbsent(at.file(), f -> new Counts()).movedTasks.put(at.line(), task);
    }
  }

  @Override
  public void restart() {
    files.clear();
    next.restart();
  }

  /** A row of {@code file}: a task row ({@code task}) or an indicator row. */
  private void count(SubmittedRow row, boolean task) {
    Counts c = files.computeIfAbsent(row.at().file(), f -> new Counts());
    c.agencies.merge(answersFor.apply(row.agency()), 1, Integer::sum);
    if (!row.period().equals(period)) {
      c.otherPeriodRows++;
      return;
    }
    if (task) {
      c.taskRows++;
    } else {
      c.indicatorRows++;
    }
    LocalDate d = row.submittedOn();
    if (d != null && (c.earliest == null || d.isBefore(c.earliest))) {
      c.earliest = d;
    }
  }

  /** The counts of {@code file}; an empty count for a file no row of which was seen. */
  Counts of(String file) {
    return files.getOrDefault(file, new Counts());
  }
}
