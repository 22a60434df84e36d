package sctb.render.report.model;

/**
 * An indicator the plan no longer tracks at the period (an amendment's {@code retired_from}): its id and name,
 * the first period not tracked ({@code from}, with its {@code year} and {@code half}: "1", "2") and the day
 * the amendment took effect ({@code since}, dd/mm/yyyy). The report names it in one sentence, unjudged.
 */
public record RetiredView(String id, String name, String from, String year, String half, String since) {}
