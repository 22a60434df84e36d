package sctb.core.progress;

import java.util.List;
import sctb.core.plan.Target;

/**
 * The final verdict on an indicator's target of the other phase, once that target's year is over
 * ({@link PhaseTargets#closed}): judged by the same rules on the same rows as the report made at the
 * end of that year, so it reads the same (achieved, not achieved, no data…), with the first later
 * period reaching the minimum as achieved late. For a target set for each sector, each sector's figure
 * ({@code sectors}, without its panel; empty otherwise). A "final" verdict is final on the data the
 * report at the end of that year had: corrections sent after it was due may change it, and say so
 * ({@code revisions}: the figure, or each sector, whose value they changed; empty when none did).
 */
public record OtherPhaseVerdict(Target target, Figure figure, List<ReductionSector> sectors, List<FinalRevision> revisions) {

  public OtherPhaseVerdict {
    sectors = List.copyOf(sectors);
    revisions = List.copyOf(revisions);
  }

  /** How many sectors are in each verdict; null when the target is not set per sector. */
  public VerdictTally sectorVerdicts() {
    return sectors.isEmpty() ? null : VerdictTally.of(sectors.stream().map(s -> s.figure().assessment().status()).toList());
  }
}
