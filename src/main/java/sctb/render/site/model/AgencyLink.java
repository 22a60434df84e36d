package sctb.render.site.model;

import java.util.List;

/**
 * An agency as another page names it: code, name, link to its page; for a succession, from which day
 * ({@code from}, dd/mm/yyyy; "" otherwise) and, when only some tasks moved, which ({@code tasks}, empty: all).
 */
public record AgencyLink(String id, String name, String href, String from, List<String> tasks) {

  public AgencyLink {
    tasks = List.copyOf(tasks);
  }
}
