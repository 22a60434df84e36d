package sctb.render.collect.model;

/**
 * Whom agencies call about their reports ({@code reporting.contact} in plan.yaml): whether one is given,
 * name, unit, phone and e-mail ("" where not given; a template leaves dots for the clerk).
 */
public record ContactView(boolean known, String name, String unit, String phone, String email) {}
