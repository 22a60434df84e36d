package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan-ok cache skips the JSON Schema only for bytes that already passed it; the plan still loads. */
class PlanSchemaCacheTest {
  @TempDir Path dir;

  private Map<String, String> env() {
    return Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString());
  }

  @Test
  void aCachedPlanStillLoadsAndIsCheckedByThePlanRules() throws IOException {
    CliRun first = CliRun.runWithEnv(env(), "--lang", "en", "plan", "--check", "--plan", CliRun.PLAN.toString());
    Path cache = dir.resolve("cache/sctb/plan-ok");
    assertThat(first.exitCode()).isZero();
    byte[] remembered = Files.readAllBytes(cache);
    assertThat(remembered).startsWith(Files.readAllBytes(CliRun.PLAN));

    CliRun second = CliRun.runWithEnv(env(), "--lang", "en", "plan", "--check", "--plan", CliRun.PLAN.toString());
    assertThat(second.exitCode()).isZero();
    assertThat(second.out()).isEqualTo(first.out());
    assertThat(Files.readAllBytes(cache)).isEqualTo(remembered);

    // The schema is skipped, the plan's own rules are not: a rule error in a plan is still found.
    String plan = Files.readString(CliRun.PLAN, StandardCharsets.UTF_8);
    Path broken = dir.resolve("plan.yaml");
    Files.writeString(broken, plan.replaceFirst("        lead: SCT\n", "        lead: SCTT\n"));
    CliRun rules = CliRun.runWithEnv(env(), "--lang", "en", "plan", "--check", "--plan", broken.toString());
    assertThat(rules.exitCode()).isEqualTo(1);
    assertThat(rules.err()).contains("agency “SCTT” in field lead is not defined in agencies");
  }

  @Test
  void aChangedPlanIsSchemaCheckedAgain() throws IOException {
    assertThat(CliRun.runWithEnv(env(), "plan", "--check", "--plan", CliRun.PLAN.toString()).exitCode()).isZero();
    String plan = Files.readString(CliRun.PLAN, StandardCharsets.UTF_8);
    Path broken = dir.resolve("plan.yaml");
    Files.writeString(broken, plan.replaceFirst("        lead: SCT\n", "        leed: SCT\n"));
    for (int i = 0; i < 2; i++) {
      CliRun run = CliRun.runWithEnv(env(), "--lang", "en", "plan", "--check", "--plan", broken.toString());
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err()).contains("Field “leed” is not part of the plan format").contains("leed");
    }
  }

  @Test
  void theCacheHoldsTheLastPlanThatPassed() throws IOException {
    Path cache = dir.resolve("cache/sctb/plan-ok");
    Path edited = dir.resolve("plan.yaml");
    Files.writeString(edited, Files.readString(CliRun.PLAN, StandardCharsets.UTF_8) + "# sửa / edited\n");
    assertThat(CliRun.runWithEnv(env(), "plan", "--check", "--plan", CliRun.PLAN.toString()).exitCode()).isZero();
    assertThat(CliRun.runWithEnv(env(), "plan", "--check", "--plan", edited.toString()).exitCode()).isZero();
    assertThat(Files.readAllBytes(cache)).startsWith(Files.readAllBytes(edited));
    assertThat(dir.resolve("cache/sctb")).isDirectoryNotContaining(p -> p.getFileName().toString().endsWith(".tmp"));
  }

  @Test
  void anUnwritableCacheJustDoesNotCache() throws IOException {
    Path file = dir.resolve("not-a-folder");
    Files.writeString(file, "x");
    CliRun run = CliRun.runWithEnv(Map.of("XDG_CACHE_HOME", file.toString()), "plan", "--check", "--plan",
        CliRun.PLAN.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
  }
}
