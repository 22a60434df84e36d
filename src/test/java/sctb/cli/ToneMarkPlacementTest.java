package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Vietnamese places the tone mark of "oa, oe, uy" two ways (old: hoá, thuỷ, khoẻ, uỷ; new: hóa, thủy,
 * khỏe, ủy) and Excel users type both. Every name sctb matches — agencies, sectors, indicators, the
 * register's entities — goes through one rule, {@link sctb.core.text.Fold#key}, which drops the marks:
 * either placement matches the plan's and the register's, and what is shown keeps the user's spelling.
 */
class ToneMarkPlacementTest {
  @TempDir
  Path dir;

  @Test
  void eitherTonePlacementMatchesAgenciesSectorsIndicatorsAndRegisteredEntities() throws Exception {
    // plan: "Sở Văn hóa, Thể thao và Du lịch", sector "Chế biến thủy hải sản"; register: "Công ty CP Hóa chất
    // Hà Lĩnh", "Công ty CP Thủy sản Hải Tiến"; each written here with the other placement.
    Files.writeString(dir.resolve("SCT-chi-so.csv"), """
        period,agency,indicator,sector,entity,numerator,denominator,unit,note
        2024H1,Sở Công Thương,consumption-reduction,Hoá chất,Công ty CP Hoá chất Hà Lĩnh,1000,10,,
        2024H1,SCT,consumption-reduction,Chế biến thuỷ hải sản,Công ty CP Thuỷ sản Hải Tiến,1000,10,,
        """, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("SVHTTDL-nhiem-vu.csv"), """
        Kỳ báo cáo,Đơn vị,Mã nhiệm vụ,Trạng thái
        2024H1,Sở Văn Hoá Thể Thao và Du Lịch,I.5,Thường xuyên
        """, StandardCharsets.UTF_8);
    CliRun run = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2024-12-01"), "validate", dir.toString());
    assertThat(run.out()).doesNotContain("không có trong").doesNotContain("lỗi:").doesNotContain("“Hoá chất”");
    assertThat(run.exitCode()).as(run.out()).isZero();
  }
}
