package sctb.core.submission;

import java.math.BigDecimal;
import sctb.core.diag.Location;
import sctb.core.period.Period;

/**
 * One accepted indicator-data row. For a reduction: one establishment ({@code entity}) in one
 * sector, numerator = consumption, denominator = output. For a share: numerator meets the criterion
 * out of denominator (per entity, or an aggregate with a blank entity). For a count: numerator is the
 * count. Blank optional fields are "" (sector, entity, unit, note) or null (denominator).
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
    String note) implements SubmittedRow {}
