package sctb.render.collect;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * An e-mail draft (.eml, RFC 5322 with MIME) any mail client or e-office system opens for editing: the
 * subject encoded as UTF-8 (RFC 2047), the text as the body, a document attached under the name the
 * clerk reads (RFC 2231: {@code filename*=UTF-8''…}), its ASCII code name as the Content-Type's
 * {@code name} for mail programs that read only that. Marked unsent
 * ({@code X-Unsent: 1}, which Outlook opens as a draft). The bytes depend only on the contents: the date
 * is the document's day at 08:00 in Vietnam, the boundary and message id are derived from a hash.
 * Without a sender the mail client fills one in; without a recipient the officer does.
 */
public final class EmailDraft {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy", Locale.ROOT);
  /** Characters RFC 2231 (attribute-char, RFC 5987) leaves as they are in a parameter; every other byte is escaped. */
  private static final String ATTRIBUTE_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&+-.^_`|~";
  private static final HexFormat HEX = HexFormat.of().withUpperCase();

  private EmailDraft() {}

  /**
   * A document attached: the name the clerk reads ("Phiếu phản hồi 2026H2 - Sở Xây dựng.pdf"), an ASCII name
   * for mail programs that read only that ({@code phan-hoi-2026H2-SXD.pdf}), its MIME type and bytes.
   */
  public record Attachment(String name, String asciiName, String type, byte[] bytes) {}

  /** {@code from}, {@code to}: e-mail addresses, "" when unknown; {@code fromName}: shown beside the sender. */
  public static byte[] write(String from, String fromName, String to, String subject, LocalDate day, String body,
      Attachment attachment) {
    String hash = hash(subject, body, attachment.bytes());
    String boundary = "sctb-" + hash.substring(0, 24);
    StringBuilder m = new StringBuilder();
    if (!from.isEmpty()) {
      header(m, "From", word(fromName) + " <" + from + ">");
    }
    if (!to.isEmpty()) {
      header(m, "To", to);
    }
    header(m, "Subject", word(subject));
    header(m, "Date", DATE.format(day) + " 08:00:00 +0700");
    header(m, "Message-ID", "<" + hash.substring(0, 32) + "@sctb.invalid>");
    header(m, "MIME-Version", "1.0");
    header(m, "X-Unsent", "1");
    header(m, "Content-Type", "multipart/mixed; boundary=\"" + boundary + "\"");
    m.append("\r\n");
    m.append("--").append(boundary).append("\r\n");
    header(m, "Content-Type", "text/plain; charset=UTF-8");
    header(m, "Content-Transfer-Encoding", "base64");
    m.append("\r\n").append(base64(body.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
    m.append("--").append(boundary).append("\r\n");
    header(m, "Content-Type", attachment.type() + "; name=\"" + attachment.asciiName() + "\"");
    header(m, "Content-Disposition", "attachment" + filename(attachment.name()));
    header(m, "Content-Transfer-Encoding", "base64");
    m.append("\r\n").append(base64(attachment.bytes()));
    m.append("--").append(boundary).append("--\r\n");
    return m.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static void header(StringBuilder m, String name, String value) {
    m.append(name).append(": ").append(value).append("\r\n");
  }

  /**
   * Text as RFC 2047 encoded words ({@code =?UTF-8?B?…?=}) of at most 60 characters that never split a
   * character, folded onto continuation lines, so that even the first, after its header's name, stays
   * within 78 characters; ASCII without specials stays as it is.
   */
  static String word(String text) {
    if (text.chars().allMatch(c -> c >= 0x20 && c < 0x7f && "=?_\"".indexOf(c) < 0)) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    StringBuilder chunk = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      String next = chunk + new String(Character.toChars(cp));
      // 36 bytes encode to 48 characters, 60 with "=?UTF-8?B?" and "?="
      if (next.getBytes(StandardCharsets.UTF_8).length > 36) {
        out.append(out.length() > 0 ? "\r\n " : "").append(encoded(chunk.toString()));
        chunk.setLength(0);
      }
      chunk.appendCodePoint(cp);
      i += Character.charCount(cp);
    }
    out.append(out.length() > 0 ? "\r\n " : "").append(encoded(chunk.toString()));
    return out.toString();
  }

  /**
   * The {@code filename} parameter: the name quoted when it is plain ASCII, else in UTF-8 percent-encoding
   * (RFC 2231), cut into numbered continuations ({@code filename*0*=UTF-8''…; filename*1*=…}) of at most 60
   * characters that never split an escape, each on its own folded line. Never both forms in one header: a
   * parser takes one of two parameters of the same name (Python's {@code email} the plain one, with a
   * "duplicate parameter" defect), so the ASCII name goes in the Content-Type's {@code name} instead.
   */
  static String filename(String value) {
    if (value.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '"' && c != '\\')) {
      return "; filename=\"" + value + "\"";
    }
    List<String> pieces = new ArrayList<>();
    StringBuilder piece = new StringBuilder("UTF-8''");
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      String escape = ATTRIBUTE_CHARS.indexOf(b) >= 0 ? Character.toString(b) : "%" + HEX.toHexDigits(b);
      if (piece.length() + escape.length() > 60) {
        pieces.add(piece.toString());
        piece.setLength(0);
      }
      piece.append(escape);
    }
    pieces.add(piece.toString());
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pieces.size(); i++) {
      out.append(";\r\n filename").append(pieces.size() == 1 ? "" : "*" + i).append("*=").append(pieces.get(i));
    }
    return out.toString();
  }

  private static String encoded(String text) {
    return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "?=";
  }

  /** Base64 in lines of 76 characters, each ended by CRLF (RFC 2045). */
  private static String base64(byte[] bytes) {
    return Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(bytes) + "\r\n";
  }

  private static String hash(String subject, String body, byte[] attachment) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(subject.getBytes(StandardCharsets.UTF_8));
      sha.update(body.getBytes(StandardCharsets.UTF_8));
      sha.update(attachment);
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
