package sctb.release;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One run of the release's POSIX launcher as a separate process, with an environment built from nothing. */
record Launch(int exitCode, String out, String err) {

  /**
   * The programs the launcher uses, and nothing else (no Maven): a PATH made of links to them. Not
   * dirname, tr or cat: the launcher does their work with shell built-ins, since each program started
   * cost ~1 ms before Java starts (docs/performance.md, "Khởi động, vòng 10").
   */
  static final List<String> TOOLS = List.of("bash", "readlink", "grep", "head", "ls", "rm", "mktemp", "mv");

  /** A folder of links to {@link #TOOLS}, plus {@code java} when asked. */
  static Path tools(Path folder, boolean withJava) throws IOException {
    Files.createDirectories(folder);
    for (String tool : TOOLS) {
      link(folder, tool, which(tool));
    }
    if (withJava) {
      link(folder, "java", Path.of(System.getProperty("java.home"), "bin", "java"));
    }
    return folder;
  }

  private static void link(Path folder, String name, Path target) throws IOException {
    Path link = folder.resolve(name);
    if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      Files.createSymbolicLink(link, target);
    }
  }

  private static Path which(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
      Path candidate = Path.of(dir, tool);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(tool + " not found on PATH");
  }

  /** Runs {@code launcher args…} in {@code workdir} with exactly {@code env} (no LANG unless given). */
  static Launch run(Path workdir, Map<String, String> env, Path launcher, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(launcher.toString());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(workdir.toFile());
    pb.environment().clear();
    pb.environment().putAll(env);
    Path out = Files.createTempFile("sctb-launch", ".out");
    Path err = Files.createTempFile("sctb-launch", ".err");
    try {
      Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!p.waitFor(180, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("launcher did not finish: " + command);
      }
      return new Launch(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
