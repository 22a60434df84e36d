package sctb.core.validate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.period.Period;
import sctb.core.plan.Plan;
import sctb.core.plan.Successions;
import sctb.core.plan.Task;
import sctb.core.plan.TaskGroup;
import sctb.core.submission.Column;
import sctb.core.submission.Status;
import sctb.core.submission.TaskRow;
import sctb.core.text.Suggest;

/** The rules of one task-progress row: task known and assigned to the agency, status, progress 0–100, amounts. */
final class TaskRowRules {
  private static final List<String> STATUS_WORDS = List.of("not-started", "in-progress", "done", "ongoing", "delayed",
      "chưa triển khai", "đang triển khai", "hoàn thành", "thường xuyên", "chậm tiến độ");

  private TaskRowRules() {}

  /** The accepted row, or empty when the row has an error (its diagnostics are in {@code cells}). */
  static Optional<TaskRow> check(Cells cells, Lookup lookup) {
    if (cells.subtotal() || cells.repeatsHeader()) {
      return Optional.empty();
    }
    Period period = cells.period();
    String taskText = cells.required(Column.TASK);
    String taskId = null;
    if (taskText != null) {
      taskId = lookup.task(taskText).orElse(null);
      if (taskId == null) {
        unknownTask(cells, lookup, taskText);
      }
    }
    String agency = cells.agency(period, taskId);
    if (agency != null && taskId != null && period != null) {
      notAssigned(cells, lookup.plan(), agency, taskId, period);
    }
    Status status = null;
    String statusText = cells.required(Column.STATUS);
    if (statusText != null) {
      status = Status.parse(statusText).orElse(null);
      if (status == null) {
        cells.add(Diagnostic.of(Code.UNKNOWN_STATUS, cells.at(Column.STATUS), statusText)
            .suggesting(Suggest.closest(statusText, STATUS_WORDS).orElse(null)));
      }
    }
    BigDecimal progress = cells.progress();
    if (progress != null && (progress.signum() < 0 || progress.compareTo(BigDecimal.valueOf(100)) > 0)) {
      cells.add(Code.OUT_OF_RANGE, Column.PROGRESS, cells.row().text(Column.PROGRESS), "percent");
    }
    BigDecimal spent = cells.number(Column.SPENT_VND);
    cells.notNegative(Column.SPENT_VND, spent);
    LocalDate submitted = cells.submittedOn();
    if (cells.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(new TaskRow(cells.row().at(), period, agency, taskId, status, progress,
        cells.optional(Column.RESULT), cells.optional(Column.DIFFICULTIES), cells.optional(Column.PROPOSALS), spent,
        submitted));
  }

  /** "IV.9": names the group's real range when the group exists, else the groups. */
  private static void unknownTask(Cells cells, Lookup lookup, String text) {
    String closest = Suggest.closest(text, lookup.taskIds()).orElse(null);
    String groupId = text.strip().split("[.\\s]", 2)[0].toUpperCase(java.util.Locale.ROOT);
    Optional<TaskGroup> group = lookup.plan().groups().stream().filter(g -> g.id().equals(groupId)).findFirst();
    Diagnostic d;
    if (group.isPresent() && !group.get().tasks().isEmpty()) {
      List<Task> tasks = group.get().tasks();
      d = Diagnostic.of(Code.UNKNOWN_TASK, cells.at(Column.TASK), text, "in-group",
          "group:" + groupId, tasks.get(0).id(), tasks.get(tasks.size() - 1).id());
    } else {
      List<TaskGroup> groups = lookup.plan().groups();
      d = Diagnostic.of(Code.UNKNOWN_TASK, cells.at(Column.TASK), text,
          groups.isEmpty() ? "" : groups.get(0).id(), groups.isEmpty() ? "" : groups.get(groups.size() - 1).id());
    }
    cells.add(d.suggesting(closest));
  }

  /** Warns when the agency is neither the task's lead nor a partner, successions followed at the due date. */
  private static void notAssigned(Cells cells, Plan plan, String agency, String taskId, Period period) {
    Task task = plan.task(taskId).orElseThrow();
    LocalDate due = plan.reporting().dueDate(period);
    Set<String> responsible = new HashSet<>();
    responsible.add(task.lead());
    responsible.add(Successions.follow(plan, task.lead(), taskId, due));
    for (String partner : task.partners()) {
      responsible.add(partner);
      responsible.add(Successions.follow(plan, partner, taskId, due));
    }
    if (!responsible.contains(agency) && !responsible.contains(Successions.follow(plan, agency, taskId, due))) {
      cells.add(Code.NOT_ASSIGNED, Column.AGENCY, cells.row().text(Column.AGENCY), "agency:" + agency, "task:" + taskId,
          "agency:" + Successions.responsibleFor(plan, task, due));
    }
  }
}
