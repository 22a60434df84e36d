package sctb.render.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sctb.core.plan.Agency;
import sctb.core.plan.Indicator;
import sctb.core.plan.Phase;
import sctb.core.plan.Plan;
import sctb.core.plan.Sector;
import sctb.core.plan.Target;
import sctb.core.plan.Task;
import sctb.core.plan.TaskGroup;
import sctb.core.plan.TaskOutput;
import sctb.core.text.Localized;

/** The plan as a plain JSON tree ({@code sctb plan --format json}); field names are documented in docs/plan-format.md. */
public final class PlanJson {
  private PlanJson() {}

  public static Map<String, Object> of(Plan plan) {
    Map<String, Object> root = new LinkedHashMap<>();
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("id", plan.info().id());
    info.put("title", text(plan.info().title()));
    info.put("issuer", text(plan.info().issuer()));
    Map<String, Object> decision = new LinkedHashMap<>();
    decision.put("number", plan.info().implementsDecision().number());
    decision.put("date", plan.info().implementsDecision().date().toString());
    info.put("implements", decision);
    info.put("phases", plan.info().phases().stream().map(PlanJson::phase).toList());
    root.put("plan", info);
    Map<String, Object> reporting = new LinkedHashMap<>();
    reporting.put("recipient", plan.reporting().recipient());
    reporting.put("reporters", plan.reporting().reporters());
    reporting.put("due", List.of(
        plan.reporting().dueFirstHalf().toString().substring(2), plan.reporting().dueSecondHalf().toString().substring(2)));
    root.put("reporting", reporting);
    root.put("groups", plan.groups().stream().map(PlanJson::group).toList());
    root.put("agencies", plan.agencies().stream().map(PlanJson::agency).toList());
    root.put("sectors", plan.sectors().stream().map(PlanJson::sector).toList());
    root.put("indicators", plan.indicators().stream().map(PlanJson::indicator).toList());
    return root;
  }

  private static Map<String, Object> phase(Phase p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", p.id());
    m.put("start", p.start());
    m.put("end", p.end());
    return m;
  }

  private static Map<String, Object> group(TaskGroup g) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", g.id());
    m.put("title", text(g.title()));
    m.put("tasks", g.tasks().stream().map(PlanJson::task).toList());
    return m;
  }

  private static Map<String, Object> task(Task t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", t.id());
    m.put("title", text(t.title()));
    m.put("lead", t.lead());
    m.put("partners", t.partners());
    Map<String, Object> period = new LinkedHashMap<>();
    period.put("from", t.period().from());
    period.put("to", t.period().to());
    m.put("period", period);
    m.put("text", t.text());
    List<Map<String, Object>> outputs = new ArrayList<>();
    for (TaskOutput o : t.outputs()) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("id", o.id());
      out.put("name", text(o.name()));
      out.put("target", o.target());
      out.put("approximate", o.approximate());
      out.put("unit", text(o.unit()));
      outputs.add(out);
    }
    m.put("outputs", outputs);
    return m;
  }

  private static Map<String, Object> agency(Agency a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("name", text(a.name()));
    m.put("kind", a.kind());
    m.put("aliases", a.aliases());
    m.put("successor", a.hasSuccessor() ? a.succession().successor() : null);
    m.put("successor_from", a.succession() != null ? a.succession().from().toString() : null);
    m.put("successor_by_task", a.succession() != null ? new java.util.TreeMap<>(a.succession().byTask()) : Map.of());
    return m;
  }

  private static Map<String, Object> sector(Sector s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("name", text(s.name()));
    m.put("intensity_unit", text(s.intensityUnit()));
    return m;
  }

  private static Map<String, Object> indicator(Indicator i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", i.id());
    m.put("kind", i.kind().id());
    m.put("name", text(i.name()));
    m.put("unit", i.unit());
    Set<String> sectors = new LinkedHashSet<>();
    i.targets().forEach(t -> sectors.addAll(t.sectors()));
    m.put("sectors", List.copyOf(sectors));
    if (!i.tasks().isEmpty()) {
      m.put("tasks", i.tasks());
    }
    m.put("targets", i.targets().stream().map(PlanJson::target).toList());
    if (i.isRetired()) { // absent for an indicator tracked throughout, as before
      m.put("retired_from", i.retiredFrom().toString());
    }
    return m;
  }

  private static Map<String, Object> target(Target t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("phase", t.phase());
    m.put("year", t.year());
    m.put("baseline", t.baseline());
    m.put("min", t.min());
    m.put("stretch", t.stretch());
    m.put("sectors", t.sectors());
    if (!t.note().isEmpty()) {
      m.put("note", text(t.note()));
    }
    return m;
  }

  private static Map<String, Object> text(Localized l) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("vi", l.vi());
    m.put("en", l.en());
    return m;
  }
}
