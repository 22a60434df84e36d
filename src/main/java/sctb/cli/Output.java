package sctb.cli;

import java.nio.file.Path;

/** Where {@code -o/--out} sends what a command makes: one file, or standard output ({@code -o -}). */
sealed interface Output {
  /** {@code -o -}. */
  record Stdout() implements Output {}

  /** {@code -o FILE}. */
  record File(Path path) implements Output {}

  Output STDOUT = new Stdout();
}
