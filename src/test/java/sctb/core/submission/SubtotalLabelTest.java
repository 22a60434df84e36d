package sctb.core.submission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A group's subtotal line as clerks label it, and the titles and names that only look like one. */
class SubtotalLabelTest {
  @Test
  void clerksSubtotalLabels() {
    for (String label : new String[] {"Cộng nhóm I", "Tổng nhóm II", "CỘNG NHÓM III:", "Tổng cộng nhóm IV (5 nhiệm vụ)",
        "Cộng mục 2", "Cộng I", "Tổng (II)", "Cộng ngành Dệt may", "Subtotal group A", "Tổng cộng", "Cộng"}) {
      assertThat(SubtotalLabel.is(label)).as(label).isTrue();
    }
  }

  @Test
  void titlesAndNamesAreNot() {
    for (String text : new String[] {"Tổng kết, đánh giá thực hiện Kế hoạch", "Cộng đồng dân cư xã Quảng Nham",
        "Tổng công ty Sông Đà", "Tổng hợp báo cáo", "Công nhận", "2026H2", "", "I.1", "Cộng tác viên"}) {
      assertThat(SubtotalLabel.is(text)).as(text).isFalse();
    }
  }
}
