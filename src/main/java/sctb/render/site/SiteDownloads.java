package sctb.render.site;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import sctb.core.period.Period;
import sctb.core.plan.Indicator;
import sctb.core.plan.Target;
import sctb.core.plan.Task;
import sctb.core.progress.AgencyReporting;
import sctb.core.progress.Assessment;
import sctb.core.progress.Figure;
import sctb.core.progress.Forecast;
import sctb.core.progress.IndicatorProgress;
import sctb.core.progress.DecimalMath;
import sctb.core.progress.Pace;
import sctb.core.progress.SectorProgress;
import sctb.core.progress.TaskProgress;
import sctb.core.text.Language;
import sctb.core.text.Localized;
import sctb.i18n.Messages;
import sctb.io.csv.CsvWriter;
import sctb.render.Json;
import sctb.core.text.NumberFormats;
import sctb.render.report.model.PlanNames;

/**
 * The site's data files: per indicator a JSON document (both languages; its fields named and its
 * numbers written as in the report JSON, unrounded) and a CSV in each language, and every task's
 * status and every agency's reporting in every period as CSV. Vietnamese CSV is what Vietnamese Excel
 * opens (UTF-8 with BOM, ";", decimal comma), English CSV is plain (",", decimal point).
 */
final class SiteDownloads {
  static final String SCHEMA = "sctb-site-indicator/1";

  private SiteDownloads() {}

