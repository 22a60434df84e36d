package sctb.core.submission;

import java.time.LocalDate;
import sctb.core.diag.Location;
import sctb.core.period.Period;

/**
 * A row an agency submitted, task or indicator: where it was read ({@code at}: file and physical line),
 * the period it reports on and the day it was submitted (null when not written).
 */
public interface SubmittedRow {
  Location at();

  Period period();

  LocalDate submittedOn();
}
