package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where outputs cannot go: a folder that cannot be created, a full disk, a device; and two runs
 * writing the same report at once. Failures exit 3 with the write message, leave the previous report
 * as it was and no temporary file anywhere; concurrent runs each leave a whole file.
 */
class HostileOutputTest {
  static final String WRITE = "Could not write";
  static final String[] REPORT = {"--lang", "en", "report", "--period", "2024H1", "--plan", CliRun.PLAN.toString()};

  @TempDir Path dir;

  static CliRun run(String[] base, String... extra) {
    return CliRun.run(Stream.concat(Stream.of(base), Stream.of(extra)).toArray(String[]::new));
  }

  static CliRun report(String... extra) {
    return run(REPORT, extra);
  }

  static CliRun validate(String... extra) {
    return run(new String[] {"--lang", "en", "validate", "--plan", CliRun.PLAN.toString(), "samples/2024H1"}, extra);
  }

  static CliRun template(String... extra) {
    return run(new String[] {"--lang", "en", "template", "--plan", CliRun.PLAN.toString(), "--agency", "SCT",
        "--period", "2024H1"}, extra);
  }

  static void writeError(CliRun run) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
    assertThat(run.err()).contains(WRITE).doesNotContain("Exception").doesNotContain("\tat ");
  }

  static List<String> temporaries(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
    }
  }

  /** As root no folder is read-only; a folder that would have to be created under a regular file fails the same way. */
  @Test
  void outputFolderUnderARegularFile() throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    writeError(report("--out-dir", file.resolve("sub").toString()));
    writeError(report("--format", "json", "-o", file.resolve("r.json").toString()));
    writeError(validate("--format", "junit", "-o", file.resolve("sctb-junit.xml").toString()));
    writeError(template("-o", file.resolve("SCT.csv").toString()));
    assertThat(Files.readString(file)).isEqualTo("x");
    assertThat(temporaries(dir)).isEmpty();
  }

  /** /proc refuses new files even to root: the read-only folder that is always there on Linux. */
  @Test
  void readOnlyFolder() throws IOException {
    assumeTrue(Files.isDirectory(Path.of("/proc/self")), "Linux /proc");
    writeError(report("--out-dir", "/proc/sctb-test"));
    writeError(report("--format", "json", "-o", "/proc/sctb-test.json"));
    writeError(validate("--format", "junit", "-o", "/proc/sctb-junit.xml"));
    assertThat(Files.exists(Path.of("/proc/sctb-test"))).isFalse();
  }

  /** /dev/full fails every write with ENOSPC; it must stay the device (run as root a rename would replace it). */
  @Test
  void fullDiskDevice() throws IOException {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.exists(full) && !Files.isRegularFile(full), "Linux /dev/full");
    writeError(report("--format", "json", "-o", "/dev/full"));
    writeError(report("--format", "html", "-o", "/dev/full"));
    writeError(validate("--format", "junit", "-o", "/dev/full"));
    writeError(template("-o", "/dev/full"));
    assertThat(Files.isRegularFile(full)).as("/dev/full is still a device").isFalse();
    assertThat(temporaries(Path.of("/dev"))).isEmpty();
  }

  /** Writing to /dev/null (a common CI idiom) succeeds and leaves the device in place. */
  @Test
  void devNullStaysADevice() {
    Path devNull = Path.of("/dev/null");
    assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull), "POSIX /dev/null");
    assertThat(report("--format", "json", "-o", "/dev/null").exitCode()).isZero();
    assertThat(validate("--format", "junit", "-o", "/dev/null").exitCode()).isZero();
    assertThat(Files.isRegularFile(devNull)).isFalse();
  }

  /**
   * A real full disk: a 1 MiB tmpfs filled up after a previous report was written. Needs root and
   * mount(8) (true in the project's container, not on hosted CI runners, where it is skipped).
   */
  @Test
  void fullDiskKeepsThePreviousReport() throws Exception {
    Path mount = Files.createDirectories(dir.resolve("tmpfs"));
    assumeTrue(exec("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mount.toString()) == 0, "cannot mount a tmpfs (not root)");
    try {
      String[] names = {"bao-cao-sxtdbv-2024H1.md", "bao-cao-sxtdbv-2024H1.html", "bao-cao-sxtdbv-2024H1.json"};
      for (String name : names) {
        Files.writeString(mount.resolve(name), "OLD " + name);
      }
      try (OutputStream filler = Files.newOutputStream(mount.resolve("filler"))) {
        byte[] block = new byte[4096];
        while (true) {
          filler.write(block);
        }
      } catch (IOException expected) {
        // the disk is full now
      }
      writeError(report("--format", "md,html,json", "--out-dir", mount.toString()));
      for (String name : names) {
        assertThat(Files.readString(mount.resolve(name))).isEqualTo("OLD " + name);
      }
      assertThat(temporaries(mount)).isEmpty();
    } finally {
      exec("umount", mount.toString());
    }
  }

  /** Eight runs writing the same three reports and the same JUnit file at once: all succeed, every file whole. */
  @Test
  void concurrentRunsEachLeaveAWholeFile() throws Exception {
    Path single = dir.resolve("single");
    assertThat(report("--format", "md,html,json", "--out-dir", single.toString()).exitCode()).isZero();
    assertThat(validate("--format", "junit", "-o", single.resolve("junit.xml").toString()).exitCode()).isZero();
    Path shared = dir.resolve("shared");
    int runs = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(runs);
    try {
      List<Future<CliRun>> done = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        Callable<CliRun> job = i % 2 == 0
            ? () -> { start.await(); return report("--format", "md,html,json", "--out-dir", shared.toString()); }
            : () -> { start.await(); return validate("--format", "junit", "-o", shared.resolve("junit.xml").toString()); };
        done.add(pool.submit(job));
      }
      start.countDown();
      for (Future<CliRun> f : done) {
        CliRun run = f.get();
        assertThat(run.exitCode()).as(run.err()).isZero();
      }
    } finally {
      pool.shutdownNow();
    }
    for (String name : new String[] {"bao-cao-sxtdbv-2024H1.md", "bao-cao-sxtdbv-2024H1.html",
        "bao-cao-sxtdbv-2024H1.json", "junit.xml"}) {
      assertThat(Files.readAllBytes(shared.resolve(name))).as(name).isEqualTo(Files.readAllBytes(single.resolve(name)));
    }
    assertThat(temporaries(shared)).isEmpty();
  }

  static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static int exec(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return p.waitFor();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }
}
