package sctb.core.progress;

/**
 * One indicator row an agency reported last time and not this time: the indicator, the sector (""
 * when the indicator has none) and the entity as that agency last spelled it ("" for an aggregate row).
 */
public record MissingRow(String indicator, String sector, String entity) {}
