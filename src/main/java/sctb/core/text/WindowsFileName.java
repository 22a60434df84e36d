package sctb.core.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * A readable text made a file name that Windows accepts ("Phiếu phản hồi 2026H2 - Sở Xây dựng"): NFC, each
 * character Windows forbids in a name ({@code \ / : * ? " < > |}, control characters) made a hyphen, spaces
 * run together, no trailing dot or space (Windows drops them), at most {@link #MAX} characters (a deep folder
 * still leaves room under Windows' 260), and never a device name ({@code CON}, {@code NUL}, …).
 */
public final class WindowsFileName {
  /** Longest name kept, in characters, before its extension. */
  static final int MAX = 120;
  private static final String FORBIDDEN = "\\/:*?\"<>|";
  private static final Set<String> DEVICES = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5",
      "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

  private WindowsFileName() {}

  /** {@code text} as a name Windows accepts; {@code fallback} when nothing of it is left. */
  public static String of(String text, String fallback) {
    StringBuilder out = new StringBuilder();
    Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().limit(MAX).forEach(c -> {
      if (c < 0x20 || c == 0x7f || FORBIDDEN.indexOf(c) >= 0) {
        out.append('-');
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
          out.append(' ');
        }
      } else {
        out.appendCodePoint(c);
      }
    });
    String name = out.toString().replaceAll("[. ]+$", "");
    if (name.isEmpty()) {
      return fallback;
    }
    String stem = name.split("\\.", 2)[0].strip().toUpperCase(Locale.ROOT);
    return DEVICES.contains(stem) ? name + "_" : name;
  }
}
