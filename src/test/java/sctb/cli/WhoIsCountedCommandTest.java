package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static sctb.cli.ReportCommandTest.ENV;
import static sctb.cli.ReportCommandTest.find;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The samples' workspace with its register (registers/co-so.csv, found next to plan.yaml) and the same
 * submissions without one (the plan copied to a folder without registers/), through the real CLI.
 */
class WhoIsCountedCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static JsonNode report(String period, String... more) throws Exception {
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("report", "--period", period, "--format", "json",
        "-o", "-"));
    args.addAll(java.util.List.of(more));
    CliRun run = CliRun.runWithEnv(ENV, args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return JSON.readTree(run.out());
  }

  /** A plan in a folder of its own: the default register, registers/co-so.csv, is not there. */
  static String[] withoutRegister(Path dir) throws Exception {
    Path plan = dir.resolve("plan.yaml");
    Files.copy(CliRun.PLAN, plan, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return new String[] {"--plan", plan.toString(), "--data", CliRun.REPO.resolve("samples").toString()};
  }

  @Test
  void withTheRegisterARenamedCompanyStaysInItsPanelAndAClosedOneIsSaidToBeClosed() throws Exception {
    JsonNode r = report("2025H2");
    JsonNode reduction = find(r.get("indicators"), "id", "consumption-reduction");
    JsonNode paper = find(reduction.get("sectors"), "sector", "paper");
    assertThat(paper.get("panel_size").asInt()).isEqualTo(3);
    assertThat(paper.get("panel").toString()).contains("Công ty TNHH Giấy Lam Kinh Xanh");
    JsonNode plastics = find(reduction.get("sectors"), "sector", "plastics");
    assertThat(find(plastics.get("excluded"), "entity", "Công ty TNHH Nhựa Quảng Hưng").get("reason").asText())
        .isEqualTo("closed");
    // TTTM Nam Thành closed in 2022: 11 of the 13 outlets open, not 11 of 14
    JsonNode eco = find(r.get("indicators"), "id", "eco-packaging");
    assertThat(eco.get("numerator").asInt()).isEqualTo(11);
    assertThat(eco.get("denominator").asInt()).isEqualTo(13);
    assertThat(eco.get("rows").toString()).doesNotContain("Nam Thành");
    // the model BQLKKT reported in 2023H2 and SCT since 2024H1 counts once
    assertThat(find(r.get("indicators"), "id", "spc-models").get("value").asInt()).isEqualTo(2);
    CliRun explain = CliRun.runWithEnv(ENV, "explain", "--period", "2025H2", "--indicator", "consumption-reduction",
        "--sector", "plastics");
    assertThat(explain.out()).contains("Công ty TNHH Nhựa Quảng Hưng").contains("đã dừng hoạt động trước kỳ C (sổ đăng ký)");
  }

  @Test
  void withoutItTheRenamedCompanyIsTwoPlantsAndTheClosedOnesAreOnlyOld(@TempDir Path dir) throws Exception {
    JsonNode r = report("2025H2", withoutRegister(dir));
    JsonNode paper = find(find(r.get("indicators"), "id", "consumption-reduction").get("sectors"), "sector", "paper");
    assertThat(paper.get("panel_size").asInt()).isEqualTo(2);
    assertThat(find(paper.get("excluded"), "entity", "Công ty CP Giấy Lam Kinh Mới").get("reason").asText())
        .isEqualTo("no-current");
    assertThat(find(paper.get("excluded"), "entity", "Công ty TNHH Giấy Lam Kinh Xanh").get("reason").asText())
        .isEqualTo("no-baseline");
    JsonNode plastics = find(find(r.get("indicators"), "id", "consumption-reduction").get("sectors"), "sector", "plastics");
    assertThat(find(plastics.get("excluded"), "entity", "Công ty TNHH Nhựa Quảng Hưng").get("reason").asText())
        .isEqualTo("no-current");
    // Nam Thành's last row, 2021H2, is too old to carry: the same 11 of 13
    JsonNode eco = find(r.get("indicators"), "id", "eco-packaging");
    assertThat(eco.get("denominator").asInt()).isEqualTo(13);
    // "Cty CP Xi măng Đông Vinh" is "Công ty CP Xi măng Đông Vinh" by its legal form, register or not
    JsonNode cement = find(find(r.get("indicators"), "id", "consumption-reduction").get("sectors"), "sector", "cement");
    assertThat(cement.get("panel_size").asInt()).isEqualTo(4);
  }

  @Test
  void validateTellsEveryNameTheRegisterDoesNotHold(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("SCT-chi-so-2025H2.csv");
    Files.writeString(file, """
        period,agency,indicator,sector,entity,numerator,denominator
        2025H2,SCT,consumption-reduction,cement,Cty CP Xi măng Yên Lâm,1000,10
        2025H2,SCT,consumption-reduction,cement,Xi măng Yên Lâmm,1000,10
        """);
    CliRun with = CliRun.runWithEnv(ENV, "validate", file.toString());
    assertThat(with.exitCode()).isZero();
    assertThat(with.out()).contains("dòng 3, cột “entity”: cảnh báo: “Xi măng Yên Lâmm” không có trong sổ đăng ký")
        .contains("gần nhất là “Công ty CP Xi măng Yên Lâm” (mã 2870413477)").doesNotContain("dòng 2,");
    String[] plan = withoutRegister(dir);
    CliRun without = CliRun.runWithEnv(ENV, "validate", plan[0], plan[1], file.toString());
    assertThat(without.exitCode()).isZero();
    assertThat(without.out()).doesNotContain("sổ đăng ký");
  }

  @Test
  void theRegisterTemplateListsTheNamesARegisterWouldNeed(@TempDir Path dir) throws Exception {
    String[] plan = withoutRegister(dir);
    Path samples = CliRun.REPO.resolve("samples");
    try (var walk = Files.walk(samples)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        Path copy = dir.resolve("samples").resolve(samples.relativize(p).toString());
        Files.createDirectories(copy.getParent());
        Files.copy(p, copy);
      }
    }
    CliRun run = CliRun.runWithEnv(ENV, "template", "--plan", plan[1], "--agency", "SCT", "--period", "2025H2",
        "--kind", "register");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("Mã cơ sở,Loại,Ngành,Tên chính thức,Tên khác,Huyện (cũ),\"Xã, phường\",Ngày hoạt động,Ngày dừng hoạt động,Ghi chú\n")
        .contains(",cơ sở sản xuất,Giấy,Công ty TNHH Giấy Lam Kinh Xanh,")
        .contains(",\"siêu thị, trung tâm thương mại\",,TTTM Nam Thành,")
        .contains(",\"khu, cụm công nghiệp, làng nghề\",,KCN Ngọc Trạo,")
        .contains(",mô hình,,Mô hình tái chế phụ phẩm thủy sản Hoằng Hải,")
        .doesNotContain("establishment").doesNotContain(",paper,");
    // the samples' register holds every name: its entries only
    CliRun full = CliRun.runWithEnv(ENV, "template", "--agency", "SCT", "--period", "2025H2", "--kind", "register");
    assertThat(full.out().lines().count()).isEqualTo(Files.readAllLines(CliRun.REPO.resolve("registers/co-so.csv")).size());
    assertThat(full.out()).contains("2873106938,cơ sở sản xuất,Giấy,Công ty TNHH Giấy Lam Kinh Xanh,Công ty CP Giấy Lam Kinh Mới");
  }
}
