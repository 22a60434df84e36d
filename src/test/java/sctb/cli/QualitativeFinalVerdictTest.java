package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * spc-models' 2030 target has no number (qualitative). Its final verdict in the 2030H2 report, on a
 * count last reported in 2029H1, read "Định tính (kết luận cuối cùng)" without a word that the data is
 * a year and a half old; a final verdict needs data of its target year, as for shares and reductions.
 */
class QualitativeFinalVerdictTest {
  private static final Map<String, String> AFTER_2030 = Map.of("SCTB_TODAY", "2031-01-20");
  static Path data;

  @BeforeAll
  static void workspace(@TempDir Path dir) throws Exception {
    data = Files.createDirectories(dir.resolve("models"));
    Files.writeString(data.resolve("SCT-chi-so.csv"), """
        period,agency,indicator,sector,entity,numerator,denominator,unit,note
        2029H1,SCT,spc-models,,MH-01,1,,,
        2029H1,SCT,spc-models,,MH-02,1,,,
        2029H1,SCT,spc-models,,MH-03,1,,,
        """);
  }

  private static String report(String format, String lang) {
    CliRun run = CliRun.runWithEnv(AFTER_2030, "report", "--data", data.toString(), "--period", "2030H2", "--format",
        format, "--lang", lang, "-o", "-");
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run.out();
  }

  @Test
  void aQualitativeFinalVerdictOnDataOfAnEarlierYearSaysHowOldItIs() throws Exception {
    assertThat(report("md", "vi")).contains("kết quả 3 mô hình (số liệu 2029H1). Đánh giá: chưa có số liệu — kết luận "
        + "cuối cùng cần số liệu trong năm 2030, số liệu mới nhất là của kỳ 2029H1.")
        .doesNotContain("Định tính (kết luận cuối cùng)");
    assertThat(report("md", "en")).contains("no data — a final assessment needs data from within 2030, and the latest "
        + "is from 2029H1");
    JsonNode models = new ObjectMapper().readTree(report("json", "vi")).get("indicators").get(2);
    assertThat(models.get("id").asText()).isEqualTo("spc-models");
    assertThat(models.get("status").asText()).isEqualTo("no-data");
    assertThat(models.get("reason").asText()).isEqualTo("no-target-year-data");
  }
}
