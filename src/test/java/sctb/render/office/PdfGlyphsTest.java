package sctb.render.office;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Characters the bundled font lacks reach the PDF as readable text, not as “#”. */
class PdfGlyphsTest {
  @Test
  void ticksBoxesCrossesAndCircledNumbersBecomeTheirNearestPrintableForms() {
    assertThat(PdfGlyphs.readable("✓ Đã lựa chọn ☐ chưa ☑ xong ✗ hủy ① bước một ➔ tiếp"))
        .isEqualTo("√ Đã lựa chọn [ ] chưa [√] xong x hủy (1) bước một → tiếp");
  }

  @Test
  void emojiAreLeftOutAndOtherMissingLettersAreMarked() {
    assertThat(PdfGlyphs.readable("🌱 Trồng cây 👍🏽 ❤️ tốt; 中 văn")).isEqualTo(" Trồng cây   tốt; ? văn"); // spaces: HTML shows one
  }

  @Test
  void textTheFontHasIsTheSameString() {
    String vietnamese = "Kết quả “đạt” – 1.234,5 ≥ 95% … √ → ½ € ₫ ▲ ► ▼ ○ ● <p class=\"x\">";
    assertThat(PdfGlyphs.readable(vietnamese)).isSameAs(vietnamese);
  }

  @Test
  void everyNearestFormIsPrintable() {
    for (String nearest : PdfGlyphs.NEAREST.values()) {
      assertThat(PdfGlyphs.readable(nearest)).isSameAs(nearest);
    }
  }
}
