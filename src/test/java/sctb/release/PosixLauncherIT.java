package sctb.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release unpacked into a folder whose path has spaces and Vietnamese letters, run through its POSIX
 * launcher as a user would: no Maven on PATH, no locale set, Java found through JAVA_HOME or PATH, a
 * clear bilingual message and exit 4 without a usable Java, sctb's exit codes passed through, the JVM
 * options of lib/jvm.options (the one place for them) applied, and arguments handed over intact.
 */
class PosixLauncherIT {
  @TempDir static Path dir;
  static Path home;
  static Path launcher;
  static Path tools;

  @BeforeAll
  static void unpack() throws IOException {
    home = ReleaseZip.unpack(dir.resolve("Phần mềm của Sở").resolve("sctb bản phát hành"));
    launcher = home.resolve("sctb");
    tools = Launch.tools(dir.resolve("tools"), true);
  }

  /** A bare environment: only PATH (and what is given), the fixed "today" the samples were made for. */
  static Map<String, String> env(Path path, String... more) {
    Map<String, String> env = new HashMap<>();
    env.put("PATH", path.toString());
    env.put("HOME", dir.toString());
    env.put("SCTB_TODAY", "2026-11-25");
    for (int i = 0; i < more.length; i += 2) {
      env.put(more[i], more[i + 1]);
    }
    return env;
  }

  @Test
  void reportAndValidateRunWithoutMavenInAPathWithSpacesAndDiacritics() throws Exception {
    assertThat(home.toString()).contains(" ").contains("ầ");
    assertThat(tools.resolve("mvn")).doesNotExist();
    Launch report = Launch.run(home, env(tools), launcher, "report", "--period", "2024H1");
    assertThat(report.exitCode()).as(report.err()).isZero();
    assertThat(home.resolve("reports/2024H1/bao-cao-sxtdbv-2024H1.md")).isNotEmptyFile();
    assertThat(home.resolve("reports/2024H1/bao-cao-sxtdbv-2024H1.html")).isNotEmptyFile();
    assertThat(home.resolve("lib/sctb.jsa")).as("class-data archive recorded on first use").isNotEmptyFile();

    Launch validate = Launch.run(home, env(tools), launcher, "validate", "samples");
    // samples/2026H2, the half-year being collected, holds deliberate errors (samples/README.md)
    assertThat(validate.exitCode()).as(validate.err()).isEqualTo(1);
    assertThat(validate.out()).contains("5 lỗi, 10 cảnh báo");

    Launch version = Launch.run(home, env(tools), launcher, "--version");
    assertThat(version.out()).startsWith("sctb " + ReleaseZip.version() + " (commit ");
  }

  @Test
  void exitCodesArePassedThrough() throws Exception {
    Path data = dir.resolve("dữ liệu lỗi").resolve("2025H2");
    Files.createDirectories(data);
    Files.copy(Path.of("examples/invalid/bad-number.csv"), data.resolve("bad-number.csv"));
    Launch invalid = Launch.run(home, env(tools), launcher, "validate", data.getParent().toString());
    assertThat(invalid.exitCode()).as(invalid.out() + invalid.err()).isEqualTo(1);
    Launch usage = Launch.run(home, env(tools), launcher, "report", "--no-such-option");
    assertThat(usage.exitCode()).isEqualTo(2);
  }

  @Test
  void javaHomeWithoutJavaFallsBackToPathAndSaysSo() throws Exception {
    Launch run = Launch.run(home, env(tools, "JAVA_HOME", dir.resolve("không có java").toString()), launcher, "--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("JAVA_HOME").contains("không có bin/java").contains("has no bin/java");
  }

  @Test
  void noJavaIsExplainedInVietnameseAndEnglish() throws Exception {
    Path noJava = Launch.tools(dir.resolve("tools without java"), false);
    Launch run = Launch.run(home, env(noJava), launcher, "report", "--period", "2024H1");
    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.err()).contains("không tìm thấy Java").contains("Java 17").contains("Java was not found");
  }

  @Test
  void tooOldJavaIsRefusedWhetherItsVersionComesFromTheReleaseFileOrFromJavaVersion() throws Exception {
    Path java8 = fakeJdk("jdk 8", "1.8.0_392", true, "");
    Launch run = Launch.run(home, env(tools, "JAVA_HOME", java8.toString()), launcher, "validate", "samples");
    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.err()).contains("cần Java 17 trở lên").contains("1.8.0_392").contains("needs Java 17 or later");

