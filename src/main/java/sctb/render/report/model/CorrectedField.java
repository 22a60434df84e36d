package sctb.render.report.model;

/**
 * A value a correction changed: an indicator row's consumption and output (reduction), numerator and
 * denominator (share) or count; a task row's status, progress, result, difficulties, proposals or
 * amount spent.
 */
public enum CorrectedField {
  CONSUMPTION,
  OUTPUT,
  NUMERATOR,
  DENOMINATOR,
  COUNT,
  STATUS,
  PROGRESS,
  RESULT,
  DIFFICULTIES,
  PROPOSALS,
  SPENT
}
