package sctb.render.site;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import sctb.core.period.Period;
import sctb.core.plan.Plan;
import sctb.core.progress.IndicatorReports;
import sctb.core.progress.ProgressHistory;
import sctb.core.progress.ProgressReport;
import sctb.core.progress.ReportingHistory;
import sctb.core.text.Language;
import sctb.render.report.model.IndicatorView;
import sctb.render.report.model.ReportView;

/**
 * What every page is built from: the engine's report for every period, each report's view in each
 * language (the same one its HTML report is rendered from, so the site and the reports show the same
 * figures the same way), reporting over time, who sent data for which indicator, and where files go.
 */
record SiteSource(ProgressHistory history, Map<Language, List<ReportView>> views, ReportingHistory reporting,
    Map<String, List<IndicatorReports>> indicatorReports, SiteFiles files) {

  SiteSource {
    views = Map.copyOf(views);
    indicatorReports = Map.copyOf(indicatorReports);
  }

  Plan plan() {
    return history.latest().plan();
  }

  List<Period> periods() {
    return history.periods();
  }

  ProgressReport report(int period) {
    return history.reports().get(period);
  }

  ReportView view(Language lang, int period) {
    return views.get(lang).get(period);
  }

  /** The view of indicator {@code id} in the {@code period}-th report, in {@code lang}. */
  Optional<IndicatorView> indicatorView(Language lang, int period, String id) {
    return view(lang, period).indicators().stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /**
   * True when some period of the site tracks indicator {@code id}: false only for an indicator retired before the
   * site's first period (Retirements), which has no page.
   */
  boolean tracked(String id) {
    return history.reports().stream().anyMatch(r -> r.indicator(id).isPresent());
  }

  int last() {
    return history.periods().size() - 1;
  }
}
