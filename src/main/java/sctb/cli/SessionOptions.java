package sctb.cli;

import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import sctb.core.text.Language;

/** {@code --lang} and {@code --debug}: options of the whole run, declared once on the root and taken by every command. */
public final class SessionOptions {
  @Option(names = "--lang", paramLabel = "vi|en", descriptionKey = "common.lang", scope = ScopeType.INHERIT,
      completionCandidates = LanguageConverter.Codes.class)
  Language language;

  @Option(names = "--debug", descriptionKey = "common.debug", scope = ScopeType.INHERIT)
  boolean debug;

  /** {@code --lang}, else {@code SCTB_LANG}, else Vietnamese. */
  Language language(Map<String, String> env) {
    return language != null ? language : Language.parse(env.get("SCTB_LANG")).orElse(Language.VI);
  }

  /**
   * {@code --lang} read by picocli from a whole command line that failed to parse, ignoring every
   * other word, so that the error is said in the language asked for even when {@code --lang} comes
   * after the mistake; null when it is absent or not vi/en.
   */
  static Language languageAnywhere(String[] args) {
    LanguageOnly only = new LanguageOnly();
    CommandLine lenient = new CommandLine(only);
    lenient.setUnmatchedArgumentsAllowed(true);
    lenient.setOverwrittenOptionsAllowed(true);
    try {
      lenient.parseArgs(args);
      return only.language;
    } catch (ParameterException e) {
      return null;
    }
  }

  /** The one option {@link #languageAnywhere} looks for. */
  @Command
  static final class LanguageOnly {
    @Option(names = "--lang", converter = LanguageConverter.class)
    Language language;
  }
}
