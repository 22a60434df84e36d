package sctb.render.report.model;

/**
 * One agency's report on a task for the period: who (name and id), whom it answers for after a merger
 * ({@code counts_for}), the status and progress it gave, when it was sent, its result as typed (NFC),
 * and whether the row corrects one the agency sent earlier.
 */
public record TaskReportView(
    String agency, String agencyId, String countsFor, TaskState status, String progress, String submittedOn, String result,
    boolean corrected) {}
