package sctb.core.progress;

import java.util.List;
import java.util.Optional;
import sctb.core.plan.Indicator;
import sctb.core.plan.Target;

/**
 * One indicator at P: the target it is judged against ({@code null} when it has none), the other
 * phase's target as context ({@code null} when none), what was found, and once the other phase's
 * target year is over, its final verdict ({@code otherPhaseVerdict}; null otherwise).
 */
public record IndicatorProgress(Indicator indicator, Target target, Target otherTarget, Outcome outcome,
    OtherPhaseVerdict otherPhaseVerdict) {

  public Figure figure() {
    return outcome.figure();
  }

  public List<? extends SectorProgress> sectors() {
    return outcome.sectors();
  }

  public Optional<? extends SectorProgress> sector(String id) {
    return outcome.sectors().stream().filter(s -> s.sector().equals(id)).findFirst();
  }
}
