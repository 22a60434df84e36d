package sctb.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A readable name Windows accepts for a file. */
class WindowsFileNameTest {
  @Test
  void aVietnameseNameStaysAsItIsInNfc() {
    assertThat(WindowsFileName.of("Phie\u0302\u0301u phản hồi 2026H2 - Sở Xây dựng", "x"))
        .isEqualTo("Phiếu phản hồi 2026H2 - Sở Xây dựng");
  }

  @Test
  void whatWindowsRefusesIsMadeAHyphenOrDropped() {
    assertThat(WindowsFileName.of("A\\\\B/C:D*E?F\"G<H>I|J\tK", "x")).isEqualTo("A--B-C-D-E-F-G-H-I-J-K");
    assertThat(WindowsFileName.of("Sở  Xây\u00a0dựng. . ", "x")).isEqualTo("Sở Xây dựng");
    assertThat(WindowsFileName.of(" ... ", "fallback")).isEqualTo("fallback");
    assertThat(WindowsFileName.of("con", "x")).isEqualTo("con_");
    assertThat(WindowsFileName.of("x".repeat(300), "y")).hasSize(WindowsFileName.MAX);
  }
}
