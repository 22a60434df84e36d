package sctb.io.xlsx;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The zip of an .xlsx workbook, opened within {@link XlsxLimits}: the zip directory is sized from the
 * file's last bytes before the JDK reads it whole, and every part is inflated through a counting
 * stream that stops at its cap, at {@value XlsxLimits#MAX_INFLATE_RATIO} times its compressed size (a
 * zip bomb) or when the workbook's total is reached, whatever sizes the directory claims. Part names
 * are matched ignoring case, as the Open Packaging Conventions say.
 */
final class XlsxPackage implements Closeable {
  /** Below this a part may inflate freely (tiny parts compress beyond any ratio). */
  private static final long RATIO_GRACE_BYTES = 1024 * 1024;
  /** Part limits are named in megabytes. */
  private static final long MEGABYTE = 1024 * 1024;

  private final ZipFile zip;
  private final Map<String, ZipEntry> entries = new HashMap<>();
  private long inflated;

  private XlsxPackage(ZipFile zip) {
    this.zip = zip;
    Enumeration<? extends ZipEntry> all = zip.entries();
    while (all.hasMoreElements()) {
      ZipEntry e = all.nextElement();
      entries.putIfAbsent(e.getName().toLowerCase(Locale.ROOT), e);
    }
  }

  /** Opens the zip at {@code path}; {@link Stop} when its directory is past the limits or missing. */
  static XlsxPackage open(Path path) throws IOException {
    checkDirectory(path);
    try {
      return new XlsxPackage(new ZipFile(path.toFile()));
    } catch (java.util.zip.ZipException e) {
      throw Stop.invalid();
    }
  }

  /** Whether the part exists. */
  boolean has(String name) {
    return entries.containsKey(normal(name));
  }

  /** The part's size once inflated as the zip directory gives it (may be wrong: reading checks), or -1. */
  long declaredSize(String name) {
    ZipEntry e = entries.get(normal(name));
    return e == null ? -1 : e.getSize();
  }

  /**
   * The inflated bytes of part {@code name} (null when absent), at most {@code max} of them
   * ({@code reason} names the limit when passed), within the ratio, the workbook's total and the size
   * the zip directory declares.
   */
  InputStream open(String name, long max, String reason) throws IOException {
    ZipEntry e = entries.get(normal(name));
    if (e == null) {
      return null;
    }
    if (e.getSize() > max) {
      throw new Stop(reason, max / MEGABYTE);
    }
    long ratioCap = Math.max(RATIO_GRACE_BYTES, Math.max(0, e.getCompressedSize()) * XlsxLimits.MAX_INFLATE_RATIO);
    return new Counted(zip.getInputStream(e), max, reason, ratioCap, e.getSize());
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }

  /** {@code target} of a relationship of {@code source} as a part name: relative to the source's folder, or absolute. */
  static String resolve(String source, String target) {
    String t = target.replace('\\', '/');
    String joined;
    if (t.startsWith("/")) {
      joined = t.substring(1);
    } else {
      int slash = source.lastIndexOf('/');
      joined = (slash < 0 ? "" : source.substring(0, slash + 1)) + t;
    }
    Deque<String> parts = new ArrayDeque<>();
    for (String p : joined.split("/")) {
      if (p.equals("..")) {
        parts.pollLast();
      } else if (!p.isEmpty() && !p.equals(".")) {
        parts.addLast(p);
      }
    }
    return String.join("/", parts);
  }

  private static String normal(String name) {
    return (name.startsWith("/") ? name.substring(1) : name).toLowerCase(Locale.ROOT);
  }

  /** Inflated bytes, counted against the part's cap, the ratio and the workbook's total. */
  private final class Counted extends FilterInputStream {
    private final long max;
    private final String reason;
    private final long ratioCap;
    private final long declared;
    private long count;

    Counted(InputStream in, long max, String reason, long ratioCap, long declared) {
      super(in);
      this.max = max;
      this.reason = reason;
      this.ratioCap = ratioCap;
      this.declared = declared;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    private void counted(int n) {
      count += n;
      inflated += n;
      if (count > max) {
        throw new Stop(reason, max / MEGABYTE);
      }
      if (count > ratioCap || inflated > XlsxLimits.MAX_TOTAL_BYTES) {
        throw new Stop("zip-bomb", XlsxLimits.MAX_PART_BYTES / MEGABYTE);
      }
      if (declared >= 0 && count > declared) {
        throw Stop.invalid(); // more than the directory says: what was planned for it is not what comes
      }
    }
  }

  /**
   * Reads the end of the zip (its last record, and the ZIP64 one when there is one) and refuses a
   * directory of more than {@link XlsxLimits#MAX_PARTS} entries or {@link XlsxLimits#MAX_DIRECTORY_BYTES}
   * before {@link ZipFile} reads it into memory. Every end record found in the last 64 KB is checked
   * (the JDK may pick another than the last one); none at all means no zip.
   */
  private static void checkDirectory(Path path) throws IOException {
    try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "r")) {
      long size = file.length();
      int tail = (int) Math.min(size, 65_535 + 22);
      byte[] end = new byte[tail];
      file.seek(size - tail);
      file.readFully(end);
      boolean found = false;
      for (int at = tail - 22; at >= 0; at--) {
        if (end[at] == 'P' && end[at + 1] == 'K' && end[at + 2] == 5 && end[at + 3] == 6) {
          found = true;
          checkEnd(file, size, end, at);
        }
      }
      if (!found) {
        throw Stop.invalid();
      }
    }
  }

  private static void checkEnd(RandomAccessFile file, long size, byte[] end, int at) throws IOException {
    long entries = u16(end, at + 10);
    long directory = u32(end, at + 12);
    if ((entries == 0xFFFF || directory == 0xFFFFFFFFL) && at >= 20 && end[at - 20] == 'P' && end[at - 19] == 'K'
        && end[at - 18] == 6 && end[at - 17] == 7) {
      long zip64End = u32(end, at - 12) | (u32(end, at - 8) << 32);
      if (zip64End < 0 || zip64End > size - 56) {
        throw Stop.invalid();
      }
      byte[] record = new byte[56];
      file.seek(zip64End);
      file.readFully(record);
      entries = u32(record, 32) | (u32(record, 36) << 32);
      directory = u32(record, 40) | (u32(record, 44) << 32);
    }
    if (entries < 0 || entries > XlsxLimits.MAX_PARTS || directory < 0 || directory > XlsxLimits.MAX_DIRECTORY_BYTES) {
      throw new Stop("too-many-parts", XlsxLimits.MAX_PARTS);
    }
  }

  private static long u16(byte[] b, int at) {
    return (b[at] & 0xFF) | ((b[at + 1] & 0xFF) << 8);
  }

  private static long u32(byte[] b, int at) {
    return (b[at] & 0xFFL) | ((b[at + 1] & 0xFFL) << 8) | ((b[at + 2] & 0xFFL) << 16) | ((b[at + 3] & 0xFFL) << 24);
  }
}
