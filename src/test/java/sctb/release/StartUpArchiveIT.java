package sctb.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The POSIX launcher's start-up archive, run for real: on the default Java a class-data-sharing archive
 * ({@code lib/sctb.jsa}), on Java 25+ (found under /usr/lib/jvm, else skipped) the AOT cache
 * ({@code lib/sctb.aot}); recorded once by a silent training run, used by later runs, recorded again when
 * the jar or the JDK changed, never used or recorded by a large run, and a broken one never fails a run.
 */
class StartUpArchiveIT {
  @TempDir Path dir;

  @Test
  void defaultJavaRecordsTheClassDataArchiveOnceUsesItAndRecordsItAgainForANewJar() throws Exception {
    // Java 17 maps the archive but loads sctb's own classes from the jar when its path has a space or a
    // letter outside ASCII (docs/performance.md): the folder name here has neither.
    Release release = unpack(Optional.empty(), "sctb-release");
    archiveLifeCycle(release, release.home.resolve("lib/sctb.jsa"), "source: shared objects file (top)");
  }

  @Test
  void java25RecordsTheAheadOfTimeCacheOnceUsesItAndRecordsItAgainForANewJar() throws Exception {
    Release release = unpack(Optional.of(java25()), "sctb bản phát hành");
    archiveLifeCycle(release, release.home.resolve("lib/sctb.aot"), "source: shared objects file");
    assertThat(release.home.resolve("lib/sctb.jsa")).doesNotExist();
  }

  @Test
  void java25RecordsTheCacheAgainForAnotherJdkAndABrokenCacheNeverFailsARun() throws Exception {
    Release release = unpack(Optional.of(java25()), "sctb bản phát hành");
    Path cache = release.home.resolve("lib/sctb.aot");
    assertThat(release.run("--version").err()).isEmpty();
    FileTime recorded = Files.getLastModifiedTime(cache);

    // another JDK (an update, another install): the stamp beside the cache no longer matches it
    Path stamp = release.home.resolve("lib/sctb.aot.for");
    Files.writeString(stamp, Files.readString(stamp) + "another JDK\n");
    Files.setLastModifiedTime(cache, FileTime.fromMillis(recorded.toMillis() - 5_000));
    assertThat(release.run("--version").err()).isEmpty();
    assertThat(Files.getLastModifiedTime(cache)).as("recorded again").isGreaterThan(recorded);

    // a cache the JVM cannot map (truncated, or recorded for other JVM options) with a matching stamp
    Files.write(cache, new byte[] {1, 2, 3});
    Launch broken = release.run("--version");
    assertThat(broken.exitCode()).isZero();
    assertThat(broken.err()).as("silent").isEmpty();
    assertThat(broken.out()).startsWith("sctb ");
  }

  @Test
  void aLargeRunNeitherRecordsNorUsesTheArchive() throws Exception {
    Release release = unpack(Optional.empty(), "sctb-release");
    Launch large = release.run(Map.of("SCTB_JAVA_OPTS", "-Xmx256m"), "--version");
    assertThat(large.exitCode()).as(large.err()).isZero();
    assertThat(large.err()).isEmpty();
    assertThat(release.home.resolve("lib/sctb.jsa")).doesNotExist();
  }

  private void archiveLifeCycle(Release release, Path archive, String loadedFromArchive) throws Exception {
    Launch first = release.run("report", "--period", "2024H1");
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.err()).as("no output of the training run or the JVM").isEmpty();
    assertThat(first.out()).isEqualTo(release.run(Map.of("SCTB_JAVA_OPTS", "-Xmx256m"), "report", "--period", "2024H1").out());
    assertThat(archive).isNotEmptyFile();
    assertThat(archive.resolveSibling(archive.getFileName() + ".for")).isNotEmptyFile();
    try (Stream<Path> lib = Files.list(archive.getParent())) {
      assertThat(lib.map(p -> p.getFileName().toString())).as("no recording left behind")
          .allMatch(name -> name.equals("sctb.jar") || name.equals("jvm.options") || name.startsWith(archive.getFileName().toString()))
          .noneMatch(name -> name.matches(".*\\.(jsa|aot)\\.\\d+.*"));
    }
    FileTime recorded = Files.getLastModifiedTime(archive);

    Path classes = dir.resolve("classes.log");
    Launch later = release.run(Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + classes), "--version");
    assertThat(later.exitCode()).isZero();
    assertThat(Files.readString(classes, StandardCharsets.UTF_8)).as("sctb's classes come from the archive")
        .containsPattern("sctb\\.cli\\.SctbCommand " + java.util.regex.Pattern.quote(loadedFromArchive));
    assertThat(Files.getLastModifiedTime(archive)).as("not recorded again").isEqualTo(recorded);

    Path jar = release.home.resolve("lib/sctb.jar");
    Files.setLastModifiedTime(jar, FileTime.fromMillis(recorded.toMillis() + 5_000));
    Launch newJar = release.run("--version");
    assertThat(newJar.err()).isEmpty();
    assertThat(Files.getLastModifiedTime(archive)).as("recorded again for the new jar").isGreaterThan(recorded);
  }

  /** The first Java 25 or later under /usr/lib/jvm (CI runs on the same kind of machine). */
  private static Path java25() throws IOException {
    Path jvms = Path.of("/usr/lib/jvm");
    Optional<Path> found = Optional.empty();
    if (Files.isDirectory(jvms)) {
      try (Stream<Path> homes = Files.list(jvms)) {
        found = homes.filter(h -> Files.isExecutable(h.resolve("bin/java")) && feature(h) >= 25)
            .sorted(Comparator.naturalOrder()).findFirst();
      }
    }
    assumeThat(found).as("no Java 25 or later under /usr/lib/jvm: its AOT cache is not tested here").isPresent();
    return found.get();
  }

  private static int feature(Path javaHome) {
    try {
      for (String line : Files.readAllLines(javaHome.resolve("release"), StandardCharsets.UTF_8)) {
        if (line.startsWith("JAVA_VERSION=\"")) {
          return Integer.parseInt(line.substring(14).split("[.\"]")[0]);
        }
      }
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
    return 0;
  }

  private Release unpack(Optional<Path> javaHome, String folder) throws IOException {
    Path home = ReleaseZip.unpack(dir.resolve(folder));
    return new Release(home, Launch.tools(dir.resolve("tools"), true), javaHome);
  }

  /** An unpacked release run with a bare environment, through JAVA_HOME when one is given. */
  private record Release(Path home, Path tools, Optional<Path> javaHome) {
    Launch run(String... args) throws IOException, InterruptedException {
      return run(Map.of(), args);
    }

    Launch run(Map<String, String> more, String... args) throws IOException, InterruptedException {
      Map<String, String> env = new HashMap<>(more);
      env.put("PATH", tools.toString());
      env.put("HOME", home.getParent().toString());
      env.put("SCTB_TODAY", "2026-11-25");
      javaHome.ifPresent(h -> env.put("JAVA_HOME", h.toString()));
      return Launch.run(home, env, home.resolve("sctb"), args);
    }
  }
}
