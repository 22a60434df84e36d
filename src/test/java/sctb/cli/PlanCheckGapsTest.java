package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** plan --check on slips the checker used to let through or word poorly. */
class PlanCheckGapsTest {
  @TempDir Path dir;

  private Path edited(String from, String to) throws IOException {
    String plan = Files.readString(CliRun.PLAN, StandardCharsets.UTF_8);
    assertThat(plan).contains(from);
    return Files.writeString(dir.resolve("plan.yaml"), plan.replaceFirst(java.util.regex.Pattern.quote(from), to));
  }

  @Test
  void aMisspeltFieldNameGetsDidYouMean() throws IOException {
    CliRun run = CliRun.run("plan", "--check", "--plan", edited("    register_kind: outlet\n", "    register_knd: outlet\n").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("Trường “register_knd” không có trong định dạng kế hoạch (docs/plan-format.md); "
        + "kiểm tra lỗi chính tả. Có phải là “register_kind”?");
    CliRun top = CliRun.run("plan", "--check", "--plan", edited("\nworkspace:", "\nworkspce:").toString());
    assertThat(top.err()).contains("Trường “workspce” không có trong định dạng kế hoạch").contains("Có phải là “workspace”?");
    CliRun far = CliRun.run("plan", "--check", "--plan", edited("    register_kind: outlet\n", "    sổ_đăng_ký: outlet\n").toString());
    assertThat(far.err()).contains("Trường “sổ_đăng_ký” không có").doesNotContain("Có phải là"); // nothing near: no guess
  }

  /** The SCT (first agency) hands on IX.4, which the SGDDT leads, and IV.99, which does not exist. */
  @Test
  void successorByTaskOnATaskTheAgencyDoesNotCarry() throws IOException {
    Path plan = edited("    successor_from: null\n    successor_by_task: {}\n",
        "    successor_from: \"2026-07-01\"\n    successor_by_task: {\"IX.4\": STC, \"IV.99\": STC, \"IX.3\": STC}\n");
    CliRun run = CliRun.run("--lang", "en", "plan", "--check", "--plan", plan.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("successor_by_task moves task IX.4, but before 2026-07-01 that task is led by agency SGDDT, not by agency SCT")
        .contains("task “IV.99” in field successor_by_task is not in the plan")
        .doesNotContain("moves task IX.3") // the SCT's own task moves as written
        .doesNotContain("moves task IV.99");
  }
}
