package sctb.render.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Location;
import sctb.core.period.Period;
import sctb.core.plan.Agency;
import sctb.core.plan.Indicator;
import sctb.core.plan.Retirements;
import sctb.core.plan.Phase;
import sctb.core.plan.Plan;
import sctb.core.plan.Sector;
import sctb.core.plan.Target;
import sctb.core.plan.Task;
import sctb.core.progress.DataQuality;
import sctb.core.progress.DiagnosticCount;
import sctb.core.progress.AgencyReport;
import sctb.core.progress.AgencyReporting;
import sctb.core.progress.Assessment;
import sctb.core.progress.Change;
import sctb.core.progress.Changes;
import sctb.core.progress.CoverageFact;
import sctb.core.progress.Exclusion;
import sctb.core.progress.CumulativeFall;
import sctb.core.progress.Figure;
import sctb.core.progress.Forecast;
import sctb.core.progress.GroupSummary;
import sctb.core.progress.IndicatorProgress;
import sctb.core.progress.Measure;
import sctb.core.progress.DecimalMath;
import sctb.core.progress.Observation;
import sctb.core.progress.Omission;
import sctb.core.progress.OtherPhaseVerdict;
import sctb.core.progress.Outcome;
import sctb.core.progress.OutputProgress;
import sctb.core.progress.Pace;
import sctb.core.progress.PanelEntity;
import sctb.core.progress.PooledReduction;
import sctb.core.progress.PopulationCheck;
import sctb.core.progress.ProgressReport;
import sctb.core.progress.ReductionDetail;
import sctb.core.progress.ReductionOutcome;
import sctb.core.progress.ReductionSector;
import sctb.core.progress.ReportState;
import sctb.core.progress.ReportingStatus;
import sctb.core.progress.SectorProgress;
import sctb.core.progress.Sources;
import sctb.core.progress.TallyOutcome;
import sctb.core.progress.TallySector;
import sctb.core.progress.TaskChange;
import sctb.core.progress.TaskProgress;
import sctb.core.progress.TaskShareOutcome;
import sctb.core.progress.Verdict;
import sctb.core.progress.VerdictTally;
import sctb.core.submission.Correction;
import sctb.core.submission.IndicatorRow;
import sctb.core.submission.TaskRow;
import sctb.core.text.Language;
import sctb.core.text.Localized;
import sctb.i18n.Messages;
import sctb.render.Json;

/**
 * Writes the engine's {@link ProgressReport} as the JSON document of docs/report-json.md, field by
 * field as it goes: the lists of a national roll-up (panels of hundreds of thousands of establishments,
 * built one at a time when read) are streamed, never held as a second tree, and bounded unless
 * {@link JsonDetail#FULL} is asked for.
 */
public final class ReportJson {
  public static final String SCHEMA = "sctb-report/1";
  private final ProgressReport report;
  private final Plan plan;
  private final JsonGenerator g;
  private final JsonDetail detail;
  /** Agency codes written so far: the document names every one in {@code agencies}, after all of them appeared. */
  private final Set<String> agencies = new LinkedHashSet<>();

  private ReportJson(ProgressReport report, JsonGenerator g, JsonDetail detail) {
    this.report = report;
    this.plan = report.plan();
    this.g = g;
    this.detail = detail;
  }

  /** Writes the document for {@code report} to {@code out}, its lists bounded, ending with a newline. */
  public static void write(ProgressReport report, OutputStream out) throws IOException {
    write(report, out, JsonDetail.BOUNDED);
  }

  /** Writes the document for {@code report} to {@code out} with {@code detail}, ending with a newline. */
  public static void write(ProgressReport report, OutputStream out, JsonDetail detail) throws IOException {
    try (JsonGenerator g = Json.generator(out)) {
      new ReportJson(report, g, detail).root();
    }
    out.write('\n');
  }

