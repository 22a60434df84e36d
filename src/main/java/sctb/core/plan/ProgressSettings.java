package sctb.core.plan;

/** How progress is judged: the method and the ratio thresholds of the verdicts. */
public record ProgressSettings(
    ProgressMethod method, double onTrack, double accelerationNeeded, double limitedProgress,
    double outlierFactor) {

  public static final ProgressSettings DEFAULT =
      new ProgressSettings(ProgressMethod.LINEAR, 0.95, 0.6, 0.0, 3.0);
}
