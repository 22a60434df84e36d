package sctb.render.site.model;

import java.util.List;
import java.util.Optional;
import sctb.render.report.model.GoalView;
import sctb.render.report.model.IndicatorView;
import sctb.render.report.model.PeriodView;
import sctb.render.report.model.RetiredView;
import sctb.render.report.model.SectorView;

/**
 * An indicator over the whole plan: how the last period's report that tracks it shows it ({@code at}: that
 * period; {@code retired}: one entry when an amendment stopped tracking it by the site's last period), whom it counts
 * ({@code population}), its target in each phase, a chart per phase with the path to the target, for a
 * target set for each sector a small chart per sector and phase, the figure in every period (the
 * verdict history, also the charts' table of values), per sector too, and the data to download.
 */
public record IndicatorPage(PageFrame frame, IndicatorView indicator, PeriodView at, List<RetiredView> retired, String population,
    List<Phase> phases, List<IndicatorAt> history, List<SectorHistory> sectors, String csv, String json) {

  public IndicatorPage {
    retired = List.copyOf(retired);
    phases = List.copyOf(phases);
    history = List.copyOf(history);
    sectors = List.copyOf(sectors);
  }

  /**
   * A phase with a target: its name, the target, whether the last period is judged against it
   * ({@code current}), the chart of the figure and, for a target set for each sector, each sector's.
   */
  public record Phase(String name, GoalView goal, boolean current, SeriesChart chart, List<SectorChart> sectors) {

    public Phase {
      sectors = List.copyOf(sectors);
    }
  }

  /** One sector's small chart in a phase. */
  public record SectorChart(String id, String name, SeriesChart chart) {}

  /** The indicator as one period's report shows it. */
  public record IndicatorAt(PeriodLink period, IndicatorView at) {}

  /** A sector in every period (its figure, "" where that period's target does not name the sector). */
  public record SectorHistory(String id, String name, List<SectorAt> periods) {

    public SectorHistory {
      periods = List.copyOf(periods);
    }
  }

  /** A sector as one period's report shows it. */
  public record SectorAt(PeriodLink period, Optional<SectorView> at) {}
}
