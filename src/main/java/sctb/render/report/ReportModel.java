package sctb.render.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import sctb.core.period.Period;
import sctb.core.period.PeriodParser;
import sctb.core.plan.Agency;
import sctb.core.plan.Indicator;
import sctb.core.plan.Plan;
import sctb.core.plan.Sector;
import sctb.core.plan.Target;
import sctb.core.plan.Task;
import sctb.core.plan.TaskGroup;
import sctb.core.text.Fold;
import sctb.core.text.Language;

/**
 * The data model of the report templates (docs/templates.md): the engine's plain JSON tree joined
 * with the plan's names, every number already formatted for the language, chart geometry computed.
 * Only maps, lists, strings and booleans, in a fixed order.
 */
public final class ReportModel {
  private final Plan plan;
  private final Language lang;
  private final NumberFormats nf;

  private ReportModel(Plan plan, Language lang) {
    this.plan = plan;
    this.lang = lang;
    this.nf = NumberFormats.of(lang);
  }

  /** Builds the model from the engine's tree for one period; {@code date} is the signing date, if given. */
  public static Map<String, Object> of(Map<String, Object> tree, Plan plan, Language lang, LocalDate date) {
    return new ReportModel(plan, lang).build(tree, date);
  }

  private final Map<String, String> agencyNames = new LinkedHashMap<>();

  private Map<String, Object> build(Map<String, Object> tree, LocalDate date) {
    for (Object a : Tree.list(tree, "agencies")) {
      agencyNames.put(Tree.text(a, "id"), Tree.localized(a, "name", lang));
    }
    Period period = PeriodParser.parse(Tree.text(tree, "period")).orElseThrow(
        () -> new IllegalArgumentException("report tree without a valid period"));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("lang", lang.code());
    m.put("plan", planInfo());
    m.put("doc", doc(date));
    m.put("period", period(period));
    m.put("phase", phase(Tree.text(Tree.map(tree, "phase"), "id")));
    m.put("method", Tree.text(tree, "method").isEmpty() ? plan.progress().method().id() : Tree.text(tree, "method"));
    m.put("indicators", Tree.list(tree, "indicators").stream().map(this::indicator).toList());
    Map<String, Map<String, Object>> tasks = new LinkedHashMap<>();
    for (Object t : Tree.list(tree, "tasks")) {
      tasks.put(Tree.text(t, "id"), task(t));
    }
    m.put("groups", groups(tasks));
    m.put("difficulties", compiled(Tree.list(tree, "difficulties")));
    m.put("proposals", compiled(Tree.list(tree, "proposals")));
    m.put("reporting", reporting(Tree.map(tree, "reporting"), period));
    m.put("diagnostics", diagnostics(Tree.map(tree, "diagnostics")));
    return m;
  }

