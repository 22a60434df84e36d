package sctb.core.progress;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import sctb.core.period.Period;
import sctb.core.period.ReportStanding;
import sctb.core.plan.Phase;
import sctb.core.plan.Plan;
import sctb.core.register.Register;
import sctb.core.submission.RecordedRead;
import sctb.core.submission.SubmittedRow;
import sctb.core.submission.Submissions;

/**
 * The plan over time: the engine's report for every half-year from the plan's first to {@code until},
 * each computed from the same read of the submissions, so that a period's figures are exactly those
 * of its own report.
 */
public record ProgressHistory(List<Period> periods, List<ProgressReport> reports) {

  public ProgressHistory {
    periods = List.copyOf(periods);
    reports = List.copyOf(reports);
  }

  /**
   * Every report of {@code periods}, in their order, entities matched and counted by {@code register}:
   * each period's accumulator is handed the read's rows and corrections exactly as a streamed read
   * hands them to {@code sctb report}'s. Periods are independent, so they are computed side by side.
   */
  public static ProgressHistory compute(Plan plan, Register register, RecordedRead read, List<Period> periods) {
    List<ProgressReport> reports = periods.parallelStream().map(p -> {
      ProgressAccumulator accumulator = new ProgressAccumulator(plan, p, register);
      read.replay(accumulator);
      return accumulator.finish(read.files(), read.diagnostics(), read.rejectedRows());
    }).toList();
    return new ProgressHistory(periods, reports);
  }

  /** The half-years from the start of the plan's first phase to {@code until} (its second half for a whole year), in order; empty before the plan. */
  public static List<Period> halfYears(Plan plan, Period until) {
    Period last = until.isYear() ? Period.half(until.year(), 2) : until;
    Period first = first(plan);
    return Stream.iterate(first, p -> p.compareTo(last) <= 0, p -> p.half() == 1 ? Period.half(p.year(), 2) : Period.half(p.year() + 1, 1))
        .toList();
  }

  /** The first half-year of the plan. */
  public static Period first(Plan plan) {
    return Period.half(plan.info().phases().stream().mapToInt(Phase::start).min().orElseThrow(), 1);
  }

  /** The last half-year of the plan. */
  public static Period last(Plan plan) {
    return Period.half(plan.info().phases().stream().mapToInt(Phase::end).max().orElseThrow(), 2);
  }

  /**
   * The half-year of the latest row of {@code rows} (a whole year's row: its second half), never past
   * the plan's last half-year; empty when there is no row at all.
   */
  public static Optional<Period> latestData(Plan plan, Submissions rows) {
    Optional<Period> latest = Stream.concat(rows.tasks().stream(), rows.indicators().stream())
        .map(SubmittedRow::period).max(Period.BY_END)
        .map(p -> p.isYear() ? Period.half(p.year(), 2) : p);
    Period end = last(plan);
    return latest.map(p -> p.compareTo(end) > 0 ? end : p);
  }

  /** The report of {@code period}, if it is one of these. */
  public Optional<ProgressReport> at(Period period) {
    int i = periods.indexOf(period);
    return i < 0 ? Optional.empty() : Optional.of(reports.get(i));
  }

  /** The last report. */
  public ProgressReport latest() {
    return reports.get(reports.size() - 1);
  }

  /** The same history, its last report final or provisional as {@code standing} says (the earlier ones are over). */
  public ProgressHistory withLatest(ReportStanding standing) {
    List<ProgressReport> marked = new java.util.ArrayList<>(reports);
    marked.set(marked.size() - 1, latest().withStanding(standing));
    return new ProgressHistory(periods, marked);
  }
}