  private void root() throws IOException {
    Period p = report.period();
    g.writeStartObject();
    g.writeStringField("schema", SCHEMA);
    g.writeObjectFieldStart("plan");
    g.writeStringField("id", plan.info().id());
    text("title", plan.info().title());
    text("short_title", plan.info().shortTitle());
    text("issuer", plan.info().issuer());
    g.writeEndObject();
    g.writeStringField("period", p.toString());
    date("period_start", p.start());
    date("period_end", p.end());
    date("due_date", report.reporting().dueDate());
    g.writeBooleanField("provisional", report.standing().provisional());
    date("data_until", report.standing().dataUntil());
    g.writeFieldName("phase");
    phase(report.phase());
    g.writeFieldName("other_phase");
    if (report.otherPhase() == null) {
      g.writeNull();
    } else {
      phase(report.otherPhase());
    }
    g.writeStringField("method", plan.progress().method().id());
    g.writeObjectFieldStart("thresholds");
    g.writeNumberField("on_track", plan.progress().onTrack());
    g.writeNumberField("acceleration_needed", plan.progress().accelerationNeeded());
    g.writeNumberField("limited_progress", plan.progress().limitedProgress());
    g.writeEndObject();
    list("indicators", report.indicators(), this::indicator);
    if (!report.retired().isEmpty()) { // absent, not empty, for a plan that retires nothing: its reports read as before
      list("retired", report.retired(), this::retired);
    }
    list("outputs", report.outputs(), this::output);
    list("groups", report.groups(), this::group);
    list("tasks", report.tasks(), this::task);
    texts("difficulties", TaskRow::difficulties);
    texts("proposals", TaskRow::proposals);
    reporting(report.reporting());
    previousReport();
    bounded("corrections", report.corrections(), this::correction);
    g.writeArrayFieldStart("agencies");
    for (Agency a : plan.agencies()) {
      if (agencies.contains(a.id())) {
        g.writeStartObject();
        g.writeStringField("id", a.id());
        text("name", a.name());
        g.writeEndObject();
      }
    }
    g.writeEndArray();
    diagnostics();
    g.writeEndObject();
  }

  private void indicator(IndicatorProgress ip) throws IOException {
    Target t = ip.target();
    Figure f = ip.figure();
    Outcome outcome = ip.outcome();
    g.writeStartObject();
    g.writeStringField("id", ip.indicator().id());
    g.writeStringField("kind", ip.indicator().kind().id());
    text("name", ip.indicator().name());
    g.writeStringField("unit", ip.indicator().unit());
    text("unit_name", ip.indicator().unitName());
    integer("target_year", t == null ? null : t.year());
    integer("baseline_year", t == null ? null : t.baseline());
    number("min", t == null ? null : t.min());
    number("stretch", t == null ? null : t.stretch());
    g.writeBooleanField("qualitative", t == null || t.isQualitative());
    text("target_text", t == null ? Localized.EMPTY : t.text());
    text("target_note", t == null ? Localized.EMPTY : t.note());
    number("baseline", t == null ? null : f.assessment().baseline().value());
    g.writeStringField("baseline_source", f.assessment().baseline().source().id());
    period("baseline_from", f.assessment().baseline().from());
    period("as_of", f.asOf());
    number("value", f.value());
    assessment(t == null ? null : f.assessment(), true);
    BigDecimal numerator = null;
    BigDecimal denominator = null;
    if (outcome instanceof TallyOutcome tally) {
      numerator = tally.numerator();
      denominator = tally.denominator();
    } else if (outcome instanceof TaskShareOutcome share) {
      numerator = share.delivered() == null ? null : BigDecimal.valueOf(share.delivered());
      denominator = BigDecimal.valueOf(share.named().size());
    }
    number("numerator", numerator);
    number("denominator", denominator);
    integer("sectors_meeting_min", outcome instanceof ReductionOutcome r ? Integer.valueOf(r.sectorsMeetingMin()) : null);
    integer("sectors_total", outcome instanceof ReductionOutcome r ? Integer.valueOf(r.sectors().size()) : null);
    if (outcome instanceof ReductionOutcome r) {
      sectorVerdicts(r.sectorVerdicts());
      pooled(r.pooled());
    } else {
      g.writeNullField("sector_verdicts");
      g.writeNullField("pooled");
    }
    object("other_phase_target", ip.otherTarget(), o -> {
      g.writeStringField("phase", o.phase());
      g.writeNumberField("target_year", o.year());
      g.writeNumberField("baseline_year", o.baseline());
      number("min", o.min());
      number("stretch", o.stretch());
      text("target_text", o.text());
    });
    object("other_phase_verdict", ip.otherPhaseVerdict(), this::otherPhaseVerdict);
    list("sectors", ip.sectors(), s -> sector(ip.indicator().id(), s));
    g.writeArrayFieldStart("tasks");
    if (outcome instanceof TaskShareOutcome share) {
      for (Task task : share.named()) {
        namedTask(task, share.status(task).orElse(null));
      }
    }
    g.writeEndArray();
    bounded("rows", outcome instanceof TallyOutcome tally ? tally.rows() : List.<IndicatorRow>of(), this::row);
    boundedSources("sources", outcome.sources());
    change(ip.indicator().id(), null);
    bounded("left_out", outcome instanceof TallyOutcome tally ? tally.leftOut() : List.<Omission>of(), this::omission);
    object("population", outcome instanceof TallyOutcome tally ? tally.population() : null, this::population);
    bounded("falls", outcome instanceof TallyOutcome tally ? tally.falls() : List.<CumulativeFall>of(), this::fall);
    g.writeEndObject();
  }

