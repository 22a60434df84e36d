package sctb.core.plan;

import sctb.core.text.Localized;

/**
 * A row the plan itself asks of an agency for a period ({@link PlannedRows}), whatever it reported before: the
 * indicator or task output, the sector ("" when none) and the unit its template row shows (empty when none).
 */
public record PlannedRow(String agency, String indicator, String sector, Localized unit) {}
