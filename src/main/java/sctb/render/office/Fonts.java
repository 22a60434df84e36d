package sctb.render.office;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled font, Tinos 1.33 (metrically compatible with Times New Roman, covers Vietnamese; SIL
 * Open Font License 1.1, sctb/fonts/LICENSE-Tinos.txt): charts and PDFs look the same on every machine.
 */
final class Fonts {
  static final String FAMILY = "Tinos";
  static final String[] FILES = {"Tinos-Regular.ttf", "Tinos-Bold.ttf", "Tinos-Italic.ttf", "Tinos-BoldItalic.ttf"};

  private Fonts() {}

  static InputStream open(String file) {
    InputStream in = Fonts.class.getClassLoader().getResourceAsStream("sctb/fonts/" + file);
    if (in == null) {
      throw new IllegalStateException("font missing from the jar: " + file);
    }
    return in;
  }

  /**
   * A face for PDFBox with its GSUB table hidden (tag renamed): PDFBox 3.0 rebuilds a large regular
   * expression from GSUB for every text run it writes, which made a report take seconds per page.
   * Vietnamese needs no substitution (Tinos has every precomposed letter, and the text is NFC); only
   * the typographic "fi"/"fl" ligatures are lost. The font file itself is unchanged.
   */
  static byte[] withoutSubstitutions(String file) {
    byte[] font;
    try (InputStream in = open(file)) {
      font = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int tables = ((font[4] & 0xff) << 8) | (font[5] & 0xff);
    for (int t = 0; t < tables; t++) {
      int at = 12 + 16 * t;
      if (font[at] == 'G' && font[at + 1] == 'S' && font[at + 2] == 'U' && font[at + 3] == 'B') {
        font[at] = 'X';
      }
    }
    return font;
  }

  /** The regular face for Java2D drawing. */
  static Font regular() {
    try (InputStream in = open(FILES[0])) {
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (FontFormatException e) {
      throw new IllegalStateException(e);
    }
  }
}
