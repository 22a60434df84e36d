package sctb.core.progress;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import sctb.core.diag.Location;
import sctb.core.period.Period;
import sctb.core.period.PathPeriods;
import sctb.core.submission.SubmittedRow;

/**
 * Which rows were first sent after a report was due (docs/methodology.md §7): its first submission
 * (a correction's is that of the row it corrects, {@link FirstSubmissions}) is dated after the last day
 * the report was on time; undated, it is filed under a later period than the report's (the period its
 * path names, as files are read, docs/submissions.md). An undated row filed nowhere later cannot be
 * shown to have come late, so it never is — unlike a correction, which must show it came before.
 */
final class LateFirstRows {
  private final FirstSubmissions first;
  private final Period report;
  private final LocalDate onTimeUntil;
  /** Per file, whether its path names a later period than the report's (asked once a file, not once a row). */
  private final Map<String, Boolean> filedLater = new ConcurrentHashMap<>();

  /** {@code report}: the report the rows may have missed; {@code onTimeUntil}: the last day it was on time. */
  LateFirstRows(FirstSubmissions first, Period report, LocalDate onTimeUntil) {
    this.first = first;
    this.report = report;
    this.onTimeUntil = onTimeUntil;
  }

  /** The row as a late submission when it is one, else null. */
  LateSubmission of(SubmittedRow row) {
    if (row.period().end().isAfter(report.end())) {
      return null; // data of a later period: the report could not have had it
    }
    LocalDate sent = first.of(row.at(), row.submittedOn());
    if (sent != null) {
      return sent.isAfter(onTimeUntil) ? new LateSubmission(row.at(), row.period(), row.agency(), sent) : null;
    }
    Location place = first.placeOf(row.at());
    boolean later = filedLater.computeIfAbsent(String.valueOf(place.file()),
        file -> PathPeriods.hint(file).map(p -> p.end().isAfter(report.end())).orElse(false));
    return later ? new LateSubmission(row.at(), row.period(), row.agency(), null) : null;
  }
}
