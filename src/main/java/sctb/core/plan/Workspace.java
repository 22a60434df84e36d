package sctb.core.plan;

import sctb.core.text.Language;

/** Settings a user edits: where submissions live, where reports go, the default language. */
public record Workspace(String submissions, String reports, Language language) {}
