package sctb.core.submission;

import sctb.core.diag.Location;
import sctb.core.period.Period;

/** A row an agency submitted, task or indicator: where it was read ({@code at}: file and physical line) and the period it reports on. */
public interface SubmittedRow {
  Location at();

  Period period();
}