  /** The other phase's final verdict, its target year over: its target, its figure as an indicator's, and per sector. */
  private void otherPhaseVerdict(OtherPhaseVerdict v) throws IOException {
    Target t = v.target();
    Figure f = v.figure();
    g.writeStringField("phase", t.phase());
    g.writeNumberField("target_year", t.year());
    g.writeNumberField("baseline_year", t.baseline());
    number("min", t.min());
    number("stretch", t.stretch());
    number("baseline", f.assessment().baseline().value());
    g.writeStringField("baseline_source", f.assessment().baseline().source().id());
    period("baseline_from", f.assessment().baseline().from());
    period("as_of", f.asOf());
    number("value", f.value());
    assessment(f.assessment(), true);
    VerdictTally tally = v.sectorVerdicts();
    integer("sectors_meeting_min", tally == null ? null : tally.count(Verdict.ACHIEVED));
    integer("sectors_total", tally == null ? null : tally.total());
    if (tally == null) {
      g.writeNullField("sector_verdicts");
    } else {
      sectorVerdicts(tally);
    }
    list("sectors", v.sectors(), s -> {
      g.writeStartObject();
      g.writeStringField("sector", s.sector());
      period("as_of", s.figure().asOf());
      number("value", s.figure().value());
      assessment(s.figure().assessment(), false);
      g.writeEndObject();
    });
    list("revisions", v.revisions(), r -> {
      g.writeStartObject();
      g.writeStringField("sector", r.sector());
      number("published_value", r.restatement().published());
      g.writeStringField("published_status", r.published() == null ? null : r.published().id());
      sources("corrections", r.restatement().corrections().stream().map(x -> x.newer().at()).toList());
      bounded("late", r.restatement().late(), l -> {
        g.writeStartObject();
        g.writeStringField("agency", agency(l.agency()));
        period("period", l.period());
        date("submitted_on", l.submittedOn());
        g.writeStringField("source", Sources.text(l.at()));
        g.writeEndObject();
      });
      g.writeEndObject();
    });
  }

  /** An entity of a share left out of its figure: its latest row and why. */
  private void omission(Omission o) throws IOException {
    IndicatorRow r = o.row();
    g.writeStartObject();
    g.writeStringField("entity", r.entity());
    g.writeStringField("entity_id", blankToNull(r.entityId()));
    g.writeStringField("agency", agency(r.agency()));
    g.writeStringField("reason", o.reason().id());
    g.writeStringField("as_of", r.period().toString());
    g.writeStringField("source", Sources.text(r.at()));
    g.writeEndObject();
  }

  /** A cumulative figure that fell: the row used and the highest earlier row of its entity or agency's aggregate. */
  private void fall(CumulativeFall f) throws IOException {
    IndicatorRow later = f.later();
    g.writeStartObject();
    g.writeStringField("entity", later.entity());
    g.writeStringField("entity_id", blankToNull(later.entityId()));
    g.writeStringField("agency", agency(later.agency()));
    g.writeFieldName("earlier");
    fallRow(f.earlier());
    g.writeFieldName("later");
    fallRow(later);
    g.writeEndObject();
  }

  private void fallRow(IndicatorRow r) throws IOException {
    g.writeStartObject();
    g.writeStringField("period", r.period().toString());
    number("numerator", r.numerator());
    number("denominator", r.denominator());
    g.writeStringField("source", Sources.text(r.at()));
    g.writeEndObject();
  }

