package sctb.render.report.model;

import sctb.core.text.NumberFormats;
import java.time.LocalDate;

/**
 * The signing date (--date) as the Decree 30 date line writes it: day {@code 09}, month {@code 02}
 * but {@code 3}…{@code 12}; {@code date} is dd/mm/yyyy. All "" when no date is given.
 */
public record DocView(boolean hasDate, String day, String month, String year, String date) {

  public static DocView of(LocalDate signed) {
    if (signed == null) {
      return new DocView(false, "", "", "", "");
    }
    return new DocView(true, NumberFormats.decreeDay(signed), NumberFormats.decreeMonth(signed),
        Integer.toString(signed.getYear()), NumberFormats.dmy(signed));
  }
}
