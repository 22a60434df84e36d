package sctb.core.collect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sctb.core.plan.Plan;
import sctb.core.plan.Successions;

/**
 * Whom a reminder or feedback about one agency's report goes to today, and about what (docs/collection.md,
 * "To whom"): each task still owed goes to whoever carries that task today — after a split succession
 * ({@code successor_by_task}: the former Department of Labour's task IX.5 went to the Department of
 * Education, its other work to the Department of Home Affairs) that is not the general successor. The
 * rest of the report (its files, errors to fix, indicator rows) goes to the general successor ({@code general}).
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
   * Every agency with a part of {@code report} on {@code today}, the general successor first (even with
   * nothing owed: its files are still its to hear about, as feedback says), then each successor of a task
   * owed that is not the general one. One addressee when nothing was split.
   */
  public static List<Addressee> all(Plan plan, AgencyIntake report, LocalDate today) {
    String general = Successions.follow(plan, report.agency(), null, today);
    Map<String, List<String>> byAgency = new LinkedHashMap<>();
    byAgency.put(general, new ArrayList<>());
    for (String task : owedTasks(report)) {
      byAgency.computeIfAbsent(Successions.follow(plan, report.agency(), task, today), a -> new ArrayList<>()).add(task);
    }
    List<Addressee> out = new ArrayList<>();
    byAgency.forEach((agency, tasks) -> out.add(new Addressee(report, agency, tasks, agency.equals(general))));
    return out;
  }

  /**
   * The addressees of a reminder about {@code report}: {@link #all}, less the general successor when the
   * report is split and nothing of it is owed by the general one.
   */
  public static List<Addressee> of(Plan plan, AgencyIntake report, LocalDate today) {
    List<Addressee> all = all(plan, report, today);
    return all.size() == 1 ? all : all.stream().filter(a -> !a.general() || a.owesSomething()).toList();
  }

  /**
   * Where this part of the report stands: the report's own state for the general successor, unless all it
   * lacked were tasks now owed by others (then complete); a part split off is incomplete (its tasks are
   * missing), or not received when nothing came.
   */
  public IntakeState state() {
    IntakeState whole = report.state();
    if (!general) {
      return whole == IntakeState.NOT_RECEIVED ? whole : IntakeState.INCOMPLETE;
    }
    return whole == IntakeState.INCOMPLETE && !owesSomething() ? IntakeState.COMPLETE : whole;
  }

  /** This part has tasks owed, or — the general successor's — errors to fix or indicator rows missing. */
  private boolean owesSomething() {
    return !tasks.isEmpty() || general && (report.errors() > 0 || report.indicators().missing() > 0);
  }
}
