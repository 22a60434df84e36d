package sctb.render.report.model;

/** The phase the period is judged in: {@code 2021-2025}, its name in the language, its last year. */
public record PhaseView(String id, String name, String end) {}
