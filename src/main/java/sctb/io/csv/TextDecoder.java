package sctb.io.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import sctb.core.submission.Utf16WithoutBom;
import sctb.core.text.Fold;

/**
 * Turns a submission's bytes into text the way Excel on Windows writes them: UTF-8 with or without
 * BOM, UTF-16 with BOM (Excel's "Unicode text") or without ({@link Utf16WithoutBom}), else a Windows code page — 1258 when the bytes look
 * Vietnamese (its combining tone marks 0xCC 0xD2 0xDE 0xEC 0xF2 occur after vowels), else the old TCVN3
 * ({@link Tcvn3}) when its letters show, 1252 otherwise. Never fails:
 * every byte sequence decodes to something, and a non-UTF-8 file is reported by the caller.
 */
public final class TextDecoder {
  private TextDecoder() {}

  public static Decoded decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return utf8(bytes, 3, true);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(Fold.nfc(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE)), "UTF-16LE", true, false);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(Fold.nfc(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE)), "UTF-16BE", true, false);
    }
    String utf16 = Utf16WithoutBom.of(bytes, bytes.length);
    if (utf16 != null) {
      return new Decoded(Fold.nfc(new String(bytes, Charset.forName(utf16))), utf16, false, false);
    }
    return utf8(bytes, 0, false);
  }

  private static Decoded utf8(byte[] bytes, int offset, boolean bom) {
    // Fast path: the JDK's bulk decoder; only a text with U+FFFD (a replaced byte, or the character
    // itself) goes through the strict decoder, which tells the two apart.
    String fast = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return new Decoded(Fold.nfc(fast), "UTF-8", bom, false);
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
      return new Decoded(Fold.nfc(text), "UTF-8", bom, false);
    } catch (CharacterCodingException notUtf8) {
      if (!looksVietnamese(bytes) && Tcvn3.looksTcvn3(bytes)) {
        return new Decoded(Fold.nfc(Tcvn3.decode(bytes, offset)), "TCVN3", bom, true);
      }
      String name = looksVietnamese(bytes) ? "windows-1258" : "windows-1252";
      Charset charset = Charset.isSupported(name) ? Charset.forName(name) : StandardCharsets.ISO_8859_1;
      return new Decoded(Fold.nfc(new String(bytes, offset, bytes.length - offset, charset)), charset.name(), bom, true);
    }
  }

  /**
   * Windows-1258 writes tone marks as separate bytes after their vowel ("hòa" is h, o, 0xCC, a); finding
   * them is a strong sign of Vietnamese. The same bytes are letters in Windows-1252 ("ì", "ò", "Ì", "Ò",
   * "Þ"), which in a Vietnamese file saved on a Western Windows come after a consonant ("bình", "hòa"):
   * read as 1258 they would become stray tone marks ("B́nh"). Vietnamese when most such bytes follow a vowel.
   */
  static boolean looksVietnamese(byte[] bytes) {
    int afterVowel = 0;
    int otherwise = 0;
    for (int i = 0; i < bytes.length; i++) {
      int u = bytes[i] & 0xFF;
      if (u == 0xCC || u == 0xD2 || u == 0xDE || u == 0xEC || u == 0xF2) {
        if (i > 0 && VOWELS_1258.indexOf(bytes[i - 1] & 0xFF) >= 0) {
          afterVowel++;
        } else {
          otherwise++;
        }
      }
    }
    return afterVowel > 0 && afterVowel >= otherwise;
  }

  /** The vowels a Windows-1258 tone mark follows: a e i o u y, â ê ô ơ ư ă, either case. */
  private static final String VOWELS_1258 = "aeiouyAEIOUY\u00E2\u00EA\u00F4\u00F5\u00FD\u00E3\u00C2\u00CA\u00D4\u00D5\u00DD\u00C3";

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
