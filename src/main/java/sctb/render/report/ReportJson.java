package sctb.render.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Location;
import sctb.core.period.Period;
import sctb.core.plan.Agency;
import sctb.core.plan.Phase;
import sctb.core.plan.Plan;
import sctb.core.plan.Sector;
import sctb.core.plan.Target;
import sctb.core.plan.Task;
import sctb.core.progress.AgencyReport;
import sctb.core.progress.AgencyReporting;
import sctb.core.progress.Assessment;
import sctb.core.progress.Exclusion;
import sctb.core.progress.Figure;
import sctb.core.progress.GroupSummary;
import sctb.core.progress.IndicatorProgress;
import sctb.core.progress.Measure;
import sctb.core.progress.Numbers;
import sctb.core.progress.Outcome;
import sctb.core.progress.OutputProgress;
import sctb.core.progress.Pace;
import sctb.core.progress.PanelEntity;
import sctb.core.progress.ProgressReport;
import sctb.core.progress.ReductionDetail;
import sctb.core.progress.ReductionOutcome;
import sctb.core.progress.ReductionSector;
import sctb.core.progress.ReportState;
import sctb.core.progress.SectorProgress;
import sctb.core.progress.Sources;
import sctb.core.progress.TallyOutcome;
import sctb.core.progress.TallySector;
import sctb.core.progress.TaskShareOutcome;
import sctb.core.progress.TaskProgress;
import sctb.core.submission.IndicatorRow;
import sctb.core.submission.TaskRow;
import sctb.core.text.Language;
import sctb.core.text.Localized;
import sctb.i18n.Messages;

/**
 * The engine's {@link ProgressReport} as a plain JSON tree (maps, lists, scalars) for
 * {@code render.Json.write}; every field is documented in docs/report-json.md, which the Markdown
 * and HTML renderers build on.
 */
public final class ReportJson {
  public static final String SCHEMA = "sctb-report/1";
  private final ProgressReport report;
  private final Plan plan;
  private final Set<String> agencies = new LinkedHashSet<>();

  private ReportJson(ProgressReport report) {
    this.report = report;
    this.plan = report.plan();
  }

  public static Map<String, Object> of(ProgressReport report) {
    return new ReportJson(report).root();
  }

  private Map<String, Object> root() {
    Map<String, Object> m = new LinkedHashMap<>();
    Period p = report.period();
    m.put("schema", SCHEMA);
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("id", plan.info().id());
    info.put("title", text(plan.info().title()));
    info.put("short_title", text(plan.info().shortTitle()));
    info.put("issuer", text(plan.info().issuer()));
    m.put("plan", info);
    m.put("period", p.toString());
    m.put("period_start", p.start().toString());
    m.put("period_end", p.end().toString());
    m.put("due_date", report.reporting().dueDate().toString());
    m.put("phase", phase(report.phase()));
    m.put("other_phase", report.otherPhase() == null ? null : phase(report.otherPhase()));
    m.put("method", plan.progress().method().id());
    Map<String, Object> thresholds = new LinkedHashMap<>();
    thresholds.put("on_track", plan.progress().onTrack());
    thresholds.put("acceleration_needed", plan.progress().accelerationNeeded());
    thresholds.put("limited_progress", plan.progress().limitedProgress());
    m.put("thresholds", thresholds);
    m.put("indicators", report.indicators().stream().map(this::indicator).toList());
    m.put("outputs", report.outputs().stream().map(this::output).toList());
    m.put("groups", report.groups().stream().map(this::group).toList());
    m.put("tasks", report.tasks().stream().map(this::task).toList());
    m.put("difficulties", texts(TaskRow::difficulties));
    m.put("proposals", texts(TaskRow::proposals));
    m.put("reporting", reporting());
    List<Map<String, Object>> named = new ArrayList<>();
    for (Agency a : plan.agencies()) {
      if (agencies.contains(a.id())) {
        Map<String, Object> am = new LinkedHashMap<>();
        am.put("id", a.id());
        am.put("name", text(a.name()));
        named.add(am);
      }
    }
    m.put("agencies", named);
    m.put("diagnostics", diagnostics());
    return m;
  }

