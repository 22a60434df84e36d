package sctb.render.collect.model;

/**
 * The legal basis a reminder cites, from plan.yaml: the plan's number and date ("" when not recorded:
 * the template leaves dots), who issued it, and its reporting rule word for word.
 */
public record BasisView(String number, String date, String issuer, String rule) {}
