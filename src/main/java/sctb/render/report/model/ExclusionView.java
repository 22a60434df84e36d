package sctb.render.report.model;

import sctb.core.progress.ExclusionReason;

/**
 * An establishment left out of a sector's comparison: its name as reported, why, and its share of the
 * sector's output ({@code 12,5%}) with the basis of that share ({@code current} or {@code baseline}).
 */
public record ExclusionView(String entity, ExclusionReason reason, String outputShare, String shareBasis) {}