    Path java11 = fakeJdk("jdk 11", "11.0.2", false, "");
    Launch eleven = Launch.run(home, env(tools, "JAVA_HOME", java11.toString()), launcher, "validate", "samples");
    assertThat(eleven.exitCode()).isEqualTo(4);
    assertThat(eleven.err()).contains("11.0.2");
  }

  @Test
  void jvmOptionsComeFromTheOneFileAndArgumentsArriveIntact() throws Exception {
    Path echo = fakeJdk("jdk 17 echo", "17.0.9", true, "printf 'MALLOC_ARENA_MAX=%s\\n' \"$MALLOC_ARENA_MAX\"; printf '%s\\n' \"$@\"");
    Map<String, List<String>> groups = groups();
    assertThat(groups).containsKeys("quick", "large", "gc");

    String[] args = {"validate", "Báo cáo có dấu cách/SCT.csv", "a\"b", "$HOME", "*"};
    List<String> plain = lines(Launch.run(home, env(tools, "JAVA_HOME", echo.toString()), launcher, args));
    assertThat(plain).containsAll(groups.get("quick")).containsAll(groups.get("gc"))
        .doesNotContainAnyElementsOf(groups.get("large"))
        .contains("MALLOC_ARENA_MAX=2");
    assertThat(plain.subList(plain.indexOf("-cp"), plain.size())).as("the jar opened once: on the class path, not -jar")
        .containsExactly("-cp", home.resolve("lib/sctb.jar").toString(), "sctb.Main", args[0], args[1], args[2], args[3], args[4]);

    List<String> bigger = lines(Launch.run(home, env(tools, "JAVA_HOME", echo.toString(), "SCTB_JAVA_OPTS", "-Xmx1g"),
        launcher, "plan"));
    assertThat(bigger).contains("-Xmx1g").containsAll(groups.get("gc")).containsAll(groups.get("large"))
        .doesNotContainAnyElementsOf(groups.get("quick"));

    List<String> g1 = lines(Launch.run(home, env(tools, "JAVA_HOME", echo.toString(), "SCTB_JAVA_OPTS", "-XX:+UseG1GC",
        "MALLOC_ARENA_MAX", "4"), launcher, "plan"));
    assertThat(g1).contains("-XX:+UseG1GC", "MALLOC_ARENA_MAX=4").doesNotContainAnyElementsOf(groups.get("gc"));
  }

  @Test
  void jvmOptionsSavedWithWindowsLineEndsGiveTheSameCommandLine() throws Exception {
    Path echo = fakeJdk("jdk 17 line ends", "17.0.9", true, "printf '%s\\n' \"$@\"");
    Path copy = Files.createDirectories(dir.resolve("bản sao CRLF").resolve("lib"));
    Files.copy(launcher, copy.resolveSibling("sctb"), StandardCopyOption.COPY_ATTRIBUTES);
    String options = Files.readString(home.resolve("lib/jvm.options"), StandardCharsets.UTF_8);
    Files.writeString(copy.resolve("jvm.options"), options.replace("\n", "\r\n"), StandardCharsets.UTF_8);
    String jar = home.resolve("lib/sctb.jar").toString();
    List<String> lf = lines(Launch.run(home, env(tools, "JAVA_HOME", echo.toString(), "SCTB_JAR", jar), launcher, "plan"));
    List<String> crlf = lines(Launch.run(home, env(tools, "JAVA_HOME", echo.toString(), "SCTB_JAR", jar),
        copy.resolveSibling("sctb"), "plan"));
    assertThat(crlf).isEqualTo(lf).containsAll(groups().get("quick"));
  }

  @Test
  void aJarWhosePathHoldsTheClassPathSeparatorIsRefusedWithAClearMessage() throws Exception {
    // The real JVM fails there with -cp and -jar alike ("Could not find or load main class sctb.Main").
    Path echo = fakeJdk("jdk 17 colon", "17.0.9", true, "echo JVM STARTED");
    Path colon = Files.createDirectories(dir.resolve("bản: sao"));
    Path jar = Files.createSymbolicLink(colon.resolve("sctb.jar"), home.resolve("lib/sctb.jar"));
    Launch run = Launch.run(home, env(tools, "JAVA_HOME", echo.toString(), "SCTB_JAR", jar.toString()), launcher, "plan");
    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.out()).doesNotContain("JVM STARTED");
    assertThat(run.err()).contains("có dấu “:”").contains(jar.toString()).contains("move the sctb folder elsewhere");
  }

  @Test
  void anOptionForALaterJavaReachesOnlyThatJava() throws Exception {
    Map<String, List<String>> later = laterJavaOptions();
    assertThat(later).as("lib/jvm.options names options that need Java 25").containsKey("25");
    List<String> on17 = largeRunOn("17.0.9", true);
    List<String> on25 = largeRunOn("25.0.1", false);
    assertThat(on17).doesNotContainAnyElementsOf(later.get("25")).containsAll(groups().get("large"));
    assertThat(on25).containsAll(later.get("25")).containsAll(groups().get("large"));
  }

  @Test
  void anOptionAnLtsLineGainedInAnUpdateReachesThatUpdateAndLaterOnly() throws Exception {
    List<String> trim = laterJavaOptions().get("17.0.12,21.0.4,23");
    assertThat(trim).as("lib/jvm.options: the native heap trimmed from 17.0.12, 21.0.4 and 23")
        .contains("-XX:TrimNativeHeapInterval=1000");
    for (String version : List.of("17.0.9", "17.0.11", "20.0.2", "21", "21.0.3", "22.0.2")) {
      assertThat(largeRunOn(version, true)).as(version).doesNotContainAnyElementsOf(trim);
    }
    for (String version : List.of("17.0.12", "17.0.15", "21.0.4", "23", "25.0.1")) {
      assertThat(largeRunOn(version, true)).as(version).containsAll(trim).containsAll(groups().get("large"));
    }
    // without a release file the version comes from `java -version`
    assertThat(largeRunOn("17.0.13", false)).containsAll(trim);
    assertThat(largeRunOn("17.0.10", false)).doesNotContainAnyElementsOf(trim);
  }

  /** The JVM options a large run (SCTB_JAVA_OPTS set) gets from the launcher on a fake JDK of {@code version}. */
  private static List<String> largeRunOn(String version, boolean releaseFile) throws Exception {
    String print = "printf '%s\\n' \"$@\"";
    Path jdk = fakeJdk("jdk " + version + (releaseFile ? " release" : " version"), version, releaseFile, print);
    return lines(Launch.run(home, env(tools, "JAVA_HOME", jdk.toString(), "SCTB_JAVA_OPTS", "-Xmx256m"), launcher, "plan"));
  }

  /** lib/jvm.options: the Java versions named in a line's third word → the options of those lines. */
  static Map<String, List<String>> laterJavaOptions() throws IOException {
    Map<String, List<String>> later = new HashMap<>();
    for (String line : Files.readAllLines(home.resolve("lib/jvm.options"), StandardCharsets.UTF_8)) {
      String[] words = line.strip().split("\\s+");
      if (words.length >= 3 && !words[0].startsWith("#")) {
        assertThat(words[2]).as(line).matches("[0-9]{2}(\\.[0-9]+\\.[0-9]+)?(,[0-9]{2}(\\.[0-9]+\\.[0-9]+)?)*");
        later.computeIfAbsent(words[2], v -> new ArrayList<>()).add(words[1]);
      }
    }
    return later;
  }

  /** lib/jvm.options: group → its values for every Java (lines without a third word), in order. */
  static Map<String, List<String>> groups() throws IOException {
    Map<String, List<String>> groups = new HashMap<>();
    for (String line : Files.readAllLines(home.resolve("lib/jvm.options"), StandardCharsets.UTF_8)) {
      String[] words = line.strip().split("\\s+");
      if (words.length >= 2 && !words[0].startsWith("#")) {
        assertThat(words[0]).as(line).isIn("always", "quick", "large", "gc", "env");
      }
      if (words.length == 2 && !words[0].startsWith("#")) {
        groups.computeIfAbsent(words[0], g -> new ArrayList<>()).add(words[1]);
      }
    }
    return groups;
  }

  private static List<String> lines(Launch run) {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run.out().lines().toList();
  }

  /** A JDK folder whose bin/java prints a version like a real one for -version and otherwise runs {@code body}. */
  private static Path fakeJdk(String name, String version, boolean releaseFile, String body) throws IOException {
    Path jdk = dir.resolve("fake jdks").resolve(name);
    Files.createDirectories(jdk.resolve("bin"));
    if (releaseFile) {
      Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
    }
    Path java = jdk.resolve("bin/java");
    Files.writeString(java, "#!/bin/sh\n"
        + "if [ \"$1\" = -version ]; then echo 'openjdk version \"" + version + "\" 2024-01-16' >&2; exit 0; fi\n"
        + body + "\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    return jdk;
  }
}
