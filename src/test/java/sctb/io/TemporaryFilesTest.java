package sctb.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import sctb.cli.CliRun;

/**
 * No temporary file outlives a run: a run stopped by SIGINT (Ctrl-C) or SIGTERM (a CI timeout) while
 * it writes removes its own, and a later run removes those a run killed outright left behind — only
 * those: its own naming pattern, and old enough not to belong to a run writing now.
 */
class TemporaryFilesTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"TERM", "INT"})
  @Timeout(60)
  void aRunStoppedWhileWritingLeavesNoTemporaryFile(String signal) throws Exception {
    assumeTrue(Files.isDirectory(Path.of("/proc/self")), "POSIX signals");
    Path target = dir.resolve("bao-cao-sxtdbv-2024H1.json");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
        StuckWrite.class.getName(), target.toString()));
    if (signal.equals("INT") && interruptIgnored()) {
      // A run started as a background job (`setsid nohup … &`, a CI step) ignores SIGINT, and a child
      // inherits that: its JVM then never sees a Ctrl-C. Started through `env --default-signal=INT`
      // (coreutils 8.31+) it has the disposition a user's terminal gives it; without that, skip.
      assumeTrue(defaultSignalWorks(), "SIGINT is ignored in this process and `env --default-signal` is missing");
      command.addAll(0, List.of("env", "--default-signal=INT"));
    }
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    assertThat(out.readLine()).isEqualTo("writing");
    assertThat(temporaries()).hasSize(1);
    Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start();
    assertThat(kill.waitFor()).isZero();
    p.waitFor();
    assertThat(temporaries()).isEmpty();
    assertThat(target).doesNotExist();
  }

  /** Whether this process ignores SIGINT (bit 1 of SigIgn in /proc/self/status), as its children will. */
  private static boolean interruptIgnored() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return false;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("SigIgn:")) {
        return (Long.parseUnsignedLong(line.substring("SigIgn:".length()).strip(), 16) & (1L << 1)) != 0;
      }
    }
    return false;
  }

  /** Whether `env --default-signal` (coreutils 8.31+) is there to undo an inherited ignored SIGINT. */
  private static boolean defaultSignalWorks() {
    try {
      return new ProcessBuilder("env", "--default-signal=INT", "true").redirectErrorStream(true).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Test
  void aLaterRunRemovesTheStaleTemporariesOfWhatItWritesAndNothingElse() throws Exception {
    Path out = Files.createDirectories(dir.resolve("reports"));
    Instant old = Instant.now().minus(2, ChronoUnit.DAYS);
    Path stale = aged(out.resolve(".bao-cao-sxtdbv-2024H1.md.4417283749120.tmp"), old);
    Path staleHtml = aged(out.resolve(".bao-cao-sxtdbv-2024H1.html.88.tmp"), old);
    Path fresh = aged(out.resolve(".bao-cao-sxtdbv-2024H1.md.55.tmp"), Instant.now()); // a run writing now
    Path notOurs = aged(out.resolve(".bao-cao-sxtdbv-2024H1.md.backup.tmp"), old);
    Path otherFile = aged(out.resolve(".ghi-chu.md.12.tmp"), old);
    CliRun run = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2026-11-25"), "report", "--period", "2024H1", "--out-dir",
        out.toString(), "--quiet");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(stale).doesNotExist();
    assertThat(staleHtml).doesNotExist();
    assertThat(fresh).exists();
    assertThat(notOurs).exists();
    assertThat(otherFile).exists();
  }

  @Test
  void aReportIsWrittenToAnOwnerOnlyTemporaryNamedAsALaterRunRecognisesIt() throws Exception {
    Path target = dir.resolve("bao-cao-sxtdbv-2024H1.md");
    boolean posix = Files.getFileStore(dir).supportsFileAttributeView("posix");
    List<String> seen = new ArrayList<>();
    AtomicFiles.writeAllBodies(Map.of(target, out -> {
      try {
        for (Path temp : temporaries()) {
          String permissions = posix ? " " + PosixFilePermissions.toString(Files.getPosixFilePermissions(temp)) : "";
          seen.add(temp.getFileName() + permissions);
        }
      } catch (Exception e) {
        throw new IOException(e);
      }
      out.write('x');
    }));
    assertThat(seen).singleElement().asString()
        .matches("\\.bao-cao-sxtdbv-2024H1\\.md\\.[0-9]+\\.tmp" + (posix ? " rw-------" : ""));
    assertThat(temporaries()).isEmpty();
    assertThat(Files.readString(target)).isEqualTo("x");
  }

  private static Path aged(Path file, Instant time) throws Exception {
    Files.writeString(file, "half a report");
    Files.setLastModifiedTime(file, FileTime.from(time));
    return file;
  }

  private List<Path> temporaries() throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
    }
  }
}
