package sctb.render.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import sctb.core.plan.Indicator;
import sctb.core.plan.IndicatorKind;
import sctb.core.plan.Target;
import sctb.core.progress.IndicatorProgress;
import sctb.render.report.model.GoalView;
import sctb.render.report.model.IndicatorView;
import sctb.core.text.NumberFormats;
import sctb.render.report.model.ReportView;
import sctb.render.report.model.ReportViews;
import sctb.render.report.model.RetiredView;
import sctb.render.report.model.SectorView;
import sctb.render.site.model.IndicatorPage;
import sctb.render.site.model.PageKind;
import sctb.render.site.model.SeriesChart;

/** Builds an indicator's page in one language. */
final class IndicatorPages {
  private IndicatorPages() {}

  static IndicatorPage of(PageParts parts, Indicator indicator) {
    SiteSource source = parts.source;
    String path = parts.files.indicator(parts.lang, indicator.id());
    // A retired indicator is shown as the last period that still tracked it (Retirements).
    int shown = source.last();
    while (source.report(shown).indicator(indicator.id()).isEmpty()) {
      shown--;
    }
    IndicatorView latest = source.indicatorView(parts.lang, shown, indicator.id()).orElseThrow();
    IndicatorProgress current = source.report(shown).indicator(indicator.id()).orElseThrow();
    SeriesCharts charts = new SeriesCharts(source.plan().progress(), NumberFormats.of(parts.lang), indicator.unit());
    List<IndicatorPage.Phase> phases = new ArrayList<>();
    for (Target target : indicator.targets()) {
      GoalView goal = ReportViews.goal(indicator, target, parts.lang);
      String name = source.plan().phase(target.phase()).map(p -> p.name().in(parts.lang)).orElse(target.phase());
      Optional<Series> series = Series.of(source, parts.lang, indicator, target, Series.OVERALL);
      if (series.isEmpty()) {
        continue; // no period of the site is judged against this target yet: the plan's words say it
      }
      SeriesChart chart = charts.chart(series.get(), charts.range(series.get()), SeriesCharts.FULL, goal.target());
      phases.add(new IndicatorPage.Phase(name, goal, target.equals(current.target()), chart,
          indicator.kind() == IndicatorKind.REDUCTION ? sectorCharts(parts, indicator, target, charts, goal) : List.of()));
    }
    List<IndicatorPage.IndicatorAt> history = new ArrayList<>();
    for (int i = 0; i <= shown; i++) {
      int at = i;
      source.indicatorView(parts.lang, i, indicator.id())
          .ifPresent(view -> history.add(new IndicatorPage.IndicatorAt(parts.period(path, at), view)));
    }
    ReportView last = source.view(parts.lang, source.last());
    List<RetiredView> retired = last.retired().stream().filter(r -> r.id().equals(indicator.id())).toList();
    return new IndicatorPage(parts.frame(path, PageKind.INDICATOR), latest, source.view(parts.lang, shown).period(), retired,
        indicator.population().in(parts.lang), phases,
        history, sectorHistory(history), SiteFiles.link(path, parts.files.indicatorCsv(parts.lang, indicator.id())),
        SiteFiles.link(path, parts.files.indicatorJson(indicator.id())));
  }

  /** One small chart per sector of a target set for each sector, all on the scale of the widest. */
  private static List<IndicatorPage.SectorChart> sectorCharts(PageParts parts, Indicator indicator, Target target,
      SeriesCharts charts, GoalView goal) {
    Map<String, Series> bySector = new LinkedHashMap<>();
    for (String sector : target.sectors()) {
      Series.of(parts.source, parts.lang, indicator, target, Series.sector(sector)).ifPresent(s -> bySector.put(sector, s));
    }
    SeriesCharts.Range range = new SeriesCharts.Range(0, 0);
    for (Series s : bySector.values()) {
      range = range.with(charts.range(s));
    }
    List<IndicatorPage.SectorChart> out = new ArrayList<>();
    for (Map.Entry<String, Series> e : bySector.entrySet()) {
      out.add(new IndicatorPage.SectorChart(e.getKey(), parts.names.sector(e.getKey()),
          charts.chart(e.getValue(), range, SeriesCharts.SMALL, goal.target())));
    }
    return out;
  }

  /** Every sector any period shows, in the order they first appear, with its figure in each period. */
  private static List<IndicatorPage.SectorHistory> sectorHistory(List<IndicatorPage.IndicatorAt> history) {
    Map<String, String> sectors = new LinkedHashMap<>();
    history.forEach(h -> h.at().sectors().forEach(s -> sectors.putIfAbsent(s.id(), s.name())));
    List<IndicatorPage.SectorHistory> out = new ArrayList<>();
    sectors.forEach((id, name) -> {
      List<IndicatorPage.SectorAt> periods = new ArrayList<>();
      for (IndicatorPage.IndicatorAt h : history) {
        Optional<SectorView> at = h.at().sectors().stream().filter(s -> s.id().equals(id)).findFirst();
        periods.add(new IndicatorPage.SectorAt(h.period(), at));
      }
      out.add(new IndicatorPage.SectorHistory(id, name, periods));
    });
    return out;
  }
}
