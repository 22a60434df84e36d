package sctb.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import sctb.core.text.Language;
import sctb.i18n.Messages;

/**
 * One run of sctb as a command sees it: the user's language and its sentences, the environment,
 * and whether {@code --debug} asked for technical details.
 */
public record Session(Language language, Messages messages, Map<String, String> env, boolean debug) {

  static Session of(Language language, Map<String, String> env, boolean debug) {
    return new Session(language, Messages.of(language), env, debug);
  }

  /** {@code SCTB_TODAY} (an ISO date, for tests and reruns) or the system clock's date. */
  LocalDate today() {
    String fixed = env.get("SCTB_TODAY");
    if (fixed == null || fixed.isBlank()) {
      return LocalDate.now();
    }
    try {
      return LocalDate.parse(fixed.strip());
    } catch (DateTimeParseException e) {
      throw new CliException(ExitCode.USAGE, messages.get("cli.bad-today", fixed));
    }
  }
}
