package sctb.render.collect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import sctb.core.collect.AgencyIntake;
import sctb.core.collect.CollectionStatus;
import sctb.core.collect.FileIntake;
import sctb.core.collect.IntakeState;
import sctb.core.diag.Diagnostic;
import sctb.i18n.Messages;
import sctb.render.Json;
import sctb.render.validate.ValidationJson;

/**
 * {@code sctb status --format json} (docs/collection.md): the period, due date, today and days to the
 * due date; per agency its state, date received and where that date comes from, timeliness, tasks,
 * indicator rows and files with their problems (each as {@code sctb validate --format json} writes
 * one); the files of no known agency; the totals. Ids in English, dates ISO, messages in the language.
 */
public final class StatusJson {
  private StatusJson() {}

  public static String render(CollectionStatus s, Messages m) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("period", s.period().toString());
    root.put("due_date", iso(s.dueDate()));
    root.put("on_time_until", iso(s.onTimeUntil()));
    root.put("today", iso(s.today()));
    root.put("days_to_due", s.daysToDue());
    List<Object> agencies = new ArrayList<>();
    for (AgencyIntake a : s.agencies()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("agency", a.agency());
      o.put("name", s.plan().agency(a.agency()).map(x -> x.name().in(m.language())).orElse(a.agency()));
      o.put("state", id(a.state()));
      o.put("received_on", iso(a.receivedOn()));
      o.put("date_from", id(a.dateSource()));
      o.put("timeliness", id(a.timeliness()));
      o.put("days_late", a.daysLate());
      Map<String, Object> tasks = new LinkedHashMap<>();
      tasks.put("assigned", a.assigned());
      tasks.put("reported", a.reported());
      tasks.put("missing", a.missing());
      o.put("tasks", tasks);
      Map<String, Object> rows = new LinkedHashMap<>();
      rows.put("expected", a.indicators().expected());
      rows.put("from_plan", a.indicators().fromPlan());
      rows.put("received", a.indicators().received());
      rows.put("added", a.indicators().added());
      o.put("indicator_rows", rows);
      o.put("errors", a.errors());
      o.put("warnings", a.warnings());
      o.put("files", a.files().stream().map(f -> file(f, m)).toList());
      agencies.add(o);
    }
    root.put("agencies", agencies);
    root.put("unattributed_files", s.unattributed().stream().map(f -> file(f, m)).toList());
    Map<String, Object> totals = new LinkedHashMap<>();
    totals.put("expected", s.expected().size());
    for (IntakeState state : IntakeState.values()) {
      totals.put(id(state).replace('-', '_'), s.in(state).size());
    }
    totals.put("files", s.files().size());
    totals.put("errors", s.errors());
    totals.put("warnings", s.warnings());
    totals.put("other_period_errors", s.otherErrors());
    root.put("totals", totals);
    return Json.write(root);
  }

  private static Map<String, Object> file(FileIntake f, Messages m) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("file", f.file());
    o.put("agency", f.agency().isEmpty() ? null : f.agency());
    o.put("rows", f.rows());
    o.put("task_rows", f.taskRows());
    o.put("indicator_rows", f.indicatorRows());
    o.put("other_period_rows", f.otherPeriodRows());
    o.put("rejected_rows", f.rejectedRows());
    o.put("retired_rows", f.retiredRows());
    o.put("submitted_on", iso(f.submittedOn()));
    o.put("modified_on", iso(f.fileDate()));
    o.put("copies_left_out", f.copies());
    List<Object> problems = new ArrayList<>();
    for (Diagnostic d : f.diagnostics()) {
      problems.add(ValidationJson.diagnostic(d, m));
    }
    o.put("diagnostics", problems);
    return o;
  }

  private static String iso(LocalDate d) {
    return d == null ? null : d.toString();
  }

  private static String id(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
