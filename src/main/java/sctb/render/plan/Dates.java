package sctb.render.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as Vietnamese documents write them in tables: dd/mm/yyyy. */
public final class Dates {
  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private Dates() {}

  public static String dmy(LocalDate date) {
    return date == null ? "" : DMY.format(date);
  }
}
