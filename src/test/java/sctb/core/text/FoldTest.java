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

  @Test
  void suggestsTheNameATypedNameBeginsWith() {
    List<String> names = List.of("Sở Công Thương", "Sở Công Thương và Du lịch", "Sở Tài chính", "SCT");
    assertThat(Suggest.named("Sở Công thương tỉnh Thanh Hoá", names)).contains("Sở Công Thương");
    assertThat(Suggest.named("Sở Công Thương và Du lịch Thanh Hóa", names)).contains("Sở Công Thương và Du lịch");
    assertThat(Suggest.named("SCT Thanh Hóa", names)).contains("SCT");
    assertThat(Suggest.named("Sở Tài chínhh", names)).contains("Sở Tài chính");
    assertThat(Suggest.named("SCTX", List.of("Sở Công Thương"))).isEmpty();
    assertThat(Suggest.named("Sở Công", names)).isEmpty();
  }

  /** The per-char table gives the key of the whole text decomposed at once, for any text. */
  @net.jqwik.api.Property(tries = 2000)
  void fastKeyIsTheReferenceKey(@net.jqwik.api.ForAll("texts") String text) {
    assertThat(Fold.key(text)).isEqualTo(Fold.slowKey(text));
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> texts() {
    net.jqwik.api.Arbitrary<Character> vietnamese = net.jqwik.api.Arbitraries.of(
        "aáàảãạăắằẳẵặâấầẩẫậđĐeéèẻẽẹêếềểễệiíìỉĩịoóòỏõọôốồổỗộơớờởỡợuúùủũụưứừửữựyýỳỷỹỵ AĂÂÊÔƠƯ_-/().,;0123456789\u0301\u0300\u0323\u00A0"
            .chars().mapToObj(c -> (char) c).toArray(Character[]::new));
    net.jqwik.api.Arbitrary<Character> any = net.jqwik.api.Arbitraries.chars().range('\u0000', '\u2100');
    return net.jqwik.api.Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, vietnamese), net.jqwik.api.Tuple.of(1, any))
        .list().ofMaxSize(30).map(cs -> cs.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining()));
  }
}