  private Map<String, Object> indicator(IndicatorProgress ip) {
    Map<String, Object> m = new LinkedHashMap<>();
    Target t = ip.target();
    Figure f = ip.figure();
    Outcome outcome = ip.outcome();
    m.put("id", ip.indicator().id());
    m.put("kind", ip.indicator().kind().id());
    m.put("name", text(ip.indicator().name()));
    m.put("unit", ip.indicator().unit());
    m.put("unit_name", text(ip.indicator().unitName()));
    m.put("target_year", t == null ? null : t.year());
    m.put("baseline_year", t == null ? null : t.baseline());
    m.put("min", t == null ? null : num(t.min()));
    m.put("stretch", t == null ? null : num(t.stretch()));
    m.put("qualitative", t == null || t.isQualitative());
    m.put("target_text", t == null ? text(Localized.EMPTY) : text(t.text()));
    m.put("target_note", t == null ? text(Localized.EMPTY) : text(t.note()));
    m.put("baseline", t == null ? null : num(f.assessment().baseline().value()));
    m.put("baseline_source", f.assessment().baseline().source().id());
    m.put("as_of", period(f.asOf()));
    m.put("value", num(f.value()));
    assessment(m, t == null ? null : f.assessment());
    BigDecimal numerator = null;
    BigDecimal denominator = null;
    if (outcome instanceof TallyOutcome tally) {
      numerator = tally.numerator();
      denominator = tally.denominator();
    } else if (outcome instanceof TaskShareOutcome share) {
      numerator = share.delivered() == null ? null : BigDecimal.valueOf(share.delivered());
      denominator = BigDecimal.valueOf(share.named().size());
    }
    m.put("numerator", num(numerator));
    m.put("denominator", num(denominator));
    m.put("sectors_meeting_min", outcome instanceof ReductionOutcome r ? Integer.valueOf(r.sectorsMeetingMin()) : null);
    m.put("sectors_total", outcome instanceof ReductionOutcome r ? r.sectors().size() : null);
    Target o = ip.otherTarget();
    if (o == null) {
      m.put("other_phase_target", null);
    } else {
      Map<String, Object> om = new LinkedHashMap<>();
      om.put("phase", o.phase());
      om.put("target_year", o.year());
      om.put("baseline_year", o.baseline());
      om.put("min", num(o.min()));
      om.put("stretch", num(o.stretch()));
      om.put("target_text", text(o.text()));
      m.put("other_phase_target", om);
    }
    m.put("sectors", ip.sectors().stream().map(this::sector).toList());
    List<Map<String, Object>> tasks = new ArrayList<>();
    if (outcome instanceof TaskShareOutcome share) {
      for (Task task : share.named()) {
        TaskRow row = share.status(task).orElse(null);
        Map<String, Object> tm = new LinkedHashMap<>();
        tm.put("id", task.id());
        tm.put("status", row == null || row.status() == null ? null : row.status().id());
        tm.put("as_of", row == null ? null : row.period().toString());
        tm.put("delivered", row != null && row.status() != null && row.status().delivered());
        tasks.add(tm);
      }
    }
    m.put("tasks", tasks);
    m.put("rows", outcome instanceof TallyOutcome tally ? tally.rows().stream().map(this::row).toList() : List.of());
    m.put("sources", sources(outcome.sources()));
    return m;
  }

  private void assessment(Map<String, Object> m, Assessment a) {
    Pace p = a == null ? null : a.pace();
    m.put("expected", p == null ? null : num(p.expected()));
    m.put("ratio", p == null ? null : num(p.ratio()));
    m.put("status", a == null ? "no-data" : a.status().id());
    m.put("stretch_met", a != null && a.stretchMet());
    m.put("final", a != null && a.isFinal());
    m.put("forecast", a == null || a.forecast() == null ? null : num(a.forecast().central()));
    m.put("months_elapsed", p == null ? null : p.monthsElapsed());
    m.put("months_total", p == null ? null : p.monthsTotal());
    m.put("cagr_observed", p == null ? null : num(p.observedGrowth()));
    m.put("cagr_needed", p == null ? null : num(p.neededGrowth()));
  }

