package sctb.render.report.model;

import sctb.core.progress.OmissionReason;

/**
 * An entity of a share left out of its figure: its name as last reported, the agency that reported it,
 * why ({@code closed}: the register says it closed before the period; {@code stale}: its latest row is
 * older than the data age allows) and the period of that latest row. An aggregate row (no entity named)
 * stands for {@code population} entities: the reports name it by its agency, never by a blank.
 */
public record LeftOutView(String entity, String agency, OmissionReason reason, String asOf, boolean aggregate,
    String population) {}
