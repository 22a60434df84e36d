package sctb.core.plan;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** The succession rule: who is responsible for a task, or answers for an agency, on a given day. */
public final class Successions {
  private Successions() {}

  /** The agency that carries the task on {@code day}: its lead, followed through every succession in force. */
  public static String responsibleFor(Plan plan, Task task, LocalDate day) {
    return follow(plan, task.lead(), task.id(), day);
  }

  /** Where {@code agencyId}'s duty for {@code taskId} (null: in general) sits on {@code day}. */
  public static String follow(Plan plan, String agencyId, String taskId, LocalDate day) {
    String current = agencyId;
    Set<String> seen = new HashSet<>();
    while (seen.add(current)) {
      Optional<Agency> agency = plan.agency(current);
      Succession s = agency.map(Agency::succession).orElse(null);
      if (s == null || s.from().isAfter(day)) {
        return current;
      }
      String next = taskId == null ? s.successor() : s.successorFor(taskId);
      if (next == null) {
        return current; // only some tasks moved, not this one (or not the general duty)
      }
      current = next;
    }
    return current; // a cycle is rejected when the plan is loaded; stop rather than loop
  }
}
