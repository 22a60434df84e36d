package sctb.render.collect.model;

import java.util.List;

/**
 * Indicator rows of one indicator and sector missing from an agency's report, as its clerk writes them
 * again: the indicator's code (as in the file's indicator column) and name, the sector's code and name
 * ("" when none), and each entity as the agency spelled it last time ("" for an aggregate row).
 */
public record MissingRowView(String indicator, String indicatorName, String sector, String sectorName,
    List<String> entities) {

  public MissingRowView {
    entities = List.copyOf(entities);
  }
}
