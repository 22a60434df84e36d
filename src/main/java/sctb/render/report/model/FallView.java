package sctb.render.report.model;

/**
 * A row a figure takes that fell below an earlier row of the same entity or agency's aggregate
 * ({@link sctb.core.progress.CumulativeFall}): whose it is ({@code entity}, "" for an aggregate row,
 * named by its {@code agency}), the earlier and the later period and numerator (for a share also the
 * denominators, "" for a count), and where each row is (file:line).
 */
public record FallView(String entity, String agency, boolean aggregate, String earlierPeriod, String earlierValue,
    String earlierPopulation, String earlierAt, String laterPeriod, String laterValue, String laterPopulation,
    String laterAt) {}
