package sctb.core.progress;

import sctb.core.period.Period;
import sctb.core.plan.Indicator;
import sctb.core.plan.Phase;
import sctb.core.plan.Plan;
import sctb.core.plan.Target;

/**
 * Which of an indicator's targets a report for P reads: the one it is judged against ({@code judged}:
 * P's phase's, else the other phase's — curricula-integrated has a 2025 target only; null when none),
 * and the other phase's ({@code other}, context; null when none or when it is the one judged). The
 * engine and the accumulator choose through this one class, so they keep and use the same rows.
 */
record PhaseTargets(Target judged, Target other) {

  static PhaseTargets of(Plan plan, Indicator indicator, Period period) {
    Phase phase = ProgressEngine.phaseFor(plan, period);
    Phase otherPhase = plan.info().phases().stream().filter(p -> !p.id().equals(phase.id())).findFirst().orElse(null);
    Target target = indicator.targetFor(phase.id()).orElse(null);
    Target other = otherPhase == null ? null : indicator.targetFor(otherPhase.id()).orElse(null);
    return target == null ? new PhaseTargets(other, null) : new PhaseTargets(target, other);
  }

  /**
   * The other phase's target when its year is over by the end of P, else null: its final verdict
   * stands beside P's (a 2030-phase report still says whether the 2025 target was met).
   */
  Target closed(Period period) {
    return other != null && Goal.yearOverAt(other.year(), period) ? other : null;
  }
}
