package sctb.core.collect;

/**
 * Where the date an agency's report was received comes from: the {@code submitted_on} column of its
 * rows, the files' last-modified date (only when the user allows it: a copy or a download resets
 * it), or nowhere.
 */
public enum DateSource {
  SUBMITTED_ON,
  FILE_DATE,
  NONE
}
