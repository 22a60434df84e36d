package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Concurrent writes by separate processes (run by failsafe after packaging, {@code mvn -Prelease verify}):
 * each run's report is whole, byte-identical to a single run's, and no temporary file is left.
 */
class ConcurrentProcessesIT {
  @TempDir Path dir;

  /** Two separate JVMs writing the same report at once, as two CI jobs would, through the jar this build packaged. */
  @Test
  void concurrentProcesses() throws Exception {
    Path jar = CliRun.REPO.resolve("target/sctb.jar");
    assertThat(jar).isRegularFile();
    Path single = dir.resolve("single");
    assertThat(HostileOutputTest.report("--format", "md,html,json", "--out-dir", single.toString()).exitCode()).isZero();
    Path shared = dir.resolve("shared");
    List<Process> processes = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      processes.add(new ProcessBuilder(HostileOutputTest.javaBin(), "-jar", jar.toString(), "--lang", "en", "report", "--period", "2024H1", "--plan",
          CliRun.PLAN.toString(), "--format", "md,html,json", "--out-dir", shared.toString())
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
    }
    for (Process p : processes) {
      assertThat(p.waitFor()).isZero();
    }
    for (String ext : new String[] {"md", "html", "json"}) {
      String name = "bao-cao-sxtdbv-2024H1." + ext;
      assertThat(Files.readAllBytes(shared.resolve(name))).as(name).isEqualTo(Files.readAllBytes(single.resolve(name)));
    }
    assertThat(HostileOutputTest.temporaries(shared)).isEmpty();
  }

}
