package sctb.core.register;

import java.time.LocalDate;
import java.util.List;
import sctb.core.diag.Location;
import sctb.core.period.Period;

/**
 * One entity of the register: its stable id (the tax code where there is one), kind, sector (for
 * establishments; "" otherwise), official name and other spellings, district and commune (after the
 * 2025 changes), the dates it opened and closed (null when unknown or still open), and its row.
 */
public record RegisterEntry(String id, EntityKind kind, String sector, String name, List<String> otherNames,
    String district, String commune, LocalDate openedOn, LocalDate closedOn, Location at) {

  public RegisterEntry {
    otherNames = List.copyOf(otherNames);
  }

  /** The key rows matched to this entry are counted under. */
  public String key() {
    return EntityMatcher.idKey(id);
  }

  /**
   * True when it had stopped by the day {@code period} began (its closing date is the first day it no
   * longer operates): it is no longer part of the population.
   */
  public boolean closedBefore(Period period) {
    return closedOn != null && !closedOn.isAfter(period.start());
  }

  /** True when it exists at some time in {@code period}: opened by its end and not closed before it began. */
  public boolean openIn(Period period) {
    return (openedOn == null || !openedOn.isAfter(period.end())) && !closedBefore(period);
  }
}
