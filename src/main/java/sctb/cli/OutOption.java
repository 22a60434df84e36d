package sctb.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import sctb.i18n.Messages;

/**
 * {@code -o/--out FILE}: the one file a command writes ({@code -} for standard output). Both names mean
 * the same in every command; a folder is refused with a pointer to what the command offers instead.
 */
public final class OutOption {
  @Spec(Spec.Target.MIXEE) CommandSpec command;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE|-", descriptionKey = "out")
  String out;

  /**
   * The file or standard output, empty when the option is absent. A folder (an existing one, or a
   * name ending in a slash) is a usage error worded by {@code folderKey} (e.g. "use --out-dir").
   */
  Optional<Output> output(Messages messages, String folderKey) {
    if (out == null) {
      return Optional.empty();
    }
    if (out.equals("-")) {
      return Optional.of(Output.STDOUT);
    }
    Path path;
    try {
      path = Path.of(out);
    } catch (InvalidPathException e) {
      throw new UsageError(command.commandLine(), messages.get("cli.out.bad-path", out));
    }
    if (out.endsWith("/") || out.endsWith("\\") || Files.isDirectory(path)) {
      throw new UsageError(command.commandLine(), messages.get(folderKey, out));
    }
    return Optional.of(new Output.File(path));
  }
}
