package sctb.io.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;

/**
 * The workbook's shared-string table, read as a stream into a list that grows only as entries arrive
 * (never sized from the count the part claims), at most {@link XlsxLimits#MAX_SHARED_STRINGS} entries
 * and within the workbook's {@link TextBudget}. Rich-text runs are joined; phonetic guides are left out.
 */
final class SharedStrings extends PartHandler {
  final List<String> strings = new ArrayList<>();
  private final TextBudget budget;
  private final StringBuilder current = new StringBuilder();
  private boolean inItem;
  private boolean inText;
  private int phonetic;

  private SharedStrings(TextBudget budget) {
    this.budget = budget;
  }

  /** The table of part {@code part} (none when null or absent), cleaned as cells are. */
  static List<String> read(XlsxPackage pkg, String part, TextBudget budget) throws IOException {
    SharedStrings s = new SharedStrings(budget);
    if (part != null) {
      try (InputStream in = pkg.open(part, XlsxLimits.MAX_PART_BYTES, "zip-bomb")) {
        if (in != null) {
          s.parse(in);
        }
      }
    }
    return s.strings;
  }

  @Override
  void start(String name, Attributes attributes) {
    switch (name) {
      case "si" -> {
        inItem = true;
        current.setLength(0);
      }
      case "rPh" -> phonetic++;
      case "t" -> inText = inItem && phonetic == 0;
      default -> { }
    }
  }

  @Override
  void end(String name) {
    switch (name) {
      case "t" -> inText = false;
      case "rPh" -> phonetic--;
      case "si" -> {
        inItem = false;
        if (strings.size() >= XlsxLimits.MAX_SHARED_STRINGS) {
          throw new Stop("too-many-strings", XlsxLimits.MAX_SHARED_STRINGS);
        }
        budget.take(current.length());
        strings.add(Cleaning.clean(current.toString()));
      }
      default -> { }
    }
  }

  @Override
  void text(char[] ch, int start, int length) {
    if (inText) {
      if (current.length() + length > XlsxLimits.MAX_CELL_CHARS * 4) {
        throw new Stop("cell-too-long", XlsxLimits.MAX_CELL_CHARS);
      }
      current.append(ch, start, length);
    }
  }
}
