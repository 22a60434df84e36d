package sctb.io.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sctb.core.submission.Submissions;

/**
 * A sheet's totals row copied with its rows ("Tổng cộng" where the entity goes, the sum as numerator) was read
 * as one more entity: 3 SPC models became 6 in the report, under a mere warning that no registered entity has
 * that name. It is now an error and the row is left out.
 */
class TotalsRowTest {
  @TempDir
  Path dir;

  @Test
  void theTotalsRowIsNotOneMoreEntity() {
    Path file = Check.write(dir, "SCT-chi-so.csv", ("period;agency;indicator;entity;numerator\r\n"
        + "2026H1;SCT;spc-models;Mô hình tái chế phụ phẩm thủy sản Hoằng Hải;1\r\n"
        + "2026H1;SCT;spc-models;Mô hình siêu thị giảm rác thải nhựa Hạc Thành;2\r\n"
        + "2026H1;SCT;spc-models;Tổng cộng:;3\r\n"
        + "2026H1;SCT;spc-models;Tổng công ty May 10;1\r\n").getBytes(StandardCharsets.UTF_8));
    Submissions s = Check.read(file);
    Check.at(Check.only(s, "totals-row"), 4, "entity");
    assertThat(s.indicators()).extracting(r -> r.numerator().intValue()).containsExactly(1, 2, 1);
  }
}
