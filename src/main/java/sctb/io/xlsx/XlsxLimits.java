package sctb.io.xlsx;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The bounds on what a workbook may make sctb do, so that a hostile or broken file gives a
 * {@code malformed-xlsx} diagnostic instead of exhausting memory (docs/submissions.md, "Excel").
 */
final class XlsxLimits {
  /** Largest .xlsx file on disk; agencies' workbooks are a few hundred kilobytes. */
  static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
  /** Largest part once inflated (a sheet's XML, the shared-string table). */
  static final long MAX_PART_BYTES = 100L * 1024 * 1024;
  /** A part may not inflate more than 100 times its compressed size (zip bombs inflate thousands of times). */
  static final double MIN_INFLATE_RATIO = 0.01;
  /** Most non-empty rows read from one sheet. */
  static final int MAX_ROWS = 100_000;
  /** Most columns read: cells further right are reported, not read. */
  static final int MAX_COLUMNS = 256;
  /** Most non-empty cells read from one sheet. */
  static final long MAX_CELLS = 2_000_000;
  /** Most merged regions applied. */
  static final int MAX_MERGED = 10_000;
  /** Rows searched for the header from the top of the sheet (title rows may come first). */
  static final int HEADER_SEARCH_ROWS = 30;

  private XlsxLimits() {}

  /** POI's zip limits are global; set them before any package is opened. */
  static void apply() {
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
  }
}
