package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edits an analyst makes to plan.yaml the way docs/plan-format.md tells them, on a copy of the real plan. */
class PlanEditTest {
  @TempDir Path dir;

  /** The guide says: id, name, kind, aliases, successor: null; the schema used to want successor_from and successor_by_task too. */
  @Test
  void aNewAgencyAndATaskItLeadsWrittenAsTheGuideSaysAreAccepted() throws IOException {
    String plan = Files.readString(CliRun.PLAN, StandardCharsets.UTF_8);
    String agency = """
          - id: SMOI
            name:
              vi: "Sở Mới"
              en: "New Department"
            kind: department
            aliases: ["Sở Mới"]
            successor: null
        """;
    String task = """
              - id: "I.7"
                title:
                  vi: "Nhiệm vụ mới"
                  en: "New task"
                text:
                  vi: "Nhiệm vụ mới"
                lead: SMOI
                lead_text: "Sở Mới"
                partners: []
                partners_text: "Các đơn vị liên quan"
                period:
                  from: 2026
                  to: 2030
        """;
    plan = plan.replace("  - id: UBND-XA\n", agency + "  - id: UBND-XA\n").replace("      - id: \"I.2\"\n", task + "      - id: \"I.2\"\n");
    Path edited = Files.writeString(dir.resolve("plan.yaml"), plan);

    CliRun check = CliRun.run("plan", "--check", "--plan", edited.toString());
    assertThat(check.exitCode()).as(check.err()).isZero();
    CliRun template = CliRun.run("template", "--plan", edited.toString(), "--agency", "SMOI", "--period", "2026H2", "-o", "-");
    assertThat(template.out()).contains("\n2026H2,SMOI,I.7,Nhiệm vụ mới,");
  }

  @Test
  void aSuccessorWithoutItsDateIsStillAnError() throws IOException {
    String plan = Files.readString(CliRun.PLAN, StandardCharsets.UTF_8)
        .replaceFirst("    successor: STC\n    successor_from: \"2025-03-01\"\n", "    successor: STC\n");
    Path edited = Files.writeString(dir.resolve("plan.yaml"), plan);
    CliRun check = CliRun.run("plan", "--check", "--plan", edited.toString());
    assertThat(check.exitCode()).isEqualTo(1);
    assertThat(check.err()).contains("Thiếu trường bắt buộc “successor_from”.");
  }

  /** docs/diagnostics.md promised the warning plan-not-nfc; nothing emitted it. */
  @Test
  void aPlanSavedDecomposedIsReadTheSameWithOneWarning() throws IOException {
    String plan = Files.readString(CliRun.PLAN, StandardCharsets.UTF_8);
    Path decomposed = Files.writeString(dir.resolve("plan.yaml"), java.text.Normalizer.normalize(plan, java.text.Normalizer.Form.NFD));
    CliRun nfd = CliRun.run("plan", "--format", "json", "--plan", decomposed.toString());
    CliRun nfc = CliRun.run("plan", "--format", "json", "--plan", CliRun.PLAN.toString());
    assertThat(nfd.exitCode()).isZero();
    assertThat(nfd.out()).isEqualTo(nfc.out());
    assertThat(nfd.err()).startsWith(decomposed + ", dòng 1, cột 1: cảnh báo: Chữ tiếng Việt từ dòng này được lưu dạng tổ hợp")
        .containsOnlyOnce("cảnh báo");
    assertThat(nfc.err()).isEmpty();
  }
}
