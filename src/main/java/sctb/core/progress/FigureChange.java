package sctb.core.progress;

/** The change of one figure: an indicator's headline ({@code sector} null), one of its sectors, or a task output. */
public record FigureChange(String id, String sector, Change change) {}
