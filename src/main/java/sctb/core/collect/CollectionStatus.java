package sctb.core.collect;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import sctb.core.period.Period;
import sctb.core.plan.Plan;

/**
 * The state of collection for P on a given day (with the plan, for names and its rules): the due date, every agency expected (after
 * successions, in plan order) and every agency that sent files without a duty in P, the files of P no
 * agency could be told for, and how many errors the files of other periods hold.
 */
public record CollectionStatus(
    Plan plan, Period period, LocalDate dueDate, LocalDate today, List<AgencyIntake> agencies, List<FileIntake> unattributed,
    long otherErrors) {

  public CollectionStatus {
    agencies = List.copyOf(agencies);
    unattributed = List.copyOf(unattributed);
  }

  /** The last day a report is on time: the due date, or the Monday after when it falls on a weekend. */
  public LocalDate onTimeUntil() {
    return plan.reporting().onTimeUntil(period);
  }

  /** Days from today to the last day on time: positive before it, 0 on it, negative after it. */
  public long daysToDue() {
    return ChronoUnit.DAYS.between(today, onTimeUntil());
  }

  /** Agencies with a duty in P. */
  public List<AgencyIntake> expected() {
    return agencies.stream().filter(a -> !a.assigned().isEmpty()).toList();
  }

  public List<AgencyIntake> in(IntakeState state) {
    return agencies.stream().filter(a -> a.state() == state).toList();
  }

  /** Agencies to remind: nothing received, errors to fix, or something missing. */
  public List<AgencyIntake> owing() {
    return agencies.stream().filter(a -> a.state().owesSomething()).toList();
  }

  /** Every file of P: each agency's, then those of no known agency. */
  public List<FileIntake> files() {
    return java.util.stream.Stream.concat(agencies.stream().flatMap(a -> a.files().stream()), unattributed.stream()).toList();
  }

  /** Errors in the files of P. */
  public long errors() {
    return files().stream().mapToLong(FileIntake::errors).sum();
  }

  public long warnings() {
    return files().stream().mapToLong(FileIntake::warnings).sum();
  }
}
