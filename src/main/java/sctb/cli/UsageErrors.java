package sctb.cli;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sctb.i18n.Messages;

/** Picocli's English parse errors said in the user's language (the common three; anything else as picocli wrote it). */
final class UsageErrors {
  private record Rule(Pattern pattern, String key) {}

  // Picocli 4 wording; the captured groups (option names, values) are passed on unchanged.
  private static final List<Rule> RULES = List.of(
      new Rule(Pattern.compile("Missing required options?: (.+)", Pattern.DOTALL), "cli.picocli.missing-option"),
      new Rule(Pattern.compile("Missing required parameters?: (.+)", Pattern.DOTALL), "cli.picocli.missing-parameter"),
      new Rule(Pattern.compile("Unknown options?: (.+)", Pattern.DOTALL), "cli.picocli.unknown-option"),
      new Rule(Pattern.compile("Invalid value for option (\\S+): expected one of \\[(.+)\\] \\(case-insensitive\\) but was (.+)",
          Pattern.DOTALL), "cli.picocli.invalid-choice"));

  private UsageErrors() {}

  static String localize(String message, Messages messages) {
    if (message == null) {
      return "";
    }
    for (Rule rule : RULES) {
      Matcher m = rule.pattern().matcher(message);
      if (m.matches()) {
        Object[] groups = new Object[m.groupCount()];
        for (int i = 0; i < groups.length; i++) {
          groups[i] = m.group(i + 1);
        }
        return messages.get(rule.key(), groups);
      }
    }
    return message;
  }
}
