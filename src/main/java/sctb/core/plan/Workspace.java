package sctb.core.plan;

import sctb.core.text.Language;

/**
 * Settings a user edits: where submissions live, where reports go, the default language, and the
 * register of who is counted ({@code register}, relative to plan.yaml; null: none). A register the
 * plan names must exist ({@code registerRequired}); the default one, {@value #DEFAULT_REGISTER}, is
 * read only when it is there.
 */
public record Workspace(String submissions, String reports, Language language, String register, boolean registerRequired) {
  public static final String DEFAULT_REGISTER = "registers/co-so.csv";

  /** The settings of a plan that says nothing of a register: the default one, when present. */
  public Workspace(String submissions, String reports, Language language) {
    this(submissions, reports, language, DEFAULT_REGISTER, false);
  }
}