  private Map<String, Object> sector(SectorProgress s) {
    Map<String, Object> m = new LinkedHashMap<>();
    Sector sector = plan.sector(s.sector()).orElse(null);
    ReductionDetail d = s instanceof ReductionSector r ? r.detail() : null;
    boolean reduction = s instanceof ReductionSector;
    m.put("sector", s.sector());
    m.put("name", sector == null ? text(Localized.of(s.sector(), "")) : text(sector.name()));
    m.put("intensity_unit", reduction && sector != null ? text(sector.intensityUnit()) : null);
    m.put("consumption_unit", reduction && sector != null ? text(sector.consumptionUnit()) : null);
    m.put("output_unit", reduction && sector != null ? text(sector.outputUnit()) : null);
    m.put("as_of", period(s.figure().asOf()));
    m.put("value", num(s.figure().value()));
    Map<String, Object> a = new LinkedHashMap<>();
    assessment(a, s.figure().assessment());
    m.put("expected", a.get("expected"));
    m.put("ratio", a.get("ratio"));
    m.put("status", a.get("status"));
    m.put("stretch_met", a.get("stretch_met"));
    m.put("forecast", a.get("forecast"));
    m.put("months_elapsed", a.get("months_elapsed"));
    m.put("cagr_observed", a.get("cagr_observed"));
    m.put("cagr_needed", a.get("cagr_needed"));
    m.put("panel_size", s instanceof TallySector t ? Integer.valueOf(t.rows().size()) : d == null ? null : d.panel().size());
    m.put("intensity_baseline", d == null ? null : num(d.intensityBaseline()));
    m.put("intensity_current", d == null ? null : num(d.intensityCurrent()));
    m.put("consumption_baseline", d == null ? null : num(d.consumptionBaseline()));
    m.put("output_baseline", d == null ? null : num(d.outputBaseline()));
    m.put("consumption_current", d == null ? null : num(d.consumptionCurrent()));
    m.put("output_current", d == null ? null : num(d.outputCurrent()));
    m.put("weight", d == null ? null : num(d.outputCurrent()));
    m.put("panel", d == null ? List.of() : LazyList.of(d.panel(), this::panelEntity));
    m.put("excluded", d == null ? List.of() : LazyList.of(d.excluded(), this::exclusion));
    m.put("excluded_output_share", d == null ? null : num(d.excludedOutputShare()));
    m.put("rows", s instanceof TallySector t ? t.rows().stream().map(this::row).toList() : List.of());
    m.put("sources", sources(s.sources()));
    return m;
  }

  private Map<String, Object> panelEntity(PanelEntity p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("entity", p.entity());
    measure(m, "baseline", p.baseline());
    measure(m, "current", p.current());
    m.put("baseline_sources", sources(p.baseline().sources()));
    m.put("current_sources", sources(p.current().sources()));
    return m;
  }

  private void measure(Map<String, Object> m, String suffix, Measure measure) {
    m.put("consumption_" + suffix, num(measure.consumption()));
    m.put("output_" + suffix, num(measure.output()));
    m.put("intensity_" + suffix, num(measure.intensity()));
  }

  private Map<String, Object> exclusion(Exclusion e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("entity", e.entity());
    m.put("reason", e.reason().id());
    m.put("output", num(e.output()));
    m.put("output_share", num(e.outputShare()));
    m.put("share_basis", e.shareBasis());
    m.put("sources", sources(e.sources()));
    return m;
  }

  private Map<String, Object> row(IndicatorRow r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("agency", agency(r.agency()));
    m.put("sector", r.sector());
    m.put("entity", r.entity());
    m.put("period", r.period().toString());
    m.put("numerator", num(r.numerator()));
    m.put("denominator", num(r.denominator()));
    m.put("source", Sources.text(r.at()));
    return m;
  }

  private Map<String, Object> output(OutputProgress o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", o.output().id());
    m.put("task", o.task().id());
    m.put("name", text(o.output().name()));
    m.put("unit", text(o.output().unit()));
    m.put("target", num(o.output().target()));
    m.put("approximate", o.output().approximate());
    m.put("target_year", o.goal().targetYear());
    m.put("baseline_year", o.goal().baselineYear());
    m.put("baseline", num(o.goal().baselineValue()));
    m.put("as_of", period(o.figure().asOf()));
    m.put("value", num(o.figure().value()));
    assessment(m, o.figure().assessment());
    m.put("rows", o.rows().stream().map(this::row).toList());
    m.put("sources", sources(o.sources()));
    return m;
  }