  /** The indicator in every period of the site. */
  static String indicatorJson(SiteSource source, Indicator indicator) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("schema", SCHEMA);
    root.put("id", indicator.id());
    root.put("kind", indicator.kind().id());
    root.put("name", text(indicator.name()));
    root.put("unit", indicator.unit());
    List<Object> targets = new ArrayList<>();
    for (Target t : indicator.targets()) {
      Map<String, Object> target = new LinkedHashMap<>();
      target.put("phase", t.phase());
      target.put("target_year", t.year());
      target.put("baseline_year", t.baseline());
      target.put("min", number(t.min()));
      target.put("stretch", number(t.stretch()));
      target.put("sectors", t.sectors());
      target.put("target_text", text(t.text()));
      targets.add(target);
    }
    root.put("targets", targets);
    List<Object> periods = new ArrayList<>();
    for (int i = 0; i < source.periods().size(); i++) {
      IndicatorProgress ip = source.report(i).indicator(indicator.id()).orElse(null);
      if (ip == null) {
        continue; // retired by then (Retirements): its history ends
      }
      Map<String, Object> at = new LinkedHashMap<>();
      Period p = source.periods().get(i);
      at.put("period", p.toString());
      at.put("report", source.files().reportJson(p));
      at.put("target_year", ip.target() == null ? null : ip.target().year());
      at.put("baseline_year", ip.target() == null ? null : ip.target().baseline());
      at.put("baseline", ip.target() == null ? null : number(ip.figure().assessment().baseline().value()));
      figure(at, ip.figure(), true);
      List<Object> sectors = new ArrayList<>();
      for (SectorProgress s : ip.sectors()) {
        Map<String, Object> sector = new LinkedHashMap<>();
        sector.put("sector", s.sector());
        figure(sector, s.figure(), false);
        sectors.add(sector);
      }
      at.put("sectors", sectors);
      periods.add(at);
    }
    root.put("periods", periods);
    return Json.write(root);
  }

  /** The fields of a figure the report JSON gives, under the same names. */
  private static void figure(Map<String, Object> out, Figure f, boolean whole) {
    Assessment a = f.assessment();
    Pace pace = a.pace();
    Forecast forecast = a.forecast();
    out.put("as_of", f.asOf() == null ? null : f.asOf().toString());
    out.put("value", number(f.value()));
    out.put("expected", pace == null ? null : number(pace.expected()));
    out.put("ratio", pace == null ? null : number(pace.ratio()));
    out.put("status", a.status().id());
    out.put("reason", a.reason() == null ? null : a.reason().id());
    out.put("stretch_met", a.stretchMet());
    if (whole) {
      out.put("final", a.isFinal());
    }
    out.put("achieved_late", a.achievedLate() == null ? null : a.achievedLate().toString());
    out.put("forecast", forecast == null ? null : number(forecast.central()));
    out.put("forecast_low", forecast == null ? null : number(forecast.low()));
    out.put("forecast_high", forecast == null ? null : number(forecast.high()));
  }

  /** The indicator in every period, one row for it and one per sector, in {@code lang}. */
  static byte[] indicatorCsv(SiteSource source, Indicator indicator, Language lang) {
    Messages m = Messages.of(lang);
    PlanNames names = new PlanNames(source.plan(), lang);
    List<List<String>> rows = new ArrayList<>();
    rows.add(headers(m, "period", "sector", "as-of", "value", "expected", "ratio", "verdict", "verdict-id", "final", "target-year",
        "min", "stretch", "baseline", "forecast", "forecast-low", "forecast-high"));
    for (int i = 0; i < source.periods().size(); i++) {
      IndicatorProgress ip = source.report(i).indicator(indicator.id()).orElse(null);
      if (ip == null) {
        continue; // retired by then (Retirements): its history ends
      }
      Target t = ip.target();
      rows.add(figureRow(m, lang, source.periods().get(i), m.get("site.csv.all-sectors"), ip.figure(), t, true));
      for (SectorProgress s : ip.sectors()) {
        rows.add(figureRow(m, lang, source.periods().get(i), names.sector(s.sector()), s.figure(), t, false));
      }
    }
    return CsvWriter.write(rows, Set.of(3, 4, 5, 9, 10, 11, 12, 13, 14, 15), lang == Language.VI);
  }

  private static List<String> figureRow(Messages m, Language lang, Period period, String sector, Figure f, Target t, boolean whole) {
    Assessment a = f.assessment();
    Pace pace = a.pace();
    Forecast forecast = a.forecast();
    return List.of(period.toString(), sector, f.asOf() == null ? "" : f.asOf().toString(), cell(f.value(), lang),
        cell(pace == null ? null : pace.expected(), lang), cell(pace == null ? null : pace.ratio(), lang),
        m.get("status." + a.status().id()), a.status().id(), whole && a.isFinal() ? m.get("site.csv.yes") : "",
        t == null ? "" : Integer.toString(t.year()), cell(t == null ? null : t.min(), lang), cell(t == null ? null : t.stretch(), lang),
        cell(a.baseline().value(), lang), cell(forecast == null ? null : forecast.central(), lang),
        cell(forecast == null ? null : forecast.low(), lang), cell(forecast == null ? null : forecast.high(), lang));
  }

  /** Every task's status in every period, in {@code lang}. */
  static byte[] tasksCsv(SiteSource source, Language lang) {
    Messages m = Messages.of(lang);
    PlanNames names = new PlanNames(source.plan(), lang);
    List<List<String>> rows = new ArrayList<>();
    rows.add(headers(m, "period", "task", "task-title", "responsible-id", "responsible", "status", "status-id", "progress", "status-as-of",
        "reported-for-period"));
    for (int i = 0; i < source.periods().size(); i++) {
      for (TaskProgress tp : source.report(i).tasks()) {
        Task t = tp.task();
        String status = tp.status() == null ? "" : tp.status().id();
        rows.add(List.of(source.periods().get(i).toString(), t.id(), t.title().in(lang), nullToEmpty(tp.responsible()),
            names.agency(tp.responsible()), status.isEmpty() ? m.get("site.csv.never-reported") : m.get("task-status." + status), status,
            cell(tp.latest() == null ? null : tp.latest().progress(), lang), tp.latest() == null ? "" : tp.latest().period().toString(),
            tp.reportedForP() ? m.get("site.csv.yes") : ""));
      }
    }
    return CsvWriter.write(rows, Set.of(7), lang == Language.VI);
  }

  /** Every agency's reporting in every period, in {@code lang}. */
  static byte[] reportingCsv(SiteSource source, Language lang) {
    Messages m = Messages.of(lang);
    PlanNames names = new PlanNames(source.plan(), lang);
    List<List<String>> rows = new ArrayList<>();
    rows.add(headers(m, "period", "agency-id", "agency", "reporting", "reporting-id", "submitted-on", "reported-by",
        "tasks-assigned", "tasks-reported", "tasks-missing", "rows-expected", "rows-received", "partial"));
    for (int i = 0; i < source.periods().size(); i++) {
      for (String agency : source.reporting().agencies()) {
        Optional<AgencyReporting> a = source.reporting().at(agency, i);
        String state = a.map(r -> r.state().id()).orElse("not-due");
        List<String> row = new ArrayList<>(List.of(source.periods().get(i).toString(), agency, names.agency(agency),
            m.get("site.reporting." + state), state, a.map(r -> NumberFormats.dmy(r.submittedOn())).orElse(""),
            a.map(r -> String.join(" ", r.reportedBy())).orElse("")));
        if (a.isPresent()) {
          AgencyReporting r = a.get();
          row.addAll(List.of(Integer.toString(r.assigned().size()), Integer.toString(r.reportedOfAssigned()),
              String.join(" ", r.missing()), Integer.toString(r.indicators().expected()), Integer.toString(r.indicators().received()),
              r.partial() ? m.get("site.csv.yes") : ""));
        } else {
          row.addAll(List.of("", "", "", "", "", ""));
        }
        rows.add(row);
      }
    }
    return CsvWriter.write(rows, Set.of(7, 8, 10, 11), lang == Language.VI);
  }

  private static List<String> headers(Messages m, String... keys) {
    List<String> out = new ArrayList<>();
    for (String k : keys) {
      out.add(m.get("site.csv." + k));
    }
    return out;
  }

  /** An unrounded number with the language's decimal sign; "" for none. */
  private static String cell(BigDecimal b, Language lang) {
    if (b == null) {
      return "";
    }
    String plain = DecimalMath.clean(b).toPlainString();
    return lang == Language.VI ? plain.replace('.', ',') : plain;
  }

  private static BigDecimal number(BigDecimal b) {
    return b == null ? null : DecimalMath.clean(b);
  }

  private static Map<String, String> text(Localized l) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("vi", l == null ? "" : l.vi());
    out.put("en", l == null ? "" : l.en());
    return out;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
