package sctb.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What sctb writes does not depend on the platform it runs on: the released jar run as on a Vietnamese
 * Windows PC (CRLF line separator, windows-1258 default charset, vi-VN locale) writes the same bytes as
 * on Linux, for every report format, the template and the JUnit file.
 */
class PlatformIndependenceIT {
  @TempDir Path dir;

  @Test
  void windowsDefaultsChangeNoOutputByte() throws Exception {
    Path jar = dir.resolve("sctb.jar");
    Files.write(jar, ReleaseZip.read(ReleaseZip.root() + "lib/sctb.jar"));
    Map<String, String> linux = outputs(jar, dir.resolve("linux"), List.of());
    Map<String, String> windows = outputs(jar, dir.resolve("windows"),
        List.of("-Dline.separator=\r\n", "-Dfile.encoding=windows-1258", "-Duser.language=vi", "-Duser.country=VN"));
    assertThat(linux.keySet()).contains("report/bao-cao-sxtdbv-2024H1.md", "report/bao-cao-sxtdbv-2024H1.docx",
        "report/bao-cao-sxtdbv-2024H1.pdf", "SCT.csv", "SCT.xlsx", "junit.xml");
    assertThat(windows).as("SHA-256 of each file").isEqualTo(linux);
  }

  /** Each file written (its SHA-256) by the same command lines run in {@code out}, with {@code jvm} options. */
  private static Map<String, String> outputs(Path jar, Path out, List<String> jvm) throws Exception {
    Files.createDirectories(out);
    String plan = Path.of("plan.yaml").toAbsolutePath().toString();
    String samples = Path.of("samples").toAbsolutePath().toString();
    run(out, jar, jvm, "report", "--plan", plan, "--period", "2024H1", "--format", "md,html,json,docx,pdf",
        "--date", "15/07/2024", "--out-dir", "report");
    run(out, jar, jvm, "template", "--plan", plan, "--agency", "SCT", "--period", "2025H2", "-o", "SCT.csv");
    run(out, jar, jvm, "template", "--plan", plan, "--agency", "SCT", "--period", "2025H2", "--format", "xlsx", "-o", "SCT.xlsx");
    run(out, jar, jvm, "validate", "--plan", plan, samples, "--format", "junit", "-o", "junit.xml");
    Map<String, String> files = new TreeMap<>();
    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(out.relativize(p).toString(), HexFormat.of().formatHex(sha256.digest(Files.readAllBytes(p))));
      }
    }
    return files;
  }

  private static void run(Path workdir, Path jar, List<String> jvm, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvm);
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(workdir.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("SCTB_TODAY", "2026-11-25");
    Process p = pb.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(String.join(" ", command)).isZero();
  }
}
