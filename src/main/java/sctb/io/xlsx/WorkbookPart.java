package sctb.io.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;

/** What the workbook part says that matters here: its sheets in order (name, relationship, hidden) and the 1904 date system. */
final class WorkbookPart extends PartHandler {
  /** One sheet as listed: its name, its relationship id, whether it is hidden. */
  record Sheet(String name, String relationship, boolean hidden) {}

  final List<Sheet> sheets = new ArrayList<>();
  boolean date1904;
  /** The part's first element: "workbook" in a workbook (a Word document's main part is "document"). */
  String root;

  static WorkbookPart read(XlsxPackage pkg, String part) throws IOException {
    WorkbookPart w = new WorkbookPart();
    try (InputStream in = pkg.open(part, XlsxLimits.MAX_SMALL_PART_BYTES, "zip-bomb")) {
      if (in == null) {
        throw Stop.invalid();
      }
      w.parse(in);
    }
    return w;
  }

  @Override
  void start(String name, Attributes attributes) {
    if (root == null) {
      root = name;
    }
    if (name.equals("workbookPr")) {
      String v = attributes.getValue("date1904");
      date1904 = "1".equals(v) || "true".equalsIgnoreCase(v); // old Mac Excel counts days from 1904
    } else if (name.equals("sheet")) {
      if (sheets.size() >= XlsxLimits.MAX_SHEETS) {
        throw new Stop("too-many-sheets", XlsxLimits.MAX_SHEETS);
      }
      String sheetName = attributes.getValue("name");
      String state = attributes.getValue("state");
      sheets.add(new Sheet(sheetName == null ? "" : Cleaning.clean(sheetName), attribute(attributes, "id"),
          state != null && !state.equals("visible")));
    }
  }
}
