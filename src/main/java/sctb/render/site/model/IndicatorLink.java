package sctb.render.site.model;

import java.util.List;

/**
 * An indicator or task output an agency sent data for: id, name, link (its indicator page, or the page
 * of the task it belongs to), and the periods of the rows.
 */
public record IndicatorLink(String id, String name, String href, List<String> periods) {

  public IndicatorLink {
    periods = List.copyOf(periods);
  }
}
