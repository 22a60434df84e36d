package sctb.render.report.model;

/**
 * The plan's rules a reader needs to read the verdicts (plan.yaml {@code progress}): the progress
 * ratios of "on track", "acceleration needed" and "limited progress" ("95%"), the share of a sector's
 * output its panel must hold ("80%"), the share of parts with current data ("2/3"), how many half-years
 * old data may be and still decide, the common unit of pooled figures, the years of data after
 * the baseline year a forecast needs, and how many times an establishment's intensity may change
 * between the baseline year and the assessed period and still count ("3").
 */
public record RulesView(
    String onTrack, String accelerationNeeded, String limitedProgress, String minPanelOutput, String minCurrent,
    String maxDataAge, String commonUnit, String forecastYears, String outlierFactor) {}
