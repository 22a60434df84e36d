package sctb.core.progress;

import java.time.LocalDate;
import sctb.core.diag.Location;
import sctb.core.period.Period;
import sctb.core.submission.IndicatorRow;
import sctb.core.submission.SubmittedRow;

/**
 * A reduction row that may have been sent after a final verdict's report was due, as kept until the end
 * ({@link LateFirstRows}): where it was read, its period, agency, submission date and sector — not the row, whose
 * names, figures and note a national roll-up sent late would otherwise hold in memory by the hundred thousand.
 */
record LateCandidate(Location at, Period period, String agency, LocalDate submittedOn, String sector)
    implements SubmittedRow {

  static LateCandidate of(IndicatorRow row) {
    return new LateCandidate(row.at(), row.period(), row.agency(), row.submittedOn(), row.sector());
  }
}
