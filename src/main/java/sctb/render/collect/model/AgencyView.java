package sctb.render.collect.model;

/**
 * An agency a document is addressed to or speaks of: its code, its name in the document's language, and
 * its kind in plan.yaml ({@code department}, {@code board}, …; a template picks "quý Sở" or "quý đơn vị" by it).
 */
public record AgencyView(String id, String name, String kind) {}
