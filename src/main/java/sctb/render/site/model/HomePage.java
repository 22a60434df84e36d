package sctb.render.site.model;

import java.util.List;
import sctb.render.report.model.IndicatorView;
import sctb.render.report.model.PeriodView;
import sctb.render.report.model.ReportingView;

/**
 * The home page: every indicator as the last period's report shows it with a trend line, how the
 * tasks stand in the last period, and every period with its reporting discipline and its report.
 */
public record HomePage(PageFrame frame, List<Card> indicators, List<Retired> retired, List<StateCount> tasks, String tasksTotal,
    List<PeriodLine> periods, String tasksCsv, String reportingCsv) {

  public HomePage {
    indicators = List.copyOf(indicators);
    retired = List.copyOf(retired);
    tasks = List.copyOf(tasks);
    periods = List.copyOf(periods);
  }

  /** An indicator: its page, its figure at the last period, its trend over the current phase. */
  public record Card(String href, IndicatorView latest, Spark spark) {}

  /** An indicator no longer tracked at the last period (an amendment): its page, which keeps its history, and the sentence's facts. */
  public record Retired(String href, sctb.render.report.model.RetiredView indicator) {}

  /** A period: its consolidated report (HTML in this language, and the JSON), and who reported. */
  public record PeriodLine(PeriodView period, String report, String json, ReportingView reporting) {}
}
