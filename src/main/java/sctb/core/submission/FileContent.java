package sctb.core.submission;

/**
 * What a file is, told from its first bytes rather than its name: an .xlsx saved with a .csv name is
 * still a workbook, and a PDF, a photo or a web page named .xlsx is none of the files sctb reads. The
 * reader of a submission is chosen by this (docs/submissions.md, "File types").
 */
public enum FileContent {
  /** Text: read as CSV. */
  TEXT("text"),
  /** A zip package: read as an .xlsx workbook (which tells a Word document or an .ods file apart). */
  ZIP("zip"),
  /** An OLE compound file: an old .xls (or .doc), or a password-protected workbook. */
  OLE("old-format"),
  PDF("pdf"),
  IMAGE("image"),
  /** gzip, 7-Zip, RAR. */
  ARCHIVE("archive"),
  /** A web page: Excel's "Save as Web Page", or a program's ".xls" export. */
  HTML("html"),
  /** XML, such as Excel's "XML Spreadsheet 2003". */
  XML("xml"),
  /** Bytes that are not text (NUL and other control bytes throughout). */
  BINARY("binary");

  /** Bytes looked at: enough for every signature and a fair sample for {@link #BINARY}. */
  public static final int HEAD_BYTES = 8192;

  private final String id;

  FileContent(String id) {
    this.id = id;
  }

  /** The message key's last part ({@code diag.unsupported-file.pdf}). */
  public String id() {
    return id;
  }

  /** What the file holding {@code head} (its first bytes, up to {@link #HEAD_BYTES}) is. */
  public static FileContent of(byte[] head) {
    if (starts(head, 0, 'P', 'K') && head.length >= 4 && (head[2] == 3 || head[2] == 5 || head[2] == 7)) {
      return ZIP;
    }
    if (starts(head, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return OLE;
    }
    if (starts(head, 0, '%', 'P', 'D', 'F', '-')) {
      return PDF;
    }
    if (starts(head, 0, 0x89, 'P', 'N', 'G') || starts(head, 0, 0xFF, 0xD8, 0xFF) || starts(head, 0, 'G', 'I', 'F', '8')
        || starts(head, 0, 'I', 'I', '*', 0) || starts(head, 0, 'M', 'M', 0, '*')
        || (starts(head, 0, 'R', 'I', 'F', 'F') && starts(head, 8, 'W', 'E', 'B', 'P'))
        || starts(head, 4, 'f', 't', 'y', 'p') // HEIC photos from phones, and other ISO media
        || (starts(head, 0, 'B', 'M') && starts(head, 6, 0, 0, 0, 0))) {
      return IMAGE;
    }
    if (starts(head, 0, 0x1F, 0x8B) || starts(head, 0, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)
        || starts(head, 0, 'R', 'a', 'r', '!', 0x1A, 0x07)) {
      return ARCHIVE;
    }
    FileContent markup = markup(head);
    if (markup != null) {
      return markup;
    }
    return binary(head) ? BINARY : TEXT;
  }

  /**
   * Whether an {@link #OLE} file's first {@code length} bytes name the stream a workbook protected by a password to
   * open keeps its encrypted package in ("EncryptedPackage", in the compound file's directory, UTF-16LE): told
   * apart from an old .xls, so that the clerk is told to remove the password rather than to save as .xlsx.
   */
  public static boolean encryptedWorkbook(byte[] bytes, int length) {
    outer:
    for (int i = 0; i + ENCRYPTED.length <= length; i++) {
      for (int j = 0; j < ENCRYPTED.length; j++) {
        if (bytes[i + j] != ENCRYPTED[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static final byte[] ENCRYPTED = "EncryptedPackage".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);

  /** A page or XML document: "<" first, after an optional UTF-8 byte-order mark and white space. */
  private static FileContent markup(byte[] head) {
    int i = starts(head, 0, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
      i++;
    }
    if (i >= head.length || head[i] != '<') {
      return null;
    }
    String start = new String(head, i, Math.min(head.length - i, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
        .toLowerCase(java.util.Locale.ROOT);
    if (start.startsWith("<?xml") && !start.contains("<html")) {
      return XML;
    }
    return HTML;
  }

  /**
   * Control bytes (not tab, line ends, form feed or ESC) in more than one byte in ten, outside UTF-16
   * text (with a byte-order mark, or told by its NULs: {@link Utf16WithoutBom}): no CSV looks like that, a
   * binary file nearly always does.
   */
  private static boolean binary(byte[] head) {
    if (starts(head, 0, 0xFF, 0xFE) || starts(head, 0, 0xFE, 0xFF) || head.length == 0
        || Utf16WithoutBom.of(head, head.length) != null) {
      return false;
    }
    int controls = 0;
    for (byte b : head) {
      if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
        controls++;
      }
    }
    return controls * 10 > head.length;
  }

  private static boolean starts(byte[] bytes, int offset, int... prefix) {
    if (bytes.length < offset + prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[offset + i] & 0xFF) != (prefix[i] & 0xFF)) {
        return false;
      }
    }
    return true;
  }
}
