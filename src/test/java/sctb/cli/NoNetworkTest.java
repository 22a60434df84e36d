package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.Permission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sctb never opens a network connection: every command runs under a security manager that refuses
 * (and records) any connect or host lookup — the JSON Schema's {@code $schema} URL included.
 */
class NoNetworkTest {
  /** Refuses sockets and name lookups; allows everything else. */
  @SuppressWarnings("removal")
  static final class NoSockets extends SecurityManager {
    final List<String> attempts = new ArrayList<>();

    @Override
    public void checkConnect(String host, int port) {
      attempts.add(host + ":" + port);
      throw new SecurityException("network access: " + host + ":" + port);
    }

    @Override
    public void checkConnect(String host, int port, Object context) {
      checkConnect(host, port);
    }

    @Override
    public void checkPermission(Permission perm) {
      if (perm instanceof java.net.SocketPermission) {
        attempts.add(perm.getName());
        throw new SecurityException("network access: " + perm.getName());
      }
    }

    @Override
    public void checkPermission(Permission perm, Object context) {
      checkPermission(perm);
    }
  }

  @Test
  @SuppressWarnings("removal")
  void noCommandTouchesTheNetwork(@TempDir Path dir) {
    NoSockets guard = new NoSockets();
    SecurityManager before = System.getSecurityManager();
    List<CliRun> runs = new ArrayList<>();
    try {
      System.setSecurityManager(guard);
    } catch (UnsupportedOperationException e) {
      org.junit.jupiter.api.Assumptions.assumeTrue(false, "this JVM forbids security managers");
    }
    try {
      // The guard works: a socket opened here is refused and recorded.
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> new java.net.Socket("127.0.0.1", 9).close())
          .isInstanceOf(SecurityException.class);
      Map<String, String> today = Map.of("SCTB_TODAY", "2026-11-25");
      runs.add(CliRun.runWithEnv(today, "plan", "--check"));
      runs.add(CliRun.runWithEnv(today, "validate", "samples/2024H1"));
      runs.add(CliRun.runWithEnv(today, "report", "--period", "2024H1", "--format", "md,html,json", "--out-dir", dir.toString()));
      runs.add(CliRun.runWithEnv(today, "template", "--agency", "SCT", "--period", "2025H2", "--kind", "indicators"));
      runs.add(CliRun.runWithEnv(today, "explain", "--period", "2024H1", "--indicator", "consumption-reduction",
          "--sector", "textile"));
      runs.add(CliRun.runWithEnv(today, "site", "--until", "2022H1", "--out-dir", dir.resolve("site").toString()));
    } finally {
      System.setSecurityManager(before);
    }
    assertThat(guard.attempts).as("network attempts (only the guard's own check)").containsExactly("127.0.0.1:9");
    assertThat(runs).allSatisfy(r -> assertThat(r.exitCode()).as(r.err()).isZero());
  }
}
