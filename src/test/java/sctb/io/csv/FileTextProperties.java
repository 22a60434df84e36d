package sctb.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import sctb.core.text.SafeText;

/** {@link FileText#cleanUtf8} gives the text {@link TextDecoder} gives, or steps aside; the thread's array reused. */
class FileTextProperties {

  @Property(tries = 1000)
  void cleanTextIsTheDecodersOrNone(@ForAll String text, @ForAll boolean composed, @ForAll boolean bom) {
    String written = composed ? Normalizer.normalize(text, Normalizer.Form.NFC) : text;
    byte[] utf8 = written.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = bom ? concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8) : utf8;
    assertSameAsDecoder(bytes);
  }

  @Property(tries = 1000)
  void anyBytesAreTheDecodersOrNone(@ForAll byte[] bytes) {
    assertSameAsDecoder(bytes);
  }

  @Property(tries = 1000)
  void escapedCharactersAreSeen(@ForAll("withControls") String text) {
    assertSameAsDecoder(Normalizer.normalize(text, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8));
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> withControls() {
    return net.jqwik.api.Arbitraries.of("a", "Giấy", ",", "\r\n", "\r", "\n", "\t", "\u0007", "\u202E", "\u201C",
        "\uD83D\uDE00", "\u0085", "\u061C", "\uFEFF", "\u2028").list().ofMaxSize(20).map(p -> String.join("", p));
  }

  @Property(tries = 200)
  void aShorterFileAfterALongerOneReadsOnlyItsOwnText(@ForAll String first, @ForAll String second) {
    byte[] longer = (first + first + first).getBytes(StandardCharsets.UTF_8);
    FileText.cleanUtf8(longer, longer.length);
    assertSameAsDecoder(Normalizer.normalize(second, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8));
  }

  @org.junit.jupiter.api.Test
  void charactersTakenForComposedAreNfcAfterAnyCharacter() {
    for (char c = 0; c < 0x1EFA; c++) {
      if (!FileText.composes(c)) {
        continue;
      }
      assertThat(Normalizer.isNormalized(String.valueOf(c), Normalizer.Form.NFC)).isTrue();
      for (char before = 0; before < 0x3100; before++) {
        if (!Character.isSurrogate(before) && Normalizer.isNormalized(String.valueOf(before), Normalizer.Form.NFC)) {
          assertThat(Normalizer.isNormalized("" + before + c, Normalizer.Form.NFC)).as("%x %x", (int) before, (int) c).isTrue();
        }
      }
    }
  }

  private static void assertSameAsDecoder(byte[] bytes) {
    // In a longer array (a reading thread's, kept from a longer file): only the file's bytes are read.
    byte[] array = java.util.Arrays.copyOf(bytes, bytes.length + 7);
    java.util.Arrays.fill(array, bytes.length, array.length, (byte) 0xFF);
    FileText clean = FileText.cleanUtf8(array, bytes.length);
    Decoded decoded = TextDecoder.decode(bytes);
    if (clean != null) {
      assertThat(new String(clean.chars(), 0, clean.length())).isEqualTo(decoded.text());
      assertThat(clean.sequence().toString()).isEqualTo(decoded.text());
      assertThat(clean.isBlank()).isEqualTo(decoded.text().isBlank());
      char[] text = decoded.text().toCharArray();
      assertThat(clean.isSafeText()).as("safe as the whole text is").isEqualTo(SafeText.isText(text, text.length));
      assertThat(decoded.fallback()).isFalse();
    } else {
      boolean composedUtf8 = !decoded.fallback() && decoded.encoding().equals("UTF-8")
          && decoded.text().indexOf('\uFFFD') < 0
          && decoded.text().equals(new String(bytes, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", ""));
      assertThat(composedUtf8).as("a clean UTF-8 file in NFC is decoded in place").isFalse();
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
