package sctb.core.collect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sctb.core.diag.Diagnostic;
import sctb.core.plan.Plan;
import sctb.core.plan.Successions;

/**
 * Whom a reminder or feedback about one agency's report goes to today, and about what (docs/collection.md,
 * "To whom"): each task still owed, and each problem on a row about a task, goes to whoever carries that task
 * today — after a split succession ({@code successor_by_task}: the former Department of Labour's task IX.5
 * went to the Department of Education, its other work to the Department of Home Affairs) that is not the
 * general successor. The rest of the report (its files, the problems not on such a row, indicator rows) goes
 * to the general successor ({@code general}). {@code problems}: this part's, errors first, in file and line order.
 */
public record Addressee(AgencyIntake report, String agency, List<String> tasks, boolean general, List<Diagnostic> problems) {

  public Addressee {
    tasks = List.copyOf(tasks);
    problems = List.copyOf(problems);
  }

  /** The tasks the report still owes: every task of its duty when nothing came, else those missing. */
  public static List<String> owedTasks(AgencyIntake report) {
    return report.state() == IntakeState.NOT_RECEIVED ? report.assigned() : report.missing();
  }

  /**
   * Every agency with a part of {@code report} on {@code today}, the general successor first (even with
   * nothing owed: its files are still its to hear about, as feedback says), then each successor of a task
   * owed, or of a task a row with a problem is about, that is not the general one. One addressee when
   * nothing was split.
   */
  public static List<Addressee> all(Plan plan, AgencyIntake report, LocalDate today) {
    String general = Successions.follow(plan, report.agency(), null, today);
    Map<String, List<String>> tasks = new LinkedHashMap<>();
    Map<String, List<Diagnostic>> problems = new LinkedHashMap<>();
    tasks.put(general, new ArrayList<>());
    for (String task : owedTasks(report)) {
      tasks.computeIfAbsent(Successions.follow(plan, report.agency(), task, today), a -> new ArrayList<>()).add(task);
    }
    for (FileIntake f : report.files()) {
      for (Diagnostic d : f.diagnostics()) {
        String task = f.movedTaskOf(d);
        String to = task == null ? general : Successions.follow(plan, report.agency(), task, today);
        tasks.computeIfAbsent(to, a -> new ArrayList<>());
        problems.computeIfAbsent(to, a -> new ArrayList<>()).add(d);
      }
    }
    List<Addressee> out = new ArrayList<>();
    tasks.forEach((agency, owed) -> out.add(new Addressee(report, agency, owed, agency.equals(general),
        problems.getOrDefault(agency, List.of()).stream().sorted(Comparator.comparing((Diagnostic d) -> !d.isError())).toList())));
    return out;
  }

  /** The addressees of a reminder about {@code report}: {@link #all}, less those owing nothing when the report is split. */
  public static List<Addressee> of(Plan plan, AgencyIntake report, LocalDate today) {
    List<Addressee> all = all(plan, report, today);
    return all.size() == 1 ? all : all.stream().filter(Addressee::owesSomething).toList();
  }

  /** Errors on this part, those past the cap of one code counted too. */
  public long errors() {
    return problems.stream().mapToLong(d -> FileIntake.count(d, true)).sum();
  }

  public long warnings() {
    return problems.stream().mapToLong(d -> FileIntake.count(d, false)).sum();
  }

  /**
   * Where this part of the report stands: not received or not expected as the report is; else with errors
   * when its problems hold one, incomplete when it owes a task (or, the general successor's, indicator
   * rows), complete otherwise — the general part of a report whose only gaps went to others is complete.
   */
  public IntakeState state() {
    IntakeState whole = report.state();
    if (whole == IntakeState.NOT_RECEIVED || whole == IntakeState.UNEXPECTED) {
      return whole;
    }
    if (errors() > 0) {
      return IntakeState.HAS_ERRORS;
    }
    return !tasks.isEmpty() || general && report.indicators().missing() > 0 ? IntakeState.INCOMPLETE : IntakeState.COMPLETE;
  }

  /** This part has tasks owed or errors to fix, or — the general successor's — indicator rows missing. */
  private boolean owesSomething() {
    return !tasks.isEmpty() || errors() > 0 || general && report.indicators().missing() > 0;
  }
}