  private void population(PopulationCheck p) throws IOException {
    g.writeStringField("kind", p.kind().id());
    g.writeNumberField("registered", p.registered());
    number("reported", p.reported());
    g.writeBooleanField("matches", p.matches());
  }

  /** How a figure moved since the previous report ({@code sector} null: an indicator's or output's headline); null when not computed. */
  private void change(String id, String sector) throws IOException {
    object("change", report.changes().of(id, sector).orElse(null), this::change);
  }

  private void change(Change c) throws IOException {
    Figure before = c.previous();
    period("previous_period", c.period());
    period("previous_as_of", before == null ? null : before.asOf());
    number("previous_value", before == null ? null : before.value());
    Verdict verdict = c.previousVerdict();
    g.writeStringField("previous_status", verdict == null ? null : verdict.id());
    number("difference", c.difference());
    g.writeBooleanField("restated", c.restated());
    number("published_value", c.restated() ? c.restatement().published() : null);
    boundedSources("corrections", c.restated()
        ? c.restatement().corrections().stream().map(x -> x.newer().at()).toList() : List.of());
  }

  /** The previous report the changes are measured against. */
  private void previousReport() throws IOException {
    Changes changes = report.changes();
    g.writeObjectFieldStart("previous_report");
    period("period", changes.previous());
    date("due_date", plan.reporting().dueDate(changes.previous()));
    g.writeBooleanField("same_phase", changes.samePhase());
    g.writeEndObject();
  }

  private void correction(Correction c) throws IOException {
    LocalDate previousDue = plan.reporting().onTimeUntil(report.changes().previous());
    Correction.Side known = c.newer().known() ? c.newer() : c.older();
    g.writeStartObject();
    period("period", c.period());
    g.writeStringField("agency", agency(blankToNull(c.agency())));
    g.writeStringField("kind", known.task() != null ? "tasks" : "indicators");
    g.writeStringField("subject", c.subject());
    g.writeStringField("reason", c.reason().id());
    g.writeBooleanField("since_previous_report", c.madeAfter(previousDue));
    g.writeBooleanField("after_due_date", c.period().equals(report.period()) && c.madeAfter(report.reporting().onTimeUntil()));
    side("older", c.older());
    side("newer", c.newer());
    g.writeEndObject();
  }

  /** What a task row says: status, progress, its texts (null when blank) and the amount spent. */
  private void taskValues(TaskRow r) throws IOException {
    g.writeStringField("status", r.status() == null ? null : r.status().id());
    number("progress", r.progress());
    g.writeStringField("result", blankToNull(r.result()));
    g.writeStringField("difficulties", blankToNull(r.difficulties()));
    g.writeStringField("proposals", blankToNull(r.proposals()));
    number("spent_vnd", r.spentVnd());
  }

