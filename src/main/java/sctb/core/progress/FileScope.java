package sctb.core.progress;

import java.util.Map;
import sctb.core.period.PathPeriods;
import sctb.core.period.Period;

/**
 * Which files a report for P concerns (their problems and rejected rows are the report's): a file
 * with accepted rows when one of them ends by P's end; a file none of whose rows could be accepted
 * when its path names P or an earlier period, or no period at all (a later period's broken file is
 * not this report's business).
 */
final class FileScope {
  private final Period period;
  private final Map<String, Boolean> withRows;

  /** {@code withRows}: per file with accepted rows, whether one of them ends by P's end. */
  FileScope(Period period, Map<String, Boolean> withRows) {
    this.period = period;
    this.withRows = withRows;
  }

  boolean contains(String file) {
    Boolean known = withRows.get(file);
    if (known != null) {
      return known;
    }
    return PathPeriods.hint(file).map(p -> !p.end().isAfter(period.end())).orElse(true);
  }
}
