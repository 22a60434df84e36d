package sctb.render.collect.model;

/**
 * An agency's indicator rows for the period against its previous report: rows expected (that report's),
 * received of those, still missing, and new ones; all "0" when it reports no indicator.
 */
public record RowsView(String expected, String received, String missing, String added) {}
