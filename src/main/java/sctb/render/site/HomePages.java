package sctb.render.site;

import java.util.ArrayList;
import java.util.List;
import sctb.core.period.Period;
import sctb.core.plan.Indicator;
import sctb.core.plan.Target;
import sctb.render.report.model.IndicatorView;
import sctb.render.report.model.ReportView;
import sctb.render.site.model.HomePage;
import sctb.render.site.model.PageKind;
import sctb.render.site.model.Spark;
import sctb.render.site.model.TaskHistory;

/** Builds the home page of one language. */
final class HomePages {
  private HomePages() {}

  static HomePage of(PageParts parts) {
    SiteSource source = parts.source;
    String path = parts.files.home(parts.lang);
    List<HomePage.Card> cards = new ArrayList<>();
    for (IndicatorView latest : source.view(parts.lang, source.last()).indicators()) {
      Indicator indicator = source.plan().indicator(latest.id()).orElseThrow();
      cards.add(new HomePage.Card(SiteFiles.link(path, parts.files.indicator(parts.lang, latest.id())), latest,
          spark(parts, indicator)));
    }
    List<HomePage.Retired> retired = source.view(parts.lang, source.last()).retired().stream()
        .map(r -> new HomePage.Retired(source.tracked(r.id()) ? SiteFiles.link(path, parts.files.indicator(parts.lang, r.id())) : "",
            r)).toList();
    List<TaskHistory> tasks = source.plan().tasks().map(t -> parts.history(path, t)).toList();
    List<HomePage.PeriodLine> periods = new ArrayList<>();
    for (int i = 0; i < source.periods().size(); i++) {
      Period p = source.periods().get(i);
      ReportView view = source.view(parts.lang, i);
      periods.add(new HomePage.PeriodLine(view.period(), SiteFiles.link(path, parts.files.report(parts.lang, p)),
          SiteFiles.link(path, parts.files.reportJson(p)), view.reporting()));
    }
    return new HomePage(parts.frame(path, PageKind.HOME), cards, retired, PageParts.counts(tasks), Integer.toString(tasks.size()), periods,
        SiteFiles.link(path, parts.files.tasksCsv(parts.lang)), SiteFiles.link(path, parts.files.reportingCsv(parts.lang)));
  }

  /** The indicator's trend over every phase with a period judged against its target. */
  private static Spark spark(PageParts parts, Indicator indicator) {
    List<Series> phases = new ArrayList<>();
    for (Target target : indicator.targets().stream().sorted(java.util.Comparator.comparingInt(Target::year)).toList()) {
      Series.of(parts.source, parts.lang, indicator, target, Series.OVERALL).ifPresent(phases::add);
    }
    return SeriesCharts.spark(phases);
  }
}
