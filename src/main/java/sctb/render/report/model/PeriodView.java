package sctb.render.report.model;

/** The reporting period: {@code 2024H1}, its year, half ({@code 0} for a whole year), first and last day, and when reports were due. */
public record PeriodView(String id, String year, String half, String start, String end, String due) {}