  private Map<String, Object> planInfo() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("title", plan.info().title().in(lang));
    p.put("short_title", plan.info().shortTitle().in(lang));
    p.put("decision", plan.info().implementsDecision() == null ? "" : plan.info().implementsDecision().number());
    return p;
  }

  private Map<String, Object> doc(LocalDate date) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("has_date", date != null);
    d.put("day", date == null ? "" : NumberFormats.decreeDay(date));
    d.put("month", date == null ? "" : NumberFormats.decreeMonth(date));
    d.put("year", date == null ? "" : Integer.toString(date.getYear()));
    d.put("date", NumberFormats.dmy(date));
    return d;
  }

  private Map<String, Object> period(Period p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", p.toString());
    m.put("year", Integer.toString(p.year()));
    m.put("half", Integer.toString(p.half()));
    m.put("start", NumberFormats.dmy(p.start()));
    m.put("end", NumberFormats.dmy(p.end()));
    m.put("due", NumberFormats.dmy(plan.reporting().dueDate(p)));
    return m;
  }

  private Map<String, Object> phase(String id) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("name", plan.phase(id).map(p -> p.name().in(lang)).orElse(id));
    m.put("end", plan.phase(id).map(p -> Integer.toString(p.end())).orElse(""));
    return m;
  }

  private Map<String, Object> indicator(Object node) {
    String id = Tree.text(node, "id");
    Optional<Indicator> def = plan.indicator(id);
    String kind = Tree.text(node, "kind");
    String unit = Tree.text(node, "unit");
    BigDecimal min = Tree.number(node, "min");
    BigDecimal stretch = Tree.number(node, "stretch");
    BigDecimal value = Tree.number(node, "value");
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("kind", kind);
    m.put("name", or(Tree.localized(node, "name", lang), def.map(i -> i.name().in(lang)).orElse(id)));
    m.put("unit", or(Tree.localized(node, "unit_name", lang), def.map(i -> i.unitName().in(lang)).filter(s -> !s.isEmpty()).orElse(unit)));
    m.put("as_of", Tree.text(node, "as_of"));
    m.put("final", Tree.flag(node, "final"));
    m.put("target_year", Tree.text(node, "target_year"));
    m.put("baseline_year", Tree.text(node, "baseline_year"));
    m.put("qualitative", min == null || Tree.flag(node, "qualitative"));
    m.put("min", withUnit(nf.plain(min, 2), m));
    m.put("stretch", withUnit(nf.plain(stretch, 2), m));
    m.put("target", stretch == null ? withUnit(nf.plain(min, 2), m)
        : nf.plain(min, 2) + " - " + withUnit(nf.plain(stretch, 2), m));
    m.put("value", withUnit(display(value, kind), m));
    m.put("expected", withUnit(display(Tree.number(node, "expected"), kind), m));
    m.put("ratio", nf.ratioPercent(Tree.number(node, "ratio")));
    m.put("forecast", withUnit(display(Tree.number(node, "forecast"), kind), m));
    m.put("status", status(Tree.text(node, "status")));
    m.put("stretch_met", Tree.flag(node, "stretch_met"));
    Optional<Target> target = def.flatMap(i -> i.targets().stream()
        .filter(t -> Integer.toString(t.year()).equals(Tree.text(node, "target_year"))).findFirst());
    m.put("target_text", or(Tree.localized(node, "target_text", lang), target.map(t -> t.text().in(lang)).orElse("")));
    m.put("sectors_meeting_min", Tree.text(node, "sectors_meeting_min"));
    m.put("sectors_total", Tree.text(node, "sectors_total"));
    m.put("measure", def.map(i -> i.measure().in(lang)).orElse(""));
    List<Map<String, Object>> sectors = new ArrayList<>();
    List<Chart.Row> rows = new ArrayList<>();
    for (Object s : Tree.list(node, "sectors")) {
      Map<String, Object> sector = sector(s, kind, m);
      sectors.add(sector);
      rows.add(new Chart.Row((String) sector.get("name"), Tree.number(s, "value"), (String) sector.get("value"),
          Tree.number(s, "expected"), (String) sector.get("expected")));
    }
    m.put("sectors", sectors);
    if (rows.isEmpty()) {
      rows.add(new Chart.Row(lang == Language.EN ? "Province" : "Toàn tỉnh", value, (String) m.get("value"),
          Tree.number(node, "expected"), (String) m.get("expected")));
    }
    m.put("chart", Chart.of(rows, min, stretch));
    return m;
  }

  private Map<String, Object> sector(Object s, String kind, Map<String, Object> ind) {
    String id = Tree.text(s, "sector");
    Optional<Sector> def = plan.sector(id);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("name", or(Tree.localized(s, "name", lang), def.map(x -> x.name().in(lang)).orElse(id)));
    m.put("intensity_unit", or(Tree.localized(s, "intensity_unit", lang), def.map(x -> x.intensityUnit().in(lang)).orElse("")));
    m.put("value", withUnit(display(Tree.number(s, "value"), kind), ind));
    m.put("expected", withUnit(display(Tree.number(s, "expected"), kind), ind));
    m.put("ratio", nf.ratioPercent(Tree.number(s, "ratio")));
    m.put("status", status(Tree.text(s, "status")));
    m.put("as_of", Tree.text(s, "as_of"));
    m.put("panel_size", nf.plain(Tree.number(s, "panel_size"), 0));
    List<Map<String, Object>> excluded = new ArrayList<>();
    for (Object e : Tree.list(s, "excluded")) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("entity", Fold.nfc(Tree.text(e, "entity")));
      x.put("reason", Tree.text(e, "reason"));
      BigDecimal share = Tree.number(e, "output_share");
      x.put("output_share", share == null ? "" : nf.fixed(share.movePointRight(2), 1) + "%");
      x.put("share_basis", Tree.text(e, "share_basis"));
      excluded.add(x);
    }
    m.put("excluded", excluded);
    m.put("excluded_count", Integer.toString(excluded.size()));
    // Only entities still producing at C carry a share of current output; zero says nothing useful.
    BigDecimal share = Tree.number(s, "excluded_output_share");
    m.put("excluded_share", share == null || share.signum() == 0 ? "" : nf.fixed(share.movePointRight(2), 1) + "%");
    return m;
  }

  private String display(BigDecimal x, String kind) {
    return "count".equals(kind) ? nf.plain(x, 1) : nf.fixed(x, 1);
  }

  /** "61,5%" (no space before %, as Vietnamese documents write it) or "2 mô hình"; "" when no value. */
  private static String withUnit(String number, Map<String, Object> ind) {
    if (number.isEmpty()) {
      return "";
    }
    String unit = (String) ind.get("unit");
    return unit.isEmpty() ? number : unit.equals("%") ? number + "%" : number + " " + unit;
  }

  private static String status(String s) {
    return s.isEmpty() ? "no-data" : s;
  }

  private List<Map<String, Object>> groups(Map<String, Map<String, Object>> reported) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (TaskGroup g : plan.groups()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", g.id());
      m.put("title", g.title().in(lang));
      List<Map<String, Object>> tasks = new ArrayList<>();
      for (Task t : g.tasks()) {
        Map<String, Object> task = new LinkedHashMap<>(reported.getOrDefault(t.id(), emptyTask(t)));
        task.put("title", or((String) task.get("title"), t.title().in(lang)));
        tasks.add(task);
      }
      m.put("tasks", tasks);
      out.add(m);
    }
    return out;
  }

  private Map<String, Object> emptyTask(Task t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", t.id());
    m.put("lead_id", t.lead());
    m.put("lead", agency(t.lead()));
    m.put("status", "none");
    m.put("progress", "");
    m.put("as_of", "");
    m.put("reports", List.of());
    return m;
  }

  private Map<String, Object> task(Object node) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", Tree.text(node, "id"));
    m.put("title", Tree.localized(node, "title", lang));
    m.put("lead_id", Tree.text(node, "lead"));
    m.put("lead", agency(Tree.text(node, "lead")));
    m.put("status", Tree.text(node, "status").isEmpty() ? "none" : Tree.text(node, "status"));
    BigDecimal progress = Tree.number(node, "progress");
    m.put("progress", progress == null ? "" : nf.plain(progress, 0) + "%");
    m.put("as_of", Tree.text(node, "as_of"));
    List<Map<String, Object>> reports = new ArrayList<>();
    for (Object r : Tree.list(node, "reports")) {
      Map<String, Object> rep = new LinkedHashMap<>();
      rep.put("agency_id", Tree.text(r, "agency"));
      rep.put("agency", agency(Tree.text(r, "agency")));
      rep.put("status", Tree.text(r, "status").isEmpty() ? "none" : Tree.text(r, "status"));
      rep.put("counts_for", Tree.text(r, "counts_for"));
      rep.put("progress", Tree.number(r, "progress") == null ? "" : nf.plain(Tree.number(r, "progress"), 0) + "%");
      rep.put("submitted_on", date(Tree.text(r, "submitted_on")));
      rep.put("result", Fold.nfc(Tree.text(r, "result").strip()));
      reports.add(rep);
    }
    m.put("reports", reports);
    return m;
  }

  /** Identical texts (after NFC and trimming) are merged, keeping every agency and task that wrote them. */
  private List<Map<String, Object>> compiled(List<Object> items) {
    Map<String, Map<String, Object>> byText = new LinkedHashMap<>();
    for (Object item : items) {
      String text = Fold.nfc(Tree.text(item, "text").strip());
      if (text.isEmpty()) {
        continue;
      }
      Map<String, Object> entry = byText.computeIfAbsent(text, k -> {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("text", k);
        e.put("sources", new ArrayList<Map<String, Object>>());
        return e;
      });
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> sources = (List<Map<String, Object>>) entry.get("sources");
      Map<String, Object> source = new LinkedHashMap<>();
      source.put("agency_id", Tree.text(item, "agency"));
      source.put("agency", agency(Tree.text(item, "agency")));
      source.put("task", Tree.text(item, "task"));
      sources.add(source);
    }
    return new ArrayList<>(byText.values());
  }

  private Map<String, Object> reporting(Map<String, Object> r, Period period) {
    Map<String, Object> m = new LinkedHashMap<>();
    List<String> expected = Tree.ids(r, "expected", "agency");
    List<String> received = Tree.ids(r, "received", "agency");
    m.put("due", date(Tree.text(r, "due_date")).isEmpty() ? NumberFormats.dmy(plan.reporting().dueDate(period)) : date(Tree.text(r, "due_date")));
    m.put("expected_count", Integer.toString(expected.size()));
    m.put("received_count", Integer.toString(received.size()));
    m.put("rate", expected.isEmpty() ? "" : nf.ratioPercent(
        BigDecimal.valueOf(received.size()).divide(BigDecimal.valueOf(expected.size()), 4, java.math.RoundingMode.HALF_UP)));
    Map<String, String> submitted = new LinkedHashMap<>();
    for (Object a : Tree.list(r, "agencies")) {
      submitted.put(Tree.text(a, "id"), date(Tree.text(a, "submitted_on")));
    }
    for (String key : List.of("on_time", "late", "undated", "missing", "unexpected")) {
      List<Map<String, Object>> names = new ArrayList<>();
      for (Object o : Tree.list(r, key)) {
        String id = o instanceof Map<?, ?> ? Tree.text(o, "agency") : String.valueOf(o);
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", id);
        a.put("name", agency(id));
        a.put("submitted_on", submitted.getOrDefault(id, ""));
        names.add(a);
      }
      m.put(key, names);
      m.put(key + "_count", Integer.toString(names.size()));
    }
    return m;
  }

  private Map<String, Object> diagnostics(Map<String, Object> d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("files", nf.plain(Tree.number(d, "files"), 0));
    m.put("errors", nf.plain(Tree.number(d, "errors"), 0));
    m.put("warnings", nf.plain(Tree.number(d, "warnings"), 0));
    m.put("rejected_rows", nf.plain(Tree.number(d, "rejected_rows"), 0));
    List<Map<String, Object>> items = new ArrayList<>();
    for (Object i : Tree.list(d, "items")) {
      Map<String, Object> item = new LinkedHashMap<>();
      String file = Tree.text(i, "file");
      String line = Tree.text(i, "line");
      item.put("severity", Tree.text(i, "severity"));
      item.put("code", Tree.text(i, "code"));
      item.put("location", file + (line.isEmpty() || line.equals("0") ? "" : ":" + line));
      item.put("message", Tree.localized(i, "message", lang));
      items.add(item);
    }
    m.put("items", items);
    return m;
  }

  private static String or(String first, String second) {
    return first == null || first.isEmpty() ? second : first;
  }

  private String agency(String id) {
    String name = agencyNames.get(id);
    return name != null && !name.isEmpty() ? name : plan.agency(id).map(Agency::name).map(n -> n.in(lang)).orElse(id);
  }

  private static String date(String iso) {
    if (iso.isEmpty()) {
      return "";
    }
    try {
      return NumberFormats.dmy(LocalDate.parse(iso));
    } catch (java.time.format.DateTimeParseException e) {
      return iso;
    }
  }
}