  /** One row of a correction: where, when, and its values when known. */
  private void side(String field, Correction.Side s) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("source", s.at() == null ? null : Sources.text(s.at()));
    date("submitted_on", s.submittedOn());
    if (s.task() != null) {
      TaskRow r = s.task();
      g.writeStringField("task", r.task());
      taskValues(r);
    } else if (s.indicator() != null) {
      IndicatorRow r = s.indicator();
      g.writeStringField("indicator", r.indicator());
      g.writeStringField("sector", blankToNull(r.sector()));
      g.writeStringField("entity", blankToNull(r.entity()));
      g.writeStringField("entity_id", blankToNull(r.entityId()));
      number("numerator", r.numerator());
      number("denominator", r.denominator());
      g.writeStringField("note", blankToNull(r.note()));
    }
    g.writeEndObject();
  }

  /** A task a task-share indicator names, with the status row its figure rests on (null: never reported by then). */
  private void namedTask(Task task, TaskRow row) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", task.id());
    g.writeStringField("status", row == null || row.status() == null ? null : row.status().id());
    g.writeStringField("as_of", row == null ? null : row.period().toString());
    g.writeBooleanField("delivered", row != null && row.status() != null && row.status().delivered());
    g.writeEndObject();
  }

  /**
   * How a figure stands; {@code whole}: an indicator's or output's (with {@code final} and {@code months_total}),
   * not a sector's.
   */
  private void assessment(Assessment a, boolean whole) throws IOException {
    Pace p = a == null ? null : a.pace();
    Forecast f = a == null ? null : a.forecast();
    number("expected", p == null ? null : p.expected());
    number("ratio", p == null ? null : p.ratio());
    g.writeStringField("status", a == null ? "no-data" : a.status().id());
    g.writeStringField("reason", a == null || a.reason() == null ? null : a.reason().id());
    g.writeBooleanField("stretch_met", a != null && a.stretchMet());
    if (whole) {
      g.writeBooleanField("final", a != null && a.isFinal());
    }
    period("achieved_late", a == null ? null : a.achievedLate());
    number("forecast", f == null ? null : f.central());
    number("forecast_low", f == null ? null : f.low());
    number("forecast_high", f == null ? null : f.high());
    g.writeStringField("forecast_method", f == null ? null : f.method().id());
    list("forecast_values", f == null ? List.<Observation>of() : f.observations(), o -> {
      g.writeStartObject();
      period("period", o.period());
      number("value", o.value());
      g.writeEndObject();
    });
    integer("months_elapsed", p == null ? null : p.monthsElapsed());
    if (whole) {
      integer("months_total", p == null ? null : p.monthsTotal());
    }
    number("cagr_observed", p == null ? null : p.observedGrowth());
    number("cagr_needed", p == null ? null : p.neededGrowth());
    list("coverage", a == null ? List.<CoverageFact>of() : a.coverage().facts(), this::coverageFact);
  }

  private void coverageFact(CoverageFact c) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", c.kind().id());
    number("part", c.part());
    number("whole", c.whole());
    number("share", c.share());
    g.writeStringField("threshold", c.threshold() == null ? null : c.threshold().toString());
    g.writeBooleanField("met", c.met());
    g.writeEndObject();
  }

  /** How many of a multi-sector target's sectors are in each verdict: every verdict, in the order of {@code status}. */
  private void sectorVerdicts(VerdictTally tally) throws IOException {
    g.writeObjectFieldStart("sector_verdicts");
    for (Map.Entry<Verdict, Integer> count : tally.counts().entrySet()) {
      g.writeNumberField(count.getKey().id(), count.getValue());
    }
    g.writeEndObject();
  }

  private void pooled(PooledReduction p) throws IOException {
    g.writeObjectFieldStart("pooled");
    number("value", p.value());
    text("unit", plan.progress().commonUnit());
    period("as_of", p.asOf());
    number("consumption_current", p.consumptionCurrent());
    number("consumption_at_baseline_intensity", p.consumptionAtBaselineIntensity());
    strings("included", p.included());
    list("left_out", p.leftOut(), l -> {
      g.writeStartObject();
      g.writeStringField("sector", l.sector());
      g.writeStringField("reason", l.reason().id());
      g.writeEndObject();
    });
    g.writeEndObject();
  }

  private void sector(String indicator, SectorProgress s) throws IOException {
    Sector sector = plan.sector(s.sector()).orElse(null);
    ReductionDetail d = s instanceof ReductionSector r ? r.detail() : null;
    boolean reduction = s instanceof ReductionSector;
    Figure f = s.figure();
    g.writeStartObject();
    g.writeStringField("sector", s.sector());
    text("name", sector == null ? Localized.of(s.sector(), "") : sector.name());
    text("intensity_unit", reduction && sector != null ? sector.intensityUnit() : null);
    text("consumption_unit", reduction && sector != null ? sector.consumptionUnit() : null);
    text("output_unit", reduction && sector != null ? sector.outputUnit() : null);
    period("as_of", f.asOf());
    number("value", f.value());
    assessment(f.assessment(), false);
    integer("panel_size", s instanceof TallySector t ? Integer.valueOf(t.rows().size()) : d == null ? null : d.panel().size());
    number("intensity_baseline", d == null ? null : d.intensityBaseline());
    number("intensity_current", d == null ? null : d.intensityCurrent());
    number("consumption_baseline", d == null ? null : d.consumptionBaseline());
    number("output_baseline", d == null ? null : d.outputBaseline());
    number("consumption_current", d == null ? null : d.consumptionCurrent());
    number("output_current", d == null ? null : d.outputCurrent());
    number("weight", d == null ? null : d.outputCurrent());
    bounded("panel", d == null ? List.of() : d.panel(), this::panelEntity);
    bounded("excluded", d == null ? List.of() : d.excluded(), this::exclusion);
    number("excluded_output_share", d == null ? null : d.excludedOutputShare());
    bounded("rows", s instanceof TallySector t ? t.rows() : List.<IndicatorRow>of(), this::row);
    boundedSources("sources", s.sources());
    change(indicator, s.sector());
    g.writeEndObject();
  }

  private void panelEntity(PanelEntity p) throws IOException {
    g.writeStartObject();
    g.writeStringField("entity", p.entity());
    measure("baseline", p.baseline());
    measure("current", p.current());
    sources("baseline_sources", p.baseline().sources());
    sources("current_sources", p.current().sources());
    g.writeEndObject();
  }

  private void measure(String suffix, Measure measure) throws IOException {
    number("consumption_" + suffix, measure.consumption());
    number("output_" + suffix, measure.output());
    number("intensity_" + suffix, measure.intensity());
  }

  private void exclusion(Exclusion e) throws IOException {
    g.writeStartObject();
    g.writeStringField("entity", e.entity());
    g.writeStringField("reason", e.reason().id());
    number("output", e.output());
    number("output_share", e.outputShare());
    g.writeStringField("share_basis", e.shareBasis());
    sources("sources", e.sources());
    g.writeEndObject();
  }

  private void row(IndicatorRow r) throws IOException {
    g.writeStartObject();
    g.writeStringField("agency", agency(r.agency()));
    g.writeStringField("sector", r.sector());
    g.writeStringField("entity", r.entity());
    g.writeStringField("period", r.period().toString());
    number("numerator", r.numerator());
    number("denominator", r.denominator());
    g.writeStringField("source", Sources.text(r.at()));
    g.writeEndObject();
  }

  private void output(OutputProgress o) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", o.output().id());
    g.writeStringField("task", o.task().id());
    text("name", o.output().name());
    text("unit", o.output().unit());
    number("target", o.output().target());
    g.writeBooleanField("approximate", o.output().approximate());
    g.writeNumberField("target_year", o.goal().targetYear());
    g.writeNumberField("baseline_year", o.goal().baselineYear());
    number("baseline", o.goal().baselineValue());
    period("as_of", o.figure().asOf());
    number("value", o.figure().value());
    assessment(o.figure().assessment(), true);
    bounded("rows", o.rows(), this::row);
    boundedSources("sources", o.sources());
    change(o.output().id(), null);
    g.writeEndObject();
  }

  private void group(GroupSummary s) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", s.group().id());
    text("title", s.group().title());
    g.writeNumberField("tasks", s.tasks());
    g.writeObjectFieldStart("counts");
    for (Map.Entry<String, Integer> count : s.counts().entrySet()) {
      g.writeNumberField(count.getKey(), count.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private void task(TaskProgress tp) throws IOException {
    TaskRow latest = tp.latest();
    g.writeStartObject();
    g.writeStringField("id", tp.task().id());
    g.writeStringField("group", tp.task().groupId());
    text("title", tp.task().title());
    g.writeStringField("lead", agency(tp.responsible()));
    g.writeStringField("plan_lead", agency(tp.task().lead()));
    g.writeStringField("status", tp.status() == null ? null : tp.status().id());
    number("progress", latest == null ? null : latest.progress());
    g.writeStringField("as_of", latest == null ? null : latest.period().toString());
    g.writeBooleanField("reported_for_period", tp.reportedForP());
    g.writeStringField("source", latest == null ? null : Sources.text(latest.at()));
    list("reports", tp.reports(), ar -> {
      TaskRow r = ar.row();
      g.writeStartObject();
      g.writeStringField("agency", agency(r.agency()));
      g.writeStringField("counts_for", agency(ar.countsFor()));
      taskValues(r);
      date("submitted_on", r.submittedOn());
      g.writeStringField("source", Sources.text(r.at()));
      g.writeEndObject();
    });
    object("change", report.changes().task(tp.task().id()).orElse(null), this::taskChange);
    g.writeEndObject();
  }

  /** A task against the previous report: its row then, whether its status changed, and corrections since. */
  private void taskChange(TaskChange c) throws IOException {
    TaskRow before = c.previous();
    period("previous_period", report.changes().previous());
    g.writeStringField("previous_status", before == null || before.status() == null ? null : before.status().id());
    number("previous_progress", before == null ? null : before.progress());
    period("previous_as_of", before == null ? null : before.period());
    g.writeBooleanField("changed", c.changed());
    g.writeBooleanField("restated", c.restated());
    g.writeStringField("published_status", c.published() == null ? null : c.published().id());
    sources("corrections", c.corrections().stream().map(x -> x.newer().at()).toList());
  }

  private void texts(String field, Function<TaskRow, String> text) throws IOException {
    g.writeArrayFieldStart(field);
    for (TaskProgress tp : report.tasks()) {
      for (AgencyReport ar : tp.reports()) {
        String written = blankToNull(text.apply(ar.row()));
        if (written != null) {
          g.writeStartObject();
          g.writeStringField("task", tp.task().id());
          g.writeStringField("agency", agency(ar.row().agency()));
          g.writeStringField("text", written);
          g.writeStringField("source", Sources.text(ar.row().at()));
          g.writeEndObject();
        }
      }
    }
    g.writeEndArray();
  }

  private void reporting(ReportingStatus r) throws IOException {
    g.writeObjectFieldStart("reporting");
    date("due_date", r.dueDate());
    date("on_time_until", r.onTimeUntil());
    strings("expected", r.expected().stream().map(this::agency).toList());
    strings("received", r.received());
    strings("on_time", r.in(ReportState.ON_TIME));
    strings("late", r.in(ReportState.LATE));
    strings("undated", r.in(ReportState.UNDATED));
    strings("missing", r.in(ReportState.MISSING));
    strings("unexpected", r.in(ReportState.UNEXPECTED).stream().map(this::agency).toList());
    g.writeObjectFieldStart("counts");
    g.writeNumberField("expected", r.expected().size());
    g.writeNumberField("received", r.received().size());
    g.writeNumberField("on_time", r.in(ReportState.ON_TIME).size());
    g.writeNumberField("late", r.in(ReportState.LATE).size());
    g.writeNumberField("undated", r.in(ReportState.UNDATED).size());
    g.writeNumberField("missing", r.in(ReportState.MISSING).size());
    g.writeNumberField("complete", r.complete().size());
    g.writeNumberField("partial", r.partial().size());
    g.writeNumberField("tasks_assigned", r.tasksAssigned());
    g.writeNumberField("tasks_reported", r.tasksReported());
    g.writeEndObject();
    strings("complete", r.complete());
    strings("partial", r.partial());
    list("agencies", r.agencies(), this::agencyReporting);
    g.writeEndObject();
  }

  private void agencyReporting(AgencyReporting a) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", agency(a.agency()));
    g.writeStringField("state", a.state().id());
    date("submitted_on", a.submittedOn());
    strings("reported_by", a.reportedBy().stream().map(this::agency).toList());
    strings("tasks", a.tasks());
    sources("sources", a.sources());
    strings("assigned", a.assigned());
    strings("missing", a.missing());
    g.writeNumberField("tasks_reported", a.reportedOfAssigned());
    g.writeNumberField("tasks_on_time", a.onTime());
    g.writeNumberField("tasks_late", a.late());
    g.writeNumberField("tasks_undated", a.undated());
    g.writeObjectFieldStart("indicator_rows");
    g.writeNumberField("expected", a.indicators().expected());
    g.writeNumberField("from_plan", a.indicators().fromPlan());
    g.writeNumberField("received", a.indicators().received());
    g.writeNumberField("added", a.indicators().added());
    g.writeEndObject();
    g.writeBooleanField("partial", a.partial());
    g.writeEndObject();
  }

  private void diagnostics() throws IOException {
    var q = report.dataQuality();
    Messages vi = Messages.of(Language.VI).withPlan(report.plan());
    Messages en = Messages.of(Language.EN).withPlan(report.plan());
    g.writeObjectFieldStart("diagnostics");
    g.writeNumberField("files", q.files());
    g.writeNumberField("errors", q.errors());
    g.writeNumberField("warnings", q.warnings());
    g.writeNumberField("rejected_rows", q.rejectedRows());
    boolean all = detail == JsonDetail.FULL;
    list("items", all ? q.diagnostics() : q.ofPeriod(report.period()), d -> diagnostic(d, vi, en));
    list("others", all ? List.of() : DiagnosticCount.of(q.elsewhere(report.period())), c -> {
      g.writeStartObject();
      g.writeStringField("file", c.file());
      g.writeStringField("code", c.code().id());
      g.writeStringField("severity", c.severity().id());
      g.writeNumberField("count", c.count());
      g.writeEndObject();
    });
    g.writeEndObject();
  }

  private void diagnostic(Diagnostic d, Messages vi, Messages en) throws IOException {
    Location l = d.location();
    g.writeStartObject();
    g.writeStringField("severity", d.severity().id());
    g.writeStringField("code", d.code().id());
    g.writeStringField("file", l.file());
    g.writeNumberField("line", l.line());
    g.writeNumberField("column", l.column());
    g.writeStringField("column_name", l.columnName());
    if (l.sheet() != null) {
      g.writeStringField("sheet", l.sheet()); // .xlsx submissions only
      g.writeStringField("cell", l.cellRef());
    }
    g.writeStringField("value", d.value());
    strings("args", d.args());
    g.writeStringField("suggestion", d.suggestion());
    g.writeBooleanField("own_period", DataQuality.isOwnFile(l.file(), report.period()));
    text("message", Localized.of(vi.diagnostic(d), en.diagnostic(d)));
    g.writeEndObject();
  }

  private String agency(String id) {
    if (id != null) {
      agencies.add(id);
    }
    return id;
  }

  private void phase(Phase p) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", p.id());
    g.writeNumberField("start", p.start());
    g.writeNumberField("end", p.end());
    text("name", p.name());
    g.writeEndObject();
  }

  /** A text in both languages, {@code {"vi": …, "en": …}}; both "" for none. */
  private void text(String field, Localized l) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("vi", l == null ? "" : l.vi());
    g.writeStringField("en", l == null ? "" : l.en());
    g.writeEndObject();
  }

  /** An exact number without trailing zeros ({@link DecimalMath#clean}), or null. */
  private void number(String field, BigDecimal b) throws IOException {
    g.writeFieldName(field);
    if (b == null) {
      g.writeNull();
    } else {
      g.writeNumber(DecimalMath.clean(b));
    }
  }

  private void integer(String field, Integer i) throws IOException {
    g.writeFieldName(field);
    if (i == null) {
      g.writeNull();
    } else {
      g.writeNumber(i);
    }
  }

  private void period(String field, Period p) throws IOException {
    g.writeStringField(field, p == null ? null : p.toString());
  }

  private void date(String field, LocalDate d) throws IOException {
    g.writeStringField(field, d == null ? null : d.toString());
  }

  private void strings(String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private void sources(String field, List<Location> locations) throws IOException {
    g.writeArrayFieldStart(field);
    for (Location l : locations) {
      g.writeString(Sources.text(l));
    }
    g.writeEndArray();
  }

  /** An element written to the generator. */
  @FunctionalInterface
  private interface ElementWriter<T> {
    void write(T element) throws IOException;
  }

  /** {@code field}: null, or an object whose fields {@code fields} writes. */
  private <T> void object(String field, T value, ElementWriter<T> fields) throws IOException {
    g.writeFieldName(field);
    if (value == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    fields.write(value);
    g.writeEndObject();
  }

  /**
   * A list that grows with the workspace: unless {@link JsonDetail#FULL}, its first {@link JsonDetail#BOUND}
   * entries, and when that cuts it, {@code <field>_total} and {@code <field>_truncated} beside it.
   */
  private <T> void bounded(String field, List<T> items, ElementWriter<T> element) throws IOException {
    int total = items.size();
    int written = detail == JsonDetail.FULL ? total : Math.min(total, JsonDetail.BOUND);
    g.writeArrayFieldStart(field);
    var each = items.iterator();
    for (int i = 0; i < written; i++) {
      element.write(each.next());
    }
    g.writeEndArray();
    if (written < total) {
      g.writeNumberField(field + "_total", total);
      g.writeBooleanField(field + "_truncated", true);
    }
  }

  private void boundedSources(String field, List<Location> locations) throws IOException {
    bounded(field, locations, l -> g.writeString(Sources.text(l)));
  }

  private void retired(Indicator indicator) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", indicator.id());
    g.writeStringField("from", Retirements.firstPeriod(report.plan(), indicator).orElseThrow().toString());
    g.writeStringField("retired_from", indicator.retiredFrom().toString());
    g.writeEndObject();
  }

  private <T> void list(String field, List<T> items, ElementWriter<T> element) throws IOException {
    g.writeArrayFieldStart(field);
    for (T item : items) {
      element.write(item);
    }
    g.writeEndArray();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
