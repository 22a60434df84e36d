package sctb.io.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;

/**
 * How each cell style shows a number — as a date, a percentage or a plain number — read from the
 * styles part as a stream: one byte per style (at most {@link XlsxLimits#MAX_STYLES}), whatever the
 * size of the part, instead of the part's whole object tree.
 */
final class StyleFormats extends PartHandler {
  static final byte NUMBER = 0;
  static final byte PERCENT = 1;
  static final byte DATE = 2;

  private final Map<Integer, String> customFormats = new HashMap<>();
  private int[] formatOfStyle = new int[64];
  private int styles;
  private boolean inCellFormats;
  private byte[] kinds;

  /** The formats of the workbook's styles part, or none (every number plain) when it has none. */
  static StyleFormats read(XlsxPackage pkg, String part) throws IOException {
    if (part == null) {
      return none();
    }
    StyleFormats f = new StyleFormats();
    try (InputStream in = pkg.open(part, XlsxLimits.MAX_STYLES_BYTES, "styles-too-large")) {
      if (in != null) {
        f.parse(in);
      }
    }
    f.kinds = f.classify();
    return f;
  }

  /** No styles part: every number is plain. */
  static StyleFormats none() {
    StyleFormats f = new StyleFormats();
    f.kinds = new byte[0];
    return f;
  }

  /** How style {@code index} (a cell's {@code s}) shows numbers. */
  byte kind(int index) {
    return index > 0 && index < kinds.length ? kinds[index] : NUMBER;
  }

  @Override
  void start(String name, Attributes attributes) {
    switch (name) {
      case "numFmt" -> {
        if (customFormats.size() >= XlsxLimits.MAX_STYLES) {
          throw new Stop("too-many-styles", XlsxLimits.MAX_STYLES);
        }
        String code = attributes.getValue("formatCode");
        customFormats.put(parseInt(attributes.getValue("numFmtId"), -1), code == null ? "" : code);
      }
      case "cellXfs" -> inCellFormats = true;
      case "xf" -> {
        if (!inCellFormats) {
          return;
        }
        if (styles >= XlsxLimits.MAX_STYLES) {
          throw new Stop("too-many-styles", XlsxLimits.MAX_STYLES);
        }
        if (styles == formatOfStyle.length) {
          formatOfStyle = Arrays.copyOf(formatOfStyle, styles * 2);
        }
        formatOfStyle[styles++] = parseInt(attributes.getValue("numFmtId"), 0);
      }
      default -> { }
    }
  }

  @Override
  void end(String name) {
    if (name.equals("cellXfs")) {
      inCellFormats = false;
    }
  }

  private byte[] classify() {
    byte[] out = new byte[styles];
    Map<Integer, Byte> byFormat = new HashMap<>();
    for (int i = 0; i < styles; i++) {
      out[i] = byFormat.computeIfAbsent(formatOfStyle[i], this::classify);
    }
    return out;
  }

  private byte classify(int formatId) {
    String pattern = customFormats.containsKey(formatId) ? customFormats.get(formatId) : BuiltinFormats.getBuiltinFormat(formatId);
    if (pattern == null) {
      return NUMBER;
    }
    if (pattern.length() > 1_000) {
      return NUMBER; // no real format is this long; DateUtil's pattern matching need not see it
    }
    if (DateUtil.isADateFormat(formatId, pattern)) {
      return DATE;
    }
    return pattern.replaceAll("\"[^\"]*\"|\\\\.", "").contains("%") ? PERCENT : NUMBER;
  }
}
