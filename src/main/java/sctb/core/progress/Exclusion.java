package sctb.core.progress;

import java.math.BigDecimal;
import java.util.List;
import sctb.core.diag.Location;

/**
 * An establishment left out of a sector's panel: why, its output, and that output's share of the
 * sector's total ({@code shareBasis} "current" = of all output reported for C, "baseline" = for B,
 * used when it has no C data).
 */
public record Exclusion(
    String entity, ExclusionReason reason, BigDecimal output, BigDecimal outputShare, String shareBasis,
    List<Location> sources) {

  public Exclusion {
    sources = List.copyOf(sources);
  }
}
