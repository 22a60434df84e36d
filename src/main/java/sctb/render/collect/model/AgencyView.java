package sctb.render.collect.model;

/**
 * An agency a document is addressed to or speaks of: its code, its name in the document's language, its
 * kind in plan.yaml ({@code department}, {@code board}, …; a template picks "quý Sở" or "quý đơn vị" by
 * it), and — when the report is that of a body that has since been succeeded (an old period's report of
 * the former Department of Planning and Investment, written to the Department of Finance) — that body's
 * name ({@code report_of}; "" otherwise).
 */
public record AgencyView(String id, String name, String kind, String reportOf) {}
