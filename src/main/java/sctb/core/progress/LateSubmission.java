package sctb.core.progress;

import java.time.LocalDate;
import sctb.core.diag.Location;
import sctb.core.period.Period;

/**
 * A row a final verdict now rests on that nobody had sent when the report at the end of the target year
 * was due (docs/methodology.md §7): where it is, its period, the agency that sent it and when (null:
 * undated, filed under a later period).
 */
public record LateSubmission(Location at, Period period, String agency, LocalDate submittedOn) {}
