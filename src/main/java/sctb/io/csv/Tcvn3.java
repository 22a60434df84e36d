package sctb.io.csv;

/**
 * TCVN3 (TCVN 5712:1993, the "ABC" code of the .VnTime fonts): the Vietnamese code of offices before Unicode,
 * still in old sheets a clerk copies from. Read as a Windows code page its letters are symbols ("Kú b¸o c¸o",
 * "§¬n vÞ"), every column unknown. Its ă â ê ô ơ ư đ (0xA8–0xAE) and à ả ã á ạ (0xB5–0xB9) are symbols
 * in Windows-1252 and 1258 (¨ © ª « ¬ ® µ ¶ · ¸ ¹), which no table of theirs writes between letters: a text
 * where many of its high bytes are those is TCVN3. Its capitals with tone marks come from another font
 * (.VnTimeH) of the same codes, so they read as small letters; the code's own capitals Ă Â Ê Ô Ơ Ư Đ are kept.
 */
final class Tcvn3 {
  private Tcvn3() {}

  /** The letters of bytes 0xA1–0xFE, '\0' where TCVN3 has none (those bytes are read as Windows-1252). */
  private static final String HIGH = "ĂÂÊÔƠƯĐăâêôơưđ\0\0\0\0\0\0àảãáạ\0ằẳẵắ\0\0\0\0\0\0\0ặầẩẫấậè\0ẻẽéẹềểễếệìỉ\0\0\0ĩíịò"
      + "\0ỏõóọồổỗốộờởỡớợù\0ủũúụừửữứựỳỷỹýỵ";

  /** Whether {@code bytes} look like TCVN3 text (see the class). */
  static boolean looksTcvn3(byte[] bytes) {
    int high = 0;
    int signs = 0;
    for (byte b : bytes) {
      int u = b & 0xFF;
      if (u >= 0x80) {
        high++;
        signs += u >= 0xA8 && u <= 0xAE || u >= 0xB5 && u <= 0xB9 ? 1 : 0;
      }
    }
    return signs >= 3 && signs * 4 >= high;
  }

  /** The text of {@code bytes} from {@code offset} on, read as TCVN3. */
  static String decode(byte[] bytes, int offset) {
    StringBuilder out = new StringBuilder(bytes.length - offset);
    String windows = new String(bytes, offset, bytes.length - offset, java.nio.charset.Charset.forName("windows-1252"));
    for (int i = offset; i < bytes.length; i++) {
      int u = bytes[i] & 0xFF;
      char letter = u >= 0xA1 && u <= 0xFE ? HIGH.charAt(u - 0xA1) : '\0';
      out.append(letter != '\0' ? letter : windows.charAt(i - offset));
    }
    return out.toString();
  }
}
