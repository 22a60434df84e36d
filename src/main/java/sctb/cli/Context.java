package sctb.cli;

import java.util.Map;
import sctb.core.text.Language;
import sctb.i18n.Messages;

/**
 * What every command needs from the session: the user's language, its messages, the environment,
 * and the plan if it is being read ahead ({@link PlanPrefetch}).
 */
public record Context(Language language, Messages messages, Map<String, String> env, PlanPrefetch planPrefetch) {
  public Context(Language language, Messages messages, Map<String, String> env) {
    this(language, messages, env, PlanPrefetch.NONE);
  }
}
