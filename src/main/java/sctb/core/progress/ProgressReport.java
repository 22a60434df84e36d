package sctb.core.progress;

import java.util.List;
import java.util.Optional;
import sctb.core.period.Period;
import sctb.core.period.ReportStanding;
import sctb.core.plan.Phase;
import sctb.core.plan.Indicator;
import sctb.core.plan.Plan;
import sctb.core.plan.Retirements;
import sctb.core.submission.Correction;

/**
 * Everything the engine says about period P: the phase it is judged in (and the other one), each
 * indicator and task output, the tasks and their groups, reporting discipline and completeness, data
 * quality, every correction up to P (period, agency, what, old and new rows) and what changed since
 * the previous report; and whether the report is final or provisional ({@code standing}: the engine
 * knows no day and says final; the caller that checked the period against today says otherwise, with
 * {@link #withStanding}). Built by {@link ProgressEngine#compute}; renderers only read it.
 */
public record ProgressReport(
    Plan plan,
    Period period,
    Phase phase,
    Phase otherPhase,
    List<IndicatorProgress> indicators,
    List<OutputProgress> outputs,
    List<GroupSummary> groups,
    List<TaskProgress> tasks,
    ReportingStatus reporting,
    DataQuality dataQuality,
    List<Correction> corrections,
    Changes changes,
    ReportStanding standing) {

  public ProgressReport {
    indicators = List.copyOf(indicators);
    outputs = List.copyOf(outputs);
    groups = List.copyOf(groups);
    tasks = List.copyOf(tasks);
    corrections = List.copyOf(corrections);
  }

  /** The same report, final or provisional as {@code standing} says. */
  public ProgressReport withStanding(ReportStanding standing) {
    return new ProgressReport(plan, period, phase, otherPhase, indicators, outputs, groups, tasks, reporting, dataQuality,
        corrections, changes, standing);
  }

  /** The plan's indicators no longer tracked at P ({@link Retirements}): named by the report, not judged, not in {@link #indicators}. */
  public List<Indicator> retired() {
    return plan.indicators().stream().filter(i -> Retirements.retiredIn(plan, i, period)).toList();
  }

  public Optional<IndicatorProgress> indicator(String id) {
    return indicators.stream().filter(i -> i.indicator().id().equals(id)).findFirst();
  }
}
