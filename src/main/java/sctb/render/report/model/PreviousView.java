package sctb.render.report.model;

/**
 * The previous report the changes are measured against: its period as {@link PeriodView} gives one
 * ({@code id}, {@code year}, {@code half}, {@code due}) and whether it judged the same phase (when
 * not, verdicts are not compared).
 */
public record PreviousView(String id, String year, String half, String due, boolean samePhase) {}
