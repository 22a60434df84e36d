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
