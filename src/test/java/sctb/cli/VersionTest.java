package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** `sctb --version` names the version of pom.xml and the commit the build came from. */
class VersionTest {
  @Test
  void versionAndCommitOfThisBuild() throws IOException, InterruptedException {
    String pom = Files.readString(CliRun.REPO.resolve("pom.xml"), StandardCharsets.UTF_8);
    Matcher version = Pattern.compile("<artifactId>sctb</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
    assertThat(version.find()).isTrue();

    CliRun run = CliRun.run("--version");
    assertThat(run.exitCode()).isZero();
    String first = run.out().lines().findFirst().orElseThrow();
    Matcher line = Pattern.compile("sctb (\\S+) \\(commit ([0-9a-f]{10}|unknown)(-dirty)?\\)").matcher(first);
    assertThat(line.matches()).as(first).isTrue();
    assertThat(line.group(1)).isEqualTo(version.group(1));
    assertThat(run.out()).contains("Java " + System.getProperty("java.version"));

    String head = git("rev-parse", "--short=10", "HEAD");
    if (head != null) {
      assertThat(line.group(2)).as("the commit checked out when Maven built the classes").isEqualTo(head);
    }
  }

  /** git's answer, or null without git or outside a clone. */
  private static String git(String... args) throws InterruptedException {
    try {
      String[] command = new String[args.length + 1];
      command[0] = "git";
      System.arraycopy(args, 0, command, 1, args.length);
      Process git = new ProcessBuilder(command).directory(CliRun.REPO.toFile()).redirectErrorStream(true).start();
      String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      return git.waitFor() == 0 ? out : null;
    } catch (IOException e) {
      return null;
    }
  }
}
