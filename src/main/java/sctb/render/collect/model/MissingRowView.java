package sctb.render.collect.model;

import java.util.List;

/**
 * Indicator rows of one indicator and sector missing from an agency's report, as its clerk writes them
 * again: the indicator's (or task output's) code, as in the file's indicator column, and name, the sector's
 * code and name ("" when none), and each entity as the agency spelled it last time ("" for an aggregate row);
 * or, {@code fromPlan}, an indicator and sector the plan asks for that its previous report did not have
 * (entities: one "", any row of them will do); {@code task}: the task whose output it is ("" for an indicator).
 */
public record MissingRowView(String indicator, String indicatorName, String task, String sector, String sectorName,
    List<String> entities, boolean fromPlan) {

  public MissingRowView {
    entities = List.copyOf(entities);
  }
}
