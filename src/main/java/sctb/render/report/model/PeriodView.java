package sctb.render.report.model;

/**
 * The reporting period: {@code 2024H1}, its year, half ({@code 0} for a whole year), first and last day,
 * when reports were due, and whether the report is provisional (the period had not ended when it was
 * made) with the day its data runs to ({@code data_until}, "" for a final report).
 */
public record PeriodView(String id, String year, String half, String start, String end, String due, boolean provisional,
    String dataUntil) {}
