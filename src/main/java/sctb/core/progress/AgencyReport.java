package sctb.core.progress;

import sctb.core.submission.TaskRow;

/** One agency's row for a task in the reporting period, kept apart; {@code countsFor} is who it answers for at P. */
public record AgencyReport(TaskRow row, String countsFor) {}