  private Map<String, Object> group(GroupSummary g) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", g.group().id());
    m.put("title", text(g.group().title()));
    m.put("tasks", g.tasks());
    m.put("counts", new LinkedHashMap<>(g.counts()));
    return m;
  }

  private Map<String, Object> task(TaskProgress tp) {
    Map<String, Object> m = new LinkedHashMap<>();
    TaskRow latest = tp.latest();
    m.put("id", tp.task().id());
    m.put("group", tp.task().groupId());
    m.put("title", text(tp.task().title()));
    m.put("lead", agency(tp.responsible()));
    m.put("plan_lead", agency(tp.task().lead()));
    m.put("status", tp.status() == null ? null : tp.status().id());
    m.put("progress", latest == null ? null : num(latest.progress()));
    m.put("as_of", latest == null ? null : latest.period().toString());
    m.put("source", latest == null ? null : Sources.text(latest.at()));
    List<Map<String, Object>> reports = new ArrayList<>();
    for (AgencyReport ar : tp.reports()) {
      TaskRow r = ar.row();
      Map<String, Object> rm = new LinkedHashMap<>();
      rm.put("agency", agency(r.agency()));
      rm.put("counts_for", agency(ar.countsFor()));
      rm.put("status", r.status() == null ? null : r.status().id());
      rm.put("progress", num(r.progress()));
      rm.put("result", blankToNull(r.result()));
      rm.put("difficulties", blankToNull(r.difficulties()));
      rm.put("proposals", blankToNull(r.proposals()));
      rm.put("spent_vnd", num(r.spentVnd()));
      rm.put("submitted_on", r.submittedOn() == null ? null : r.submittedOn().toString());
      rm.put("source", Sources.text(r.at()));
      reports.add(rm);
    }
    m.put("reports", reports);
    return m;
  }

  private List<Map<String, Object>> texts(java.util.function.Function<TaskRow, String> field) {
    List<Map<String, Object>> all = new ArrayList<>();
    for (TaskProgress tp : report.tasks()) {
      for (AgencyReport ar : tp.reports()) {
        String text = blankToNull(field.apply(ar.row()));
        if (text != null) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("task", tp.task().id());
          m.put("agency", agency(ar.row().agency()));
          m.put("text", text);
          m.put("source", Sources.text(ar.row().at()));
          all.add(m);
        }
      }
    }
    return all;
  }

  private Map<String, Object> reporting() {
    var r = report.reporting();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("due_date", r.dueDate().toString());
    m.put("expected", r.expected().stream().map(this::agency).toList());
    m.put("received", r.received());
    m.put("on_time", r.in(ReportState.ON_TIME));
    m.put("late", r.in(ReportState.LATE));
    m.put("undated", r.in(ReportState.UNDATED));
    m.put("missing", r.in(ReportState.MISSING));
    m.put("unexpected", r.in(ReportState.UNEXPECTED).stream().map(this::agency).toList());
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("expected", r.expected().size());
    counts.put("received", r.received().size());
    counts.put("on_time", r.in(ReportState.ON_TIME).size());
    counts.put("late", r.in(ReportState.LATE).size());
    counts.put("undated", r.in(ReportState.UNDATED).size());
    counts.put("missing", r.in(ReportState.MISSING).size());
    m.put("counts", counts);
    List<Map<String, Object>> list = new ArrayList<>();
    for (AgencyReporting a : r.agencies()) {
      Map<String, Object> am = new LinkedHashMap<>();
      am.put("id", agency(a.agency()));
      am.put("state", a.state().id());
      am.put("submitted_on", a.submittedOn() == null ? null : a.submittedOn().toString());
      am.put("reported_by", a.reportedBy().stream().map(this::agency).toList());
      am.put("tasks", a.tasks());
      am.put("sources", sources(a.sources()));
      list.add(am);
    }
    m.put("agencies", list);
    return m;
  }

  private Map<String, Object> diagnostics() {
    var q = report.dataQuality();
    Messages vi = Messages.of(Language.VI);
    Messages en = Messages.of(Language.EN);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("files", q.files());
    m.put("errors", q.errors());
    m.put("warnings", q.warnings());
    m.put("rejected_rows", q.rejectedRows());
    List<Map<String, Object>> items = new ArrayList<>();
    for (Diagnostic d : q.diagnostics()) {
      Location l = d.location();
      Map<String, Object> dm = new LinkedHashMap<>();
      dm.put("severity", d.severity().id());
      dm.put("code", d.code().id());
      dm.put("file", l.file());
      dm.put("line", l.line());
      dm.put("column", l.column());
      dm.put("column_name", l.columnName());
      if (l.sheet() != null) {
        dm.put("sheet", l.sheet()); // .xlsx submissions only
        dm.put("cell", l.cellRef());
      }
      dm.put("value", d.value());
      dm.put("args", d.args());
      dm.put("suggestion", d.suggestion());
      dm.put("message", text(Localized.of(vi.diagnostic(d), en.diagnostic(d))));
      items.add(dm);
    }
    m.put("items", items);
    return m;
  }

  private String agency(String id) {
    if (id != null) {
      agencies.add(id);
    }
    return id;
  }

  private static Map<String, Object> phase(Phase p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", p.id());
    m.put("start", p.start());
    m.put("end", p.end());
    m.put("name", text(p.name()));
    return m;
  }

  private static Map<String, Object> text(Localized l) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("vi", l == null ? "" : l.vi());
    m.put("en", l == null ? "" : l.en());
    return m;
  }

  private static List<String> sources(List<Location> locations) {
    return LazyList.of(locations, Sources::text);
  }

  private static String period(Period p) {
    return p == null ? null : p.toString();
  }

  private static BigDecimal num(BigDecimal b) {
    return Numbers.clean(b);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
