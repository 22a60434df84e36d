package sctb.render;

/** A document sctb writes in several {@link OutputFormat}s: the consolidated report, an agency's feedback, a reminder letter. */
public enum DocumentKind {
  /** The consolidated report ({@code sctb report}). */
  REPORT,
  /** The feedback to an agency on its report ({@code sctb feedback}). */
  FEEDBACK,
  /** A reminder letter to agencies that owe a report ({@code sctb remind}). */
  REMINDER
}
