package sctb.core.plan;

import java.util.List;
import sctb.core.text.Localized;

/**
 * An agency that leads, partners or reports: its stable code, names, the spellings people write it
 * with, and (when it was merged or renamed) who took over its tasks and from when.
 */
public record Agency(
    String id, Localized name, String kind, List<String> aliases, Succession succession, Localized note) {

  public Agency {
    aliases = List.copyOf(aliases);
  }

  /** True when another agency replaced this one (merger, renaming); a transfer of single tasks is not. */
  public boolean hasSuccessor() {
    return succession != null && succession.replacesAgency();
  }
}
