package sctb.core.collect;

/**
 * Where an agency's report for P stands for the officer collecting it: nothing received; received
 * with errors (rows left out, a file refused: it must be sent again); received without errors but
 * lacking tasks of its duty or indicator rows; complete; or sent by an agency with no duty in P.
 */
public enum IntakeState {
  NOT_RECEIVED,
  HAS_ERRORS,
  INCOMPLETE,
  COMPLETE,
  UNEXPECTED;

  /** The agency has something to send or fix. */
  public boolean owesSomething() {
    return this == NOT_RECEIVED || this == HAS_ERRORS || this == INCOMPLETE;
  }
}
