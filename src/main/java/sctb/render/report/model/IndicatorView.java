package sctb.render.report.model;

import java.util.List;
import sctb.core.plan.IndicatorKind;

/**
 * One indicator of the plan at the period: its names, the phase's target and the overall figure (both
 * {@link Flattened}: {@code indicator.target}, {@code indicator.value}), how it is measured, what the
 * figure counts ({@code numerator} of {@code denominator}: a share's sums, a count, tasks delivered of
 * those named; "" where there is none), and for a target set for each of several sectors: how many
 * sectors meet the minimum of how many, how many are in each verdict ({@code sector_verdicts}) and the
 * pooled figure given as context; once the other phase's target year is over, that target's final
 * verdict ({@code other_phase}); how it moved since the previous report ({@code change}); for a share
 * or count, the entities left out (how many closed, how many with data too old), its population
 * against the register and the rows that fell below an earlier row of theirs ({@code falls}); then the
 * sectors and the chart.
 */
public record IndicatorView(
    String id,
    IndicatorKind kind,
    String name,
    String unit,
    String measure,
    GoalView goal,
    FigureView figure,
    String numerator,
    String denominator,
    String sectorsMeetingMin,
    String sectorsTotal,
    List<SectorVerdictView> sectorVerdicts,
    PooledView pooled,
    OtherPhaseView otherPhase,
    ChangeView change,
    List<LeftOutView> leftOut,
    String leftOutClosed,
    String leftOutStale,
    PopulationView population,
    List<FallView> falls,
    List<SectorView> sectors,
    ChartView chart) {

  public IndicatorView {
    sectorVerdicts = List.copyOf(sectorVerdicts);
    leftOut = List.copyOf(leftOut);
    falls = List.copyOf(falls);
    sectors = List.copyOf(sectors);
  }
}
