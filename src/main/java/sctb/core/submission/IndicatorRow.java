package sctb.core.submission;

import java.math.BigDecimal;
import java.time.LocalDate;
import sctb.core.diag.Location;
import sctb.core.period.Period;
import sctb.core.register.EntityNames;

/**
 * One accepted indicator-data row. For a reduction: one establishment ({@code entity}) in one
 * sector, numerator = consumption, denominator = output. For a share: numerator meets the criterion
 * out of denominator (per entity, or an aggregate with a blank entity). For a count: numerator is the
 * count. Blank optional fields are "" (sector, entity, unit, note, entity id) or null (denominator,
 * submission date). {@code entityKey} is who the row is about as matched
 * ({@link sctb.core.register.EntityMatcher}): a register entry's key, or the normalised name; "" for
 * an aggregate row.
 */
public record IndicatorRow(
    Location at,
    Period period,
    String agency,
    String indicator,
    String sector,
    String entity,
    BigDecimal numerator,
    BigDecimal denominator,
    String unit,
    String note,
    String entityId,
    LocalDate submittedOn,
    String entityKey) implements SubmittedRow {

  /** A row without id or date, its entity known by its name alone (as without a register). */
  public IndicatorRow(Location at, Period period, String agency, String indicator, String sector, String entity,
      BigDecimal numerator, BigDecimal denominator, String unit, String note) {
    this(at, period, agency, indicator, sector, entity, numerator, denominator, unit, note, "", null,
        EntityNames.canonical(entity));
  }

  /** True for an aggregate row: it stands for a part of a population, not for one entity. */
  public boolean aggregate() {
    return entityKey.isEmpty();
  }
}
