package sctb.core.progress;

/** An establishment in a sector's panel: its figures in the baseline year B and in the period C. */
public record PanelEntity(String entity, Measure baseline, Measure current) {}
