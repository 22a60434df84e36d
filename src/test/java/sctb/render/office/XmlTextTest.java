package sctb.render.office;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Control characters typed into a CSV must not make a Word file that Word refuses to open. */
class XmlTextTest {
  @Test
  void dropsWhatXmlForbidsAndKeepsTheRest() {
    assertThat(XmlText.clean("Sở\u0001 Công\u000B Thương\tă\n\uD83D\uDE00\uFFFE")).isEqualTo("Sở Công Thương\tă\n\uD83D\uDE00");
    assertThat(XmlText.clean("lone \uD83D high")).isEqualTo("lone  high");
    String clean = "Độc lập - Tự do - Hạnh phúc";
    assertThat(XmlText.clean(clean)).isSameAs(clean);
  }
}
