package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file named for one agency whose rows give another ({@code SXD-nhiem-vu.csv} holding SCT's rows) was
 * credited silently to the other: status showed SXD as not sent and SCT as complete, and nobody was
 * told. It is now warned of once a file, in validate, status and the feedback letter; a successor's
 * file holding its predecessor's rows (the 2025 reorganisation) and a name written in full are not.
 */
class FileNamedForOtherAgencyTest {
  @TempDir
  Path dir;

  private static final Map<String, String> TODAY = Map.of("SCTB_TODAY", "2026-02-01");
  private static final String HEADER = "Kỳ báo cáo,Đơn vị,Mã nhiệm vụ,Trạng thái\n";

  @Test
  void aFileNamedForAnotherAgencyIsWarnedOfOnceWhereverCollectionIsLookedAt() throws Exception {
    write("2025H2/SXD-nhiem-vu.csv", HEADER + "2025H2,SCT,I.1,Thường xuyên\n2025H2,SCT,I.6,Thường xuyên\n");
    CliRun run = CliRun.runWithEnv(TODAY, "validate", dir.toString());
    assertThat(run.out()).contains("SXD-nhiem-vu.csv (0 lỗi, 1 cảnh báo)",
        "dòng 2, cột “Đơn vị”: cảnh báo: Tên tệp SXD-nhiem-vu.csv cho biết đây là báo cáo của Sở Xây dựng, nhưng các "
            + "dòng của tệp ghi Sở Công Thương: số liệu được tính cho Sở Công Thương, không cho Sở Xây dựng.");
    CliRun english = CliRun.runWithEnv(TODAY, "validate", dir.toString(), "--lang", "en");
    assertThat(english.out()).contains("The file’s name SXD-nhiem-vu.csv says it is the report of Department of "
        + "Construction, but its rows give Department of Industry and Trade");

    CliRun status = CliRun.runWithEnv(TODAY, "status", "--period", "2025H2", "--data", dir.toString());
    assertThat(status.out().replace("\n", " ")).contains("2025H2/SXD-nhiem-vu.csv mang tên của SXD nhưng các dòng ghi "
        + "đơn vị SCT: số liệu được tính cho SCT, không cho SXD");
    CliRun feedback = CliRun.runWithEnv(TODAY, "feedback", "--period", "2025H2", "--agency", "SCT", "--data",
        dir.toString(), "--format", "md", "-o", "-");
    assertThat(feedback.out()).contains("Tên tệp SXD-nhiem-vu.csv cho biết đây là báo cáo của");
  }

  @Test
  void aSuccessorsFileWithItsPredecessorsRowsAndAFullNameAreNotWarnedOf() throws Exception {
    write("2024H2/STC-nhiem-vu.csv", HEADER + "2024H2,SKHDT,I.3,Thường xuyên\n");
    write("2024H2/SKHDT-nhiem-vu.csv", HEADER + "2024H2,Sở Kế hoạch và Đầu tư,I.3,Thường xuyên\n");
    write("2025H2/So Cong Thuong - nhiem vu.csv", HEADER + "2025H2,SCT,I.1,Thường xuyên\n");
    CliRun run = CliRun.runWithEnv(TODAY, "validate", dir.toString());
    assertThat(run.out()).doesNotContain("Tên tệp");
    CliRun status = CliRun.runWithEnv(TODAY, "status", "--period", "2025H2", "--data", dir.toString());
    assertThat(status.out()).doesNotContain("mang tên của");
  }

  private void write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
