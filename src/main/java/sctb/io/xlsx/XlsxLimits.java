package sctb.io.xlsx;

/**
 * The bounds on what a workbook may make sctb do, each checked before the memory it guards is taken,
 * so that a hostile or broken file gives a {@code malformed-xlsx} diagnostic naming the limit instead
 * of exhausting memory, whatever the heap (docs/submissions.md, "Excel"). Within them one workbook
 * holds at most about 100 MB; workbooks that may come near it are read one at a time.
 */
final class XlsxLimits {
  /** Largest .xlsx file on disk; agencies' workbooks are a few hundred kilobytes. */
  static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
  /** Most entries in the zip (a workbook has a dozen; each costs memory before anything is read). */
  static final int MAX_PARTS = 10_000;
  /** Largest zip directory (the list of entries, read whole when the file is opened). */
  static final long MAX_DIRECTORY_BYTES = 4L * 1024 * 1024;
  /** Largest part once inflated: a sheet's XML, the shared-string table. */
  static final long MAX_PART_BYTES = 100L * 1024 * 1024;
  /** Largest styles part once inflated (real ones are well under a megabyte). */
  static final long MAX_STYLES_BYTES = 20L * 1024 * 1024;
  /** Largest workbook or relationships part once inflated. */
  static final long MAX_SMALL_PART_BYTES = 10L * 1024 * 1024;
  /** Most bytes inflated from one workbook, all parts read together. */
  static final long MAX_TOTAL_BYTES = 200L * 1024 * 1024;
  /** A part may not inflate more than this many times its compressed size (zip bombs inflate thousands of times). */
  static final int MAX_INFLATE_RATIO = 100;
  /** Longest single tag, comment or CDATA section (an XML parser holds one whole). */
  static final int MAX_MARKUP_BYTES = 1024 * 1024;
  /** Deepest element nesting (workbook parts nest a few levels). */
  static final int MAX_DEPTH = 64;
  /** Most sheets listed in the workbook. */
  static final int MAX_SHEETS = 1_000;
  /** Most cell formats in the styles part (Excel's own limit is 64,000). */
  static final int MAX_STYLES = 65_536;
  /** Most entries in the shared-string table. */
  static final int MAX_SHARED_STRINGS = 300_000;
  /** Most characters of text kept from one workbook (shared strings and text written in cells). */
  static final long MAX_TEXT_CHARS = 16_000_000;
  /** Longest cell, as in Excel. */
  static final int MAX_CELL_CHARS = 32_767;
  /** Most non-empty rows read from one sheet. */
  static final int MAX_ROWS = 100_000;
  /** Most columns read: cells further right are reported, not read. */
  static final int MAX_COLUMNS = 256;
  /** Most cells of one sheet, counting those a merged region fills in. */
  static final int MAX_CELLS = 2_000_000;
  /** Most merged regions. */
  static final int MAX_MERGED = 10_000;
  /** Parts to inflate above this: the workbook waits until no other large one is being read. */
  static final long LARGE_WORKBOOK_BYTES = 16L * 1024 * 1024;

  private XlsxLimits() {}
}
