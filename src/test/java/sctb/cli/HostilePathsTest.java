package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths nobody should pass but someone will, for {@code validate} and {@code report}: the plan or a
 * submission that is a folder, a FIFO, a broken link, missing or 100 MB. Each ends with exit 3 and
 * the sentence naming the path — quickly, never hanging, never a stack trace.
 */
class HostilePathsTest {
  @TempDir Path dir;

  static CliRun validate(String... extra) {
    return CliRun.run(Stream.concat(Stream.of("--lang", "en", "validate"), Stream.of(extra)).toArray(String[]::new));
  }

  static CliRun report(String... extra) {
    return CliRun.run(Stream.concat(Stream.of("--lang", "en", "report", "--period", "2024H1", "--format", "json"),
        Stream.of(extra)).toArray(String[]::new));
  }

  /** Exit 3, the message, and nothing that looks like a crash. */
  static void fileError(CliRun run, String message) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
    assertThat(run.err()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
  }

  /** Exit 3 with the {@code unreadable} diagnostic (validate prints diagnostics on stdout). */
  static void unreadable(CliRun run, String message) {
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(3);
    assertThat(run.out()).contains(" (1 error(s), 0 warning(s))\n  error: ").contains(message).doesNotContain("Exception");
    assertThat(run.err()).doesNotContain("\tat ");
  }

  @Test
  void planThatIsAFolder() {
    fileError(validate("--plan", dir.toString()), "is a folder, not a file");
    fileError(report("--plan", dir.toString(), "-o", "-"), "is a folder, not a file");
  }

  @Test
  void planThatIsMissing() {
    String missing = dir.resolve("plan.yaml").toString();
    fileError(validate("--plan", missing), "not found");
    fileError(report("--plan", missing, "-o", "-"), "not found");
  }

  @Test
  void planThatIsABrokenSymlink() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("plan.yaml"), dir.resolve("gone.yaml"));
    fileError(validate("--plan", link.toString()), "symbolic link to a file that no longer exists");
    fileError(report("--plan", link.toString(), "-o", "-"), "symbolic link to a file that no longer exists");
  }

  /**
   * Unreadable, the way root meets it too: a FIFO nobody writes to. Reading it would block forever;
   * sctb refuses anything that is not a regular file before opening it.
   */
  @Test
  void planThatIsAFifoIsRefusedWithoutHanging() throws Exception {
    Path fifo = fifo(dir.resolve("plan.yaml"));
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      fileError(validate("--plan", fifo.toString()), "is not a regular file");
      fileError(report("--plan", fifo.toString(), "-o", "-"), "is not a regular file");
    });
  }

  @Test
  void submissionThatIsAFifoIsAnUnreadableDiagnostic() throws Exception {
    Path fifo = fifo(dir.resolve("SCT-nhiem-vu.csv"));
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      unreadable(validate("--plan", CliRun.PLAN.toString(), fifo.toString()), "is not a regular file");
    });
  }

  /** Without root, permissions are the real mechanism; root ignores them (the FIFO case covers root). */
  @Test
  void unreadableByPermissionWhenNotRoot() throws IOException {
    Path plan = Files.copy(CliRun.PLAN, dir.resolve("plan.yaml"));
    boolean changed = plan.toFile().setReadable(false, false);
    assumeTrue(changed && !Files.isReadable(plan), "running as root or on a file system without permissions");
    fileError(validate("--plan", plan.toString()), "No permission to read");
    fileError(report("--plan", plan.toString(), "-o", "-"), "No permission to read");
  }

  @Test
  void submissionReplacedByAFolder() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("SCT-nhiem-vu.csv"));
    unreadable(validate("--plan", CliRun.PLAN.toString(), folder.toString()), "contains no .csv or .xlsx file");
  }

  @Test
  void submissionThatIsABrokenSymlinkOrMissing() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("SCT-nhiem-vu.csv"), dir.resolve("gone.csv"));
    unreadable(validate("--plan", CliRun.PLAN.toString(), link.toString()),
        "symbolic link to a file that no longer exists");
    unreadable(validate("--plan", CliRun.PLAN.toString(), dir.resolve("STC-chi-so.csv").toString()), "not found");
  }

  @Test
  void reportDataFolderThatIsMissingABrokenLinkOrAFile() throws IOException {
    fileError(report("--data", dir.resolve("khong-co").toString(), "-o", "-"), "not found");
    Path link = Files.createSymbolicLink(dir.resolve("data"), dir.resolve("gone"));
    fileError(report("--data", link.toString(), "-o", "-"), "symbolic link to a file that no longer exists");
    Path empty = Files.createDirectories(dir.resolve("empty"));
    fileError(report("--data", empty.toString(), "-o", "-"), "contains no .csv or .xlsx file");
  }

  /** A 100 MB plan.yaml is refused from its size alone, before a byte of it is parsed. */
  @Test
  void hundredMegabytePlanIsRefusedQuickly() throws IOException {
    Path huge = dir.resolve("plan.yaml");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.write("plan:\n  title: x\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      file.setLength(100L * 1024 * 1024); // sparse: the size is what is checked
    }
    assertThat(Files.size(huge)).isEqualTo(100L * 1024 * 1024);
    long start = System.nanoTime();
    fileError(validate("--plan", huge.toString()), "too large to be a valid plan file");
    fileError(report("--plan", huge.toString(), "-o", "-"), "too large to be a valid plan file");
    assertThat((System.nanoTime() - start) / 1_000_000).as("ms for both").isLessThan(5_000);
  }

  @Test
  void vietnameseByDefault() {
    CliRun run = CliRun.run("validate", "--plan", dir.toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("là một thư mục, không phải tệp");
  }

  static Path fifo(Path path) throws IOException, InterruptedException {
    Process mk;
    try {
      mk = new ProcessBuilder(List.of("mkfifo", path.toString())).inheritIO().start();
    } catch (IOException e) {
      assumeTrue(false, "mkfifo not available (not a POSIX system)");
      throw e;
    }
    assumeTrue(mk.waitFor() == 0, "mkfifo failed");
    return path;
  }
}
