package sctb.core.progress;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import sctb.core.diag.Location;
import sctb.core.submission.Correction;

/**
 * When a row was first submitted: a correction's row was first submitted when the row it corrects
 * was (following a chain of corrections back to the first row), so a correction sent later never
 * makes a report late (docs/methodology.md §12, §14).
 */
final class FirstSubmissions {
  private final Map<Location, Correction.Side> olderOf = new HashMap<>();

  FirstSubmissions(Iterable<Correction> corrections) {
    for (Correction c : corrections) {
      olderOf.put(c.newer().at(), c.older());
    }
  }

  /** The date of the first submission of the row at {@code at}, dated {@code date} (null: undated). */
  LocalDate of(Location at, LocalDate date) {
    Correction.Side first = firstOlder(at);
    return first == null ? date : first.submittedOn();
  }

  /** Where the first submission of the row at {@code at} was read: the first row of its chain of corrections. */
  Location placeOf(Location at) {
    Correction.Side first = firstOlder(at);
    return first == null ? at : first.at();
  }

  /** The row the chain of corrections of the row at {@code at} starts with; null when that row corrects none. */
  private Correction.Side firstOlder(Location at) {
    Correction.Side first = null;
    Location here = at;
    for (int guard = 0; guard < 1000; guard++) {
      Correction.Side older = olderOf.get(here);
      if (older == null) {
        return first;
      }
      first = older;
      here = older.at();
    }
    return first;
  }
}
