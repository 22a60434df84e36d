package sctb.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
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

  /** The file, else standard output: for a command that prints what it makes unless {@code -o} names a file. */
  Output fileOrStdout(Messages messages) {
    return output(messages, "cli.out.folder").orElse(Output.STDOUT);
  }

  /**
   * {@code -o} of a command that writes one document per format into a folder ({@code --out-dir},
   * {@code outDirGiven}): a usage error beside {@code --out-dir}, with more than one format, or when the
   * one format is binary ({@code binary}) and {@code -o -} would print it ({@code binaryKey}, the format as argument).
   */
  <F> Optional<Output> oneDocument(Messages messages, String folderKey, boolean outDirGiven, List<F> formats,
      Predicate<F> binary, String binaryKey) {
    Optional<Output> output = output(messages, folderKey);
    if (output.isPresent() && outDirGiven) {
      throw new UsageError(command.commandLine(), messages.get("report.out-and-out-dir"));
    }
    if (output.isPresent() && formats.size() != 1) {
      throw new UsageError(command.commandLine(), messages.get("report.o-single-format"));
    }
    if (output.orElse(null) instanceof Output.Stdout && binary.test(formats.get(0))) {
      throw new UsageError(command.commandLine(), messages.get(binaryKey, formats.get(0)));
    }
    return output;
  }
}
