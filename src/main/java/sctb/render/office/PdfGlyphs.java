package sctb.render.office;

import java.awt.Font;
import java.util.BitSet;
import java.util.Map;

/**
 * Text made printable with the bundled font: openhtmltopdf prints a character Tinos lacks as “#”, so ticks,
 * check boxes and crosses agencies type into their results (✓, ☐, ✗) reach the PDF as their nearest
 * characters Tinos has (√, [ ], x), circled numbers as “(1)”, emoji and other pictographs are left out
 * (decoration, not content), and any other character Tinos lacks (a Chinese name…) becomes “?”. Characters
 * Tinos has are never touched.
 */
final class PdfGlyphs {
  private PdfGlyphs() {}

  /** The characters of the Basic Multilingual Plane Tinos has, looked up once (reports are long). */
  private static final BitSet PRINTABLE = printable(Fonts.regular());
  private static final Font FONT = Fonts.regular();

  /** Nearest printable forms; each is checked against the font by {@code PdfGlyphsTest}. */
  static final Map<Integer, String> NEAREST = Map.ofEntries(
      Map.entry(0x2713, "√"), Map.entry(0x2714, "√"), Map.entry(0x2705, "√"), Map.entry(0x2611, "[√]"), Map.entry(0x1F5F8, "√"),
      Map.entry(0x2610, "[ ]"), Map.entry(0x2612, "[x]"),
      Map.entry(0x2717, "x"), Map.entry(0x2718, "x"), Map.entry(0x2715, "x"), Map.entry(0x2716, "x"), Map.entry(0x274C, "x"),
      Map.entry(0x2605, "*"), Map.entry(0x2606, "*"),
      Map.entry(0x2794, "→"), Map.entry(0x279C, "→"), Map.entry(0x27A4, "→"), Map.entry(0x27A1, "→"), Map.entry(0x21D2, "→"));

  static String readable(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length();) {
      int c = s.codePointAt(i);
      int next = i + Character.charCount(c);
      if (c <= 0xFFFF ? PRINTABLE.get(c) : FONT.canDisplay(c)) {
        if (out != null) {
          out.appendCodePoint(c);
        }
      } else {
        if (out == null) {
          out = new StringBuilder(s.length()).append(s, 0, i);
        }
        out.append(substitute(c));
      }
      i = next;
    }
    return out == null ? s : out.toString();
  }

  private static BitSet printable(Font font) {
    BitSet has = new BitSet(0x10000);
    for (int c = 0; c <= 0xFFFF; c++) {
      if (font.canDisplay(c)) {
        has.set(c);
      }
    }
    return has;
  }

  private static String substitute(int c) {
    String nearest = NEAREST.get(c);
    if (nearest != null) {
      return nearest;
    }
    if (c >= 0x2460 && c <= 0x2473) { // ① … ⑳
      return "(" + (c - 0x2460 + 1) + ")";
    }
    int type = Character.getType(c);
    // Emoji, their skin tones, joiners and variation selectors, enclosing keycaps.
    boolean pictograph = type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL || type == Character.FORMAT
        || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    return pictograph ? "" : "?";
  }
}
