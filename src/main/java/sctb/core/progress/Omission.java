package sctb.core.progress;

import sctb.core.submission.IndicatorRow;

/** An entity of a share left out of the figure, why, and its latest row up to the report's period. */
public record Omission(IndicatorRow row, OmissionReason reason) {

  /** The entity as reports name it: its name, or its id when the row gives none ("" for a row of totals). */
  public String entity() {
    return row.entity().isBlank() ? row.entityId() : row.entity().strip();
  }
}
