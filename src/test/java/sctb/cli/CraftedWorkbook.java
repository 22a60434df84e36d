package sctb.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds .xlsx files part by part, as a hostile tool would: the minimal parts a workbook needs
 * (relationships, workbook, one sheet named "chi-so"), any part replaced or added, each written as a
 * stream (a part of tens of megabytes never exists whole in the test), deflated or stored.
 */
final class CraftedWorkbook {
  /** Writes a part's content. */
  @FunctionalInterface
  interface Part {
    void write(Writer out) throws IOException;
  }

  static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  private final Map<String, Part> parts = new LinkedHashMap<>();
  private boolean stored;

  CraftedWorkbook() {
    parts.put("[Content_Types].xml", w -> w.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"));
    parts.put("_rels/.rels", w -> w.write("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
    parts.put("xl/workbook.xml", w -> w.write("<?xml version=\"1.0\"?><workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL
        + "\"><sheets><sheet name=\"chi-so\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
    parts.put("xl/_rels/workbook.xml.rels", w -> w.write("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"" + REL + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"" + REL + "/styles\" Target=\"styles.xml\"/></Relationships>"));
  }

  /** The sheet: {@code body} writes what goes inside {@code <worksheet>} (sheetData, mergeCells). */
  CraftedWorkbook sheet(Part body) {
    return wrapped("xl/worksheets/sheet1.xml", "worksheet", "", body);
  }

  /** The shared-string table: {@code body} writes the {@code <si>} items; {@code count} is what the part claims. */
  CraftedWorkbook strings(String count, Part body) {
    return wrapped("xl/sharedStrings.xml", "sst", " count=\"" + count + "\" uniqueCount=\"" + count + "\"", body);
  }

  /** The styles part: {@code body} writes what goes inside {@code <styleSheet>}. */
  CraftedWorkbook styles(Part body) {
    return wrapped("xl/styles.xml", "styleSheet", "", body);
  }

  /** Part {@code name}: {@code body} inside a {@code root} element of the spreadsheet namespace. */
  private CraftedWorkbook wrapped(String name, String root, String attributes, Part body) {
    parts.put(name, w -> {
      w.write("<?xml version=\"1.0\"?><" + root + " xmlns=\"" + MAIN + "\"" + attributes + ">");
      body.write(w);
      w.write("</" + root + ">");
    });
    return this;
  }

  /** Any other part, as given. */
  CraftedWorkbook part(String name, Part content) {
    parts.put(name, content);
    return this;
  }

  /** Without one of the parts written by default. */
  CraftedWorkbook without(String name) {
    parts.remove(name);
    return this;
  }

  /** Parts written without compression (as some tools do; and no ratio to trip over). */
  CraftedWorkbook stored() {
    stored = true;
    return this;
  }

  Path write(Path file) throws IOException {
    try (OutputStream raw = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(raw)) {
      zip.setLevel(Deflater.BEST_SPEED);
      for (Map.Entry<String, Part> e : parts.entrySet()) {
        ZipEntry entry = new ZipEntry(e.getKey());
        if (stored) {
          // A stored entry needs its size and CRC up front: the part is written twice (once to count).
          Counting counting = new Counting();
          try (Writer w = new OutputStreamWriter(counting, StandardCharsets.UTF_8)) {
            e.getValue().write(w);
          }
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(counting.size);
          entry.setCompressedSize(counting.size);
          entry.setCrc(counting.crc.getValue());
        }
        zip.putNextEntry(entry);
        Writer w = new OutputStreamWriter(new Unclosable(zip), StandardCharsets.UTF_8);
        e.getValue().write(w);
        w.flush();
        zip.closeEntry();
      }
    }
    return file;
  }

  /** A sheet of {@code rows} rows written by {@code row} (row number from 1 → its cells' XML). */
  static Part rows(int rows, java.util.function.IntFunction<String> row) {
    return w -> {
      w.write("<sheetData>");
      for (int r = 1; r <= rows; r++) {
        w.write("<row r=\"" + r + "\">");
        w.write(row.apply(r));
        w.write("</row>");
      }
      w.write("</sheetData>");
    };
  }

  /** An inline-string cell. */
  static String text(String ref, String text) {
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
  }

  /** A number cell. */
  static String number(String ref, Object value) {
    return "<c r=\"" + ref + "\"><v>" + value + "</v></c>";
  }

  private static final class Counting extends OutputStream {
    long size;
    final CRC32 crc = new CRC32();

    @Override
    public void write(int b) {
      size++;
      crc.update(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      size += len;
      crc.update(b, off, len);
    }
  }

  private static final class Unclosable extends java.io.FilterOutputStream {
    Unclosable(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() {}
  }
}
