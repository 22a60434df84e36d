package sctb.core.validate;

import java.math.BigDecimal;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.period.Period;
import sctb.core.plan.Indicator;
import sctb.core.plan.IndicatorKind;
import sctb.core.submission.Column;
import sctb.core.submission.IndicatorRow;
import sctb.core.submission.TotalsLabel;
import sctb.core.text.SafeText;
import sctb.core.text.Suggest;

/**
 * The rules of one indicator-data row: a known indicator (or task output), the sector a reduction
 * needs, non-negative numbers, for shares a denominator that is not zero nor below the numerator and,
 * on a row naming one entity, 0/1 or 1/1 (the entity counted once), a submission date that reads; and which entity the row is about ({@link EntityRules}).
 * A reduction row with zero output is accepted: an idle plant is a fact, not a mistake. A totals row
 * ("Tổng cộng" as the entity) and a group's subtotal line ("Cộng ngành Dệt may") are left out: the rows are
 * added up by sctb.
 */
final class IndicatorRowRules {
  private IndicatorRowRules() {}

  /** The row, or null when a rule rejects it (its diagnostics are in {@code cells}). */
  static IndicatorRow check(Cells cells, Lookup lookup) {
    if (TotalsLabel.is(cells.row().text(Column.ENTITY))) {
      // The sheet's own sum, copied with the rows: read as one more entity, a count of 3 models became 6.
      cells.add(Code.TOTALS_ROW, Column.ENTITY, SafeText.excerpt(cells.row().text(Column.ENTITY).strip()));
      return null;
    }
    if (cells.subtotal() || cells.repeatsHeader()) {
      return null;
    }
    Period period = cells.period();
    String agency = cells.agency(period, null);
    Lookup.IndicatorRef indicator = null;
    String indicatorText = cells.required(Column.INDICATOR);
    if (indicatorText != null) {
      indicator = cells.indicator(indicatorText);
      if (indicator == null) {
        cells.add(Diagnostic.of(Code.UNKNOWN_INDICATOR, cells.at(Column.INDICATOR),
                indicatorText, "indicators:" + String.join("|", lookup.indicatorIds()))
            .suggesting(Suggest.named(indicatorText, lookup.indicatorSpellings()).flatMap(lookup::indicator)
                .map(i -> "indicator:" + i.id()).orElse(null)));
      } else if (indicator.kind() == IndicatorKind.TASKS) {
        cells.add(Code.UNKNOWN_INDICATOR, Column.INDICATOR, indicatorText, "computed");
        indicator = null;
      } else {
        Indicator retired = period == null ? null : lookup.retiredIn(indicator.id(), period);
        if (retired != null) {
          // An amendment dropped it: the row is left aside, told once a file (Cells.finish), not an error a row.
          cells.retired(retired, indicatorText);
          return null;
        }
      }
    }
    String sector = sector(cells, lookup, indicator);
    BigDecimal numerator = cells.requiredNumber(Column.NUMERATOR);
    cells.notNegative(Column.NUMERATOR, numerator);
    boolean needsDenominator = indicator != null
        && (indicator.kind() == IndicatorKind.SHARE || indicator.kind() == IndicatorKind.REDUCTION);
    BigDecimal denominator = needsDenominator ? cells.requiredNumber(Column.DENOMINATOR) : cells.number(Column.DENOMINATOR);
    cells.notNegative(Column.DENOMINATOR, denominator);
    if (indicator != null && indicator.kind() == IndicatorKind.SHARE && denominator != null && numerator != null) {
      if (denominator.signum() == 0) {
        cells.add(Code.ZERO_DENOMINATOR, Column.DENOMINATOR, cells.row().text(Column.DENOMINATOR), "indicator:" + indicator.id());
      } else if (numerator.compareTo(denominator) > 0) {
        cells.add(Code.NUMERATOR_EXCEEDS_DENOMINATOR, Column.NUMERATOR, cells.row().text(Column.NUMERATOR),
            SafeText.excerpt(cells.row().text(Column.DENOMINATOR)));
      } else if (namesEntity(cells) && !isZeroOrOneOfOne(numerator, denominator)) {
        // A named entity is counted once: 90/100 on one supermarket would count it as a hundred.
        Column at = denominator.compareTo(BigDecimal.ONE) != 0 ? Column.DENOMINATOR : Column.NUMERATOR;
        cells.add(Code.ENTITY_NOT_ONE, at, cells.row().text(at), SafeText.excerpt(cells.row().text(Column.NUMERATOR)),
            SafeText.excerpt(cells.row().text(Column.DENOMINATOR)), SafeText.excerpt(entityShown(cells)));
      }
    }
    java.time.LocalDate submitted = cells.submittedOn();
    if (cells.hasErrors()) {
      return null;
    }
    String entityKey = EntityRules.key(cells, lookup, indicator, period);
    // Hashed here, on a reading worker: the String keeps its hash, and the one thread that takes the
    // rows in order looks every key up in a table (ReductionRows, ShareTable).
    entityKey.hashCode();
    return new IndicatorRow(cells.row().at(), period, agency, indicator.id(), sector == null ? "" : sector,
        text(cells, Column.ENTITY), numerator, denominator, text(cells, Column.UNIT), text(cells, Column.NOTE),
        text(cells, Column.ENTITY_ID).strip(), submitted, entityKey);
  }

  /** For an indicator with sectors: required, known, and one the indicator's targets name. */
  private static String sector(Cells cells, Lookup lookup, Lookup.IndicatorRef indicator) {
    String text = cells.row().text(Column.SECTOR);
    if (indicator == null || indicator.sectors().isEmpty()) {
      if (text.isBlank()) {
        return null;
      }
      String id = lookup.sectorOrNull(text);
      return id != null ? id : text;
    }
    if (cells.required(Column.SECTOR) == null) {
      return null;
    }
    String id = lookup.sectorOrNull(text);
    if (id == null || !indicator.sectors().contains(id)) {
      cells.add(Diagnostic.of(Code.UNKNOWN_SECTOR, cells.at(Column.SECTOR), text,
              "indicator:" + indicator.id(), "sectors:" + String.join("|", indicator.sectors()))
          .suggesting(Suggest.named(text, lookup.sectorSpellings(indicator.sectors())).flatMap(lookup::sector)
              .map(s -> "sector:" + s).orElse(null)));
      return null;
    }
    return id;
  }

  /** A row about one entity (its name or its register id written), not an aggregate. */
  private static boolean namesEntity(Cells cells) {
    return !cells.row().text(Column.ENTITY).isBlank() || !cells.row().text(Column.ENTITY_ID).isBlank();
  }

  private static String entityShown(Cells cells) {
    String name = cells.row().text(Column.ENTITY).strip();
    return name.isEmpty() ? cells.row().text(Column.ENTITY_ID).strip() : name;
  }

  /** 0/1 or 1/1: one entity, meeting the criterion or not. */
  private static boolean isZeroOrOneOfOne(BigDecimal numerator, BigDecimal denominator) {
    return denominator.compareTo(BigDecimal.ONE) == 0
        && (numerator.signum() == 0 || numerator.compareTo(BigDecimal.ONE) == 0);
  }

  private static String text(Cells cells, Column column) {
    return cells.row().text(column);
  }
}
