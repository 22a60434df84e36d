package sctb.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Matching keys and suggestions for what people type. */
class FoldTest {
  @Test
  void keyIgnoresCaseDiacriticsAndSpacing() {
    assertThat(Fold.key("Kỳ báo cáo")).isEqualTo("ky_bao_cao");
    assertThat(Fold.key("  KY_BAO  CAO ")).isEqualTo("ky_bao_cao");
    assertThat(Fold.key("Sở Công Thương")).isEqualTo(Fold.key("so cong thuong"));
    assertThat(Fold.key("Đơn vị")).isEqualTo("don_vi");
    assertThat(Fold.key("Tiến độ (%)")).isEqualTo("tien_do");
  }

  @Test
  void composedAndDecomposedGiveTheSameKeyAndNfc() {
    String composed = "Thanh Hóa";
    String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
    assertThat(decomposed).isNotEqualTo(composed);
    assertThat(Fold.key(decomposed)).isEqualTo(Fold.key(composed));
    assertThat(Fold.nfc(decomposed)).isEqualTo(composed);
  }

  @Test
  void suggestsTheClosestPlausibleValue() {
    List<String> codes = List.of("SCT", "STC", "SKHDT", "STNMT", "UBND-HUYEN");
    assertThat(Suggest.closest("SCTT", codes)).contains("SCT");
    assertThat(Suggest.closest("ubnd huyen", codes)).contains("UBND-HUYEN");
    assertThat(Suggest.closest("Bộ Quốc phòng", codes)).isEmpty();
  }
}
