package sctb.render.report.model;

import java.util.List;
import sctb.core.plan.IndicatorKind;

/**
 * One indicator of the plan at the period: its names, the phase's target and the overall figure (both
 * {@link Flattened}: {@code indicator.target}, {@code indicator.value}), how it is measured, the sectors and
 * the chart. {@code sectors_meeting_min}/{@code sectors_total}: reductions only, else "".
 */
public record IndicatorView(
    String id,
    IndicatorKind kind,
    String name,
    String unit,
    String measure,
    GoalView goal,
    FigureView figure,
    String sectorsMeetingMin,
    String sectorsTotal,
    List<SectorView> sectors,
    ChartView chart) {

  public IndicatorView {
    sectors = List.copyOf(sectors);
  }
}
