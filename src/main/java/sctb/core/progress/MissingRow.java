package sctb.core.progress;

/**
 * One indicator row an agency is short of: the indicator, the sector ("" when the indicator has none) and
 * either the entity as that agency last spelled it ("" for an aggregate row) of a row it reported last time
 * and not this time, or — {@code fromPlan} — a row the plan asks for that its previous report did not have
 * (entity "": any row of that indicator and sector will do; {@link sctb.core.plan.PlannedRows}).
 */
public record MissingRow(String indicator, String sector, String entity, boolean fromPlan) {

  /** A row of the previous report. */
  public MissingRow(String indicator, String sector, String entity) {
    this(indicator, sector, entity, false);
  }
}
