package sctb.core.progress;

import java.util.List;
import sctb.core.diag.Location;

/** An indicator with no target in any phase: nothing to judge. */
public record Untargeted(Figure figure) implements Outcome {

  @Override
  public List<Location> sources() {
    return List.of();
  }
}
