package sctb.io.xlsx;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sctb.core.text.Fold;
import sctb.core.text.SafeText;
import sctb.io.table.CellEdges;

/**
 * A text cell as sctb keeps it: Excel's {@code _xHHHH_} escapes decoded (how a workbook stores a
 * carriage return or a control character), NFC, without the spaces (also no-break spaces) around it,
 * control characters escaped ({@link SafeText#text}).
 */
final class Cleaning {
  private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

  private Cleaning() {}

  static String clean(String value) {
    if (value == null) {
      return "";
    }
    String text = Fold.nfc(value.contains("_x") ? unescape(value) : value);
    return SafeText.text(CellEdges.strip(text));
  }

  /** {@code _x000D_} → CR, {@code _x005F_} → "_" (so that {@code _x005F_x0041_} stays the text "_x0041_"). */
  static String unescape(String value) {
    return ESCAPE.matcher(value).replaceAll(m -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
  }
}
