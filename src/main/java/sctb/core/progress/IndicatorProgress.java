package sctb.core.progress;

import java.util.List;
import java.util.Optional;
import sctb.core.plan.Indicator;
import sctb.core.plan.Target;

/**
 * One indicator at P: the target it is judged against ({@code null} when it has none), the other
 * phase's target as context ({@code null} when none), and what was found.
 */
public record IndicatorProgress(Indicator indicator, Target target, Target otherTarget, Outcome outcome) {

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
