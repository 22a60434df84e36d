package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Agencies write their name as on their letterhead, the province after it ("Sở Công Thương tỉnh Thanh
 * Hóa", "Sở Tài chính Thanh Hoá"): that is the plan's agency, not an unknown one.
 */
class AgencyWithProvinceTest {
  @TempDir
  Path dir;

  @Test
  void anAgencyNamedWithItsProvinceIsThePlansAgency() throws Exception {
    Files.writeString(dir.resolve("SCT-nhiem-vu.csv"), """
        Kỳ báo cáo,Đơn vị,Mã nhiệm vụ,Trạng thái
        2024H1,Sở Công Thương tỉnh Thanh Hóa,I.1,Thường xuyên
        2024H1,Sở Công Thương Thanh Hoá,I.2,Thường xuyên
        2024H1,SỞ CÔNG THƯƠNG - TỈNH THANH HÓA,I.3,Thường xuyên
        """, StandardCharsets.UTF_8);
    CliRun run = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2024-12-01"), "validate", dir.toString());
    assertThat(run.out()).doesNotContain("unknown-agency").doesNotContain("lỗi:");
    assertThat(run.exitCode()).as(run.out()).isZero();
  }

  @Test
  void anotherProvincesAgencyIsStillUnknown() throws Exception {
    Files.writeString(dir.resolve("SCT-nhiem-vu.csv"), """
        Kỳ báo cáo,Đơn vị,Mã nhiệm vụ,Trạng thái
        2024H1,Sở Công Thương tỉnh Nghệ An,I.1,Thường xuyên
        """, StandardCharsets.UTF_8);
    CliRun run = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2024-12-01"), "validate", dir.toString());
    assertThat(run.exitCode()).as(run.out()).isEqualTo(1);
    assertThat(run.out()).contains("Sở Công Thương tỉnh Nghệ An");
  }
}
