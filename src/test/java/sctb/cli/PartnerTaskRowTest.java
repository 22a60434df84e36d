package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A task reported "done" only by a partner (docs/methodology.md §11): the districts (UBND huyện) report I.2,
 * led by Sở Tài chính, which never reported it. The report used to show "Sở Tài chính — Hoàn thành" and count
 * I.2 as done in "policies implemented", against its own "Cách tính" (tasks the lead reports done).
 */
class PartnerTaskRowTest {
  static final String HEADER = "period,agency,task,title,status,progress,result,difficulties,proposals,spent_vnd,submitted_on\n";

  static Path data;

  @BeforeAll
  static void workspace(@TempDir Path dir) throws Exception {
    data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("SCT-nhiem-vu.csv"), HEADER
        + "2024H2,SCT,I.1,x,ongoing,50,Đã triển khai,,,,2024-12-10\n");
    Files.writeString(data.resolve("UBND-HUYEN-nhiem-vu.csv"), HEADER
        + "2024H2,UBND-HUYEN,I.2,x,done,100,Các huyện đã phổ biến hướng dẫn,,,,2024-12-10\n");
  }

  @Test
  void aTaskReportedOnlyByAPartnerIsNotShownAsTheLeadsStatusNorCounted() {
    String md = VerdictReportTest.report(data, "2024H2", "md", "vi");
    assertThat(md)
        .contains("| I.2 | Hướng dẫn của Bộ Tài chính về mua sắm công xanh | Sở Tài chính | Chưa có báo cáo | — | — |")
        .contains("kết quả 16,7% (1/6 nhiệm vụ)")
        .contains("- **I.2** — *UBND các huyện, thị xã, thành phố* (10/12/2024): Các huyện đã phổ biến hướng dẫn")
        .doesNotContain("| Sở Tài chính | Hoàn thành |");
  }
}
