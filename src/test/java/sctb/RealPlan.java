package sctb;

import sctb.cli.CliRun;
import sctb.core.plan.Plan;
import sctb.io.plan.PlanReader;

/** The repository's plan.yaml, read once: the real plan the core's unit tests check their rules on. */
public final class RealPlan {
  public static final Plan PLAN = load();

  private RealPlan() {}

  private static Plan load() {
    try {
      return PlanReader.read(CliRun.PLAN).plan();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
