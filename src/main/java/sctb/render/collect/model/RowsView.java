package sctb.render.collect.model;

import java.util.List;

/**
 * An agency's indicator rows for the period: rows expected ({@code previous}: its previous report's, and
 * {@code fromPlan} more the plan asks for that that report did not have), received of those, still missing, and new ones; all "0"
 * when it reports no indicator; the first missing rows by name, and how many more are missing than are named
 * ({@code unlisted}).
 */
public record RowsView(String expected, String previous, String fromPlan, String received, String missing, String added,
    List<MissingRowView> missingRows, String unlisted) {

  public RowsView {
    missingRows = List.copyOf(missingRows);
  }
}
