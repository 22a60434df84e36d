package sctb.io.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Location;
import sctb.core.text.Fold;
import sctb.core.text.SafeText;

/**
 * UTF-8 text garbled by a round trip through a Windows code page: a UTF-8 file without a byte order mark
 * (sctb's own `template` without `--excel`, a file from a web system) opened in Excel on Windows is read
 * as Windows-1258 (Vietnamese Windows) or 1252, shows "Ká»³ bÃ¡o cÃ¡o", and "CSV UTF-8" then saves that
 * as it shows. The bytes are valid UTF-8, so the file was read as it stands: every header unknown, every
 * name garbled. Each garbled character is one byte of the original, so when the whole text maps back to
 * bytes that are UTF-8 the original is read back, with an {@code encoding} warning showing both.
 */
final class DoubleEncoded {
  /** The text's start looked at to decide (the whole file went through the same code page). */
  private static final int DECIDING_CHARS = 64 * 1024;
  private static final String[] CODE_PAGES = {"windows-1258", "windows-1252"};

  private DoubleEncoded() {}

  /** The text read back and its warning, or null when the text is not garbled so. */
  record Repaired(String text, Diagnostic warning) {}

  static Repaired repair(String file, char[] chars, int length) {
    if (!suspect(chars, length)) {
      return null;
    }
    for (String name : CODE_PAGES) {
      if (!Charset.isSupported(name)) {
        continue;
      }
      char[] toByte = bytesOf(Charset.forName(name));
      String head = back(chars, Math.min(length, DECIDING_CHARS), toByte, true);
      if (head == null || !vietnamese(head)) {
        continue;
      }
      String text = back(chars, length, toByte, false);
      if (text == null) {
        return null;
      }
      text = Fold.nfc(text);
      String garbled = firstWord(new String(chars, 0, Math.min(length, DECIDING_CHARS)));
      return new Repaired(text, Diagnostic.of(Code.ENCODING, Location.at(file, 1, 0), SafeText.excerpt(garbled),
          "double", SafeText.excerpt(firstWord(text)), name));
    }
    return null;
  }

  /** A lead byte of a Vietnamese letter's UTF-8 shown in a code page (Ã Ă Ä Æ á) before a character of 0x80–0xFF or a C1/‘»º… . */
  static boolean suspect(char[] chars, int length) {
    int end = Math.min(length, DECIDING_CHARS) - 1;
    for (int i = 0; i < end; i++) {
      char c = chars[i];
      if ((c == 'Ã' || c == 'Ă' || c == 'Ä' || c == 'Æ' || c == 'á') && chars[i + 1] >= 0x80) {
        return true;
      }
    }
    return false;
  }

  /** Each of the code page's characters to its byte, the bytes it leaves undefined as Windows maps them (U+0081…). */
  private static char[] bytesOf(Charset charset) {
    char[] toByte = new char[0x10000];
    Arrays.fill(toByte, (char) 0xFFFF);
    for (int b = 0; b < 256; b++) {
      String s = new String(new byte[] {(byte) b}, charset);
      char c = s.length() == 1 && s.charAt(0) != '\uFFFD' ? s.charAt(0) : (char) b;
      toByte[c] = (char) b;
    }
    return toByte;
  }

  /** The bytes the characters were, decoded as UTF-8; null when one maps to no byte or the bytes are no UTF-8. */
  private static String back(char[] chars, int length, char[] toByte, boolean head) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      char b = toByte[chars[i]];
      if (b == 0xFFFF) {
        return null;
      }
      bytes[i] = (byte) b;
    }
    int end = length;
    if (head) {
      while (end > 0 && (bytes[end - 1] & 0xC0) == 0x80) {
        end--; // a character cut at the head's end
      }
      if (end > 0 && (bytes[end - 1] & 0xC0) == 0xC0) {
        end--;
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, end)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Vietnamese letters (those beyond Latin-1: ă đ ơ ư and the tone-marked ones): what the original was. */
  private static boolean vietnamese(String text) {
    return text.chars().anyMatch(c -> c >= 0x0100 && c <= 0x1EF9);
  }

  /** The first word holding a character beyond ASCII: the example the warning shows. */
  private static String firstWord(String text) {
    for (String word : text.split("[\\s,;\\t]+")) {
      if (word.chars().anyMatch(c -> c >= 0x80)) {
        return word;
      }
    }
    return "";
  }
}
