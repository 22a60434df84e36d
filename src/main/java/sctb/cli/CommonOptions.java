package sctb.cli;

import picocli.CommandLine.Option;

/** Options every subcommand takes. */
public final class CommonOptions {
  @Option(names = "--lang", paramLabel = "vi|en", descriptionKey = "common.lang")
  String lang;

  @Option(names = "--debug", descriptionKey = "common.debug")
  boolean debug;

  @Option(names = {"-q", "--quiet"}, descriptionKey = "common.quiet")
  boolean quiet;
}
