package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sctb feedback} as the officer runs it: whom it writes to, where, which formats, and its mistakes. */
class FeedbackCommandTest {
  static final Map<String, String> TODAY = Map.of("SCTB_TODAY", "2026-11-25");

  @TempDir Path dir;

  @Test
  void oneDocumentPerAgencyThatSentSomethingTheRecipientAside() throws Exception {
    CliRun run = CliRun.runWithEnv(TODAY, "feedback", "--period", "2026H2", "--out-dir", dir.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1); // some of them have errors
    List<String> written;
    try (Stream<Path> files = Files.list(dir)) {
      written = files.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertThat(written).hasSize(18).contains("phan-hoi-2026H2-SXD.docx", "phan-hoi-2026H2-SXD.pdf",
        "phan-hoi-2026H2-SVHTTDL.pdf", "phan-hoi-2026H2-STC.pdf").noneMatch(f -> f.contains("-SCT.") || f.contains("TTXTDT"));
    assertThat(run.out().lines()).hasSize(18).allMatch(l -> l.startsWith(dir.toString().replace('\\', '/')));
    // why the exit code is 1, naming the agencies, said about the feedback (also with -q)
    assertThat(run.err()).containsPattern("Báo cáo của \\d+ đơn vị có lỗi \\([A-Z, ]*SXD[A-Z, ]*\\): phiếu phản hồi vẫn được ghi")
        .doesNotContain("Báo cáo vẫn được ghi");
    CliRun quiet = CliRun.runWithEnv(TODAY, "--lang", "en", "feedback", "--period", "2026H2", "--agency", "SXD",
        "--format", "md", "--out-dir", dir.toString(), "-q");
    assertThat(quiet.exitCode()).isEqualTo(1);
    assertThat(quiet.err().strip()).isEqualTo("The report of 1 agency has errors (SXD): the feedback was still written,"
        + " naming each error for the agency to fix and resend (exit code 1).");
    // a clean, complete report gets a confirmation of receipt; its agency's exit code is 0
    CliRun clean = CliRun.runWithEnv(TODAY, "feedback", "--period", "2026H2", "--agency", "Sở Tài chính", "--format", "md",
        "-o", "-");
    assertThat(clean.exitCode()).isZero();
    assertThat(clean.out()).contains("# XÁC NHẬN ĐÃ NHẬN BÁO CÁO", "Kính gửi: Sở Tài chính", "STC-nhiem-vu.csv | 16/11/2026 | 4 | 0 | 0 | 0")
        // a thank-you, not a request: no heading "Đề nghị" over "Cảm ơn …"
        .contains("Cảm ơn sự phối hợp của quý Sở.").doesNotContain("Đề nghị");
  }

  @Test
  void theSameInputsGiveTheSameBytes() throws Exception {
    for (String out : new String[] {"a", "b"}) {
      assertThat(CliRun.runWithEnv(TODAY, "feedback", "--period", "2026H2", "--agency", "SVHTTDL", "--out-dir",
          dir.resolve(out).toString(), "-q").exitCode()).isEqualTo(1);
    }
    for (String f : new String[] {"phan-hoi-2026H2-SVHTTDL.docx", "phan-hoi-2026H2-SVHTTDL.pdf"}) {
      assertThat(Files.readAllBytes(dir.resolve("a").resolve(f))).isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(f)));
    }
  }

  @Test
  void anAgencyThatSentNothingIsToldSo() {
    CliRun run = CliRun.runWithEnv(TODAY, "feedback", "--period", "2026H2", "--agency", "TTXTDT", "--format", "md", "-o", "-");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Tính đến ngày 25/11/2026, Sở Công Thương chưa nhận được báo cáo kết quả thực hiện Kế hoạch"
        + " 6 tháng cuối năm 2026 của quý đơn vị.", "- Nhiệm vụ VII.2:", "trước ngày 20/12/2026");
  }

  @Test
  void tasksWithoutAValidRowAreNotCalledMissingWhenTheyMayBeInARowWithAnError() {
    // SVHTTDL sent VI.4 and IX.1 in rows left out for errors: fixing them is enough, nothing is to be added
    CliRun run = CliRun.runWithEnv(TODAY, "feedback", "--period", "2026H2", "--agency", "SVHTTDL", "--format", "md", "-o", "-");
    assertThat(run.out()).containsPattern("Các nhiệm vụ dưới đây chưa có dòng kết quả hợp lệ; nếu quý Sở đã ghi ở dòng có "
        + "lỗi nêu trên thì chỉ cần sửa lỗi đó:\\n\\n- Nhiệm vụ VI.4");
    CliRun complete = CliRun.runWithEnv(TODAY, "feedback", "--period", "2026H2", "--agency", "SNNMT", "--format", "md", "-o", "-");
    assertThat(complete.out()).contains("- Nhiệm vụ IV.7").doesNotContain("chưa có dòng kết quả hợp lệ");
  }

  @Test
  void mistakesAreUsageErrors() {
    CliRun several = CliRun.runWithEnv(TODAY, "feedback", "--period", "2026H2", "--format", "md", "-o", "x.md");
    assertThat(several.exitCode()).isEqualTo(2);
    assertThat(several.err()).contains("--agency");
    CliRun binary = CliRun.runWithEnv(TODAY, "feedback", "--period", "2026H2", "--agency", "SXD", "--format", "pdf", "-o", "-");
    assertThat(binary.exitCode()).isEqualTo(2);
    CliRun unknown = CliRun.runWithEnv(TODAY, "feedback", "--period", "2026H2", "--agency", "SXDD");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("SXD");
    CliRun noDuty = CliRun.runWithEnv(TODAY, "feedback", "--period", "2026H2", "--agency", "SYT");
    assertThat(noDuty.exitCode()).isEqualTo(2);
    assertThat(noDuty.err()).contains("SYT không phải báo cáo kỳ 2026H2");
  }

  @Test
  void anEmptyFolderGetsNoFeedback() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("2026H2"));
    CliRun run = CliRun.runWithEnv(TODAY, "feedback", "--period", "2026H2", "--data", empty.toString(), "--out-dir",
        dir.resolve("out").toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("Chưa đơn vị nào gửi báo cáo kỳ 2026H2", "sctb remind --period 2026H2");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void aDateNamedOnTheCommandLineIsTheDayToResendBy() {
    CliRun run = CliRun.runWithEnv(TODAY, "feedback", "--period", "2026H2", "--agency", "SXD", "--format", "md", "-o", "-",
        "--send-by", "05/12/2026");
    assertThat(run.out()).contains("trước ngày 05/12/2026");
    // ten days before the due date the plan's seven days still fit: the due date stands; after it, seven days from today
    assertThat(CliRun.runWithEnv(Map.of("SCTB_TODAY", "2026-12-10"), "feedback", "--period", "2026H2", "--agency", "SXD",
        "--format", "md", "-o", "-").out()).contains("trước ngày 20/12/2026");
    assertThat(CliRun.runWithEnv(Map.of("SCTB_TODAY", "2026-12-22"), "feedback", "--period", "2026H2", "--agency", "SXD",
        "--format", "md", "-o", "-").out()).contains("trước ngày 29/12/2026");
  }

  @Test
  void anEmailDraftCarriesTheFeedbackAsAnAttachment() throws Exception {
    CliRun run = CliRun.runWithEnv(TODAY, "feedback", "--period", "2026H2", "--agency", "SXD", "--format", "eml,pdf",
        "--out-dir", dir.toString(), "-q");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    byte[] bytes = Files.readAllBytes(dir.resolve("phan-hoi-2026H2-SXD.eml"));
    String eml = new String(bytes, java.nio.charset.StandardCharsets.US_ASCII);
    // RFC 5322: ASCII, CRLF line ends, lines within 78 characters here (998 at most)
    assertThat(eml.replace("\r\n", "")).doesNotContain("\r", "\n");
    assertThat(eml.split("\r\n")).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(78));
    for (int i = 0; i < bytes.length; i++) {
      assertThat(bytes[i] & 0xff).isLessThan(0x80);
    }
    String head = eml.substring(0, eml.indexOf("\r\n\r\n"));
    assertThat(head).contains("Date: Wed, 25 Nov 2026 08:00:00 +0700", "X-Unsent: 1", "MIME-Version: 1.0",
        "Content-Type: multipart/mixed; boundary=").doesNotContain("From:", "To:");
    // the subject in UTF-8 encoded words (RFC 2047), none longer than 75 characters
    assertThat(subject(eml)).isEqualTo("Phiếu phản hồi: Kết quả tiếp nhận báo cáo 6 tháng cuối năm 2026 thực hiện "
        + "Kế hoạch sản xuất và tiêu dùng bền vững 2021 - 2030 — Sở Xây dựng");
    String[] parts = parts(eml);
    assertThat(parts).hasSize(4); // preamble, text, attachment, end
    String text = text(eml);
    assertThat(text).startsWith("Kính gửi: Sở Xây dựng\r\n").contains("Tóm tắt: 2 lỗi phải sửa; còn thiếu 1 nhiệm vụ.",
        "trước ngày 20/12/2026.");
    // the attachment under the name the clerk reads (RFC 2231), its code name for mail programs reading only Content-Type
    assertThat(parts[2]).contains("Content-Type: application/pdf; name=\"phan-hoi-2026H2-SXD.pdf\"\r\n")
        .doesNotContain("filename=");
    assertThat(attachmentName(eml)).isEqualTo("Phiếu phản hồi 2026H2 - Sở Xây dựng.pdf");
    byte[] attached = java.util.Base64.getMimeDecoder().decode(parts[2].substring(parts[2].indexOf("\r\n\r\n") + 4));
    assertThat(attached).isEqualTo(Files.readAllBytes(dir.resolve("phan-hoi-2026H2-SXD.pdf")));
    // the same inputs, the same bytes (date, boundary, message id)
    CliRun again = CliRun.runWithEnv(TODAY, "feedback", "--period", "2026H2", "--agency", "SXD", "--format", "eml", "-o", "-");
    assertThat(again.out()).isEqualTo(eml);
  }

  /**
   * The attached PDF is named as the clerk names a document ("Phiếu phản hồi 2026H2 - Sở Xây dựng.pdf"), in the
   * language of the e-mail; a confirmation of receipt is named so; characters Windows refuses in a file name
   * (an agency named "Sở A/B: "C"" in plan.yaml) are made hyphens, so that the attachment can be saved.
   */
  @Test
  void theAttachmentIsNamedInWordsAWindowsFolderAccepts() throws Exception {
    assertThat(attachmentName(CliRun.runWithEnv(TODAY, "--lang", "en", "feedback", "--period", "2026H2", "--agency", "SXD",
        "--format", "eml", "-o", "-").out())).isEqualTo("Feedback 2026H2 - Department of Construction.pdf");
    assertThat(attachmentName(CliRun.runWithEnv(TODAY, "feedback", "--period", "2026H2", "--agency", "STC", "--format",
        "eml", "-o", "-").out())).isEqualTo("Xác nhận đã nhận báo cáo 2026H2 - Sở Tài chính.pdf");
    Path plan = dir.resolve("plan.yaml");
    Files.writeString(plan, Files.readString(CliRun.PLAN).replace("vi: \"Sở Xây dựng\"",
        "vi: \"Sở Xây dựng/Quy hoạch: \\\"Đô thị\\\" <mới>?\""));
    CliRun odd = CliRun.runWithEnv(TODAY, "feedback", "--plan", plan.toString(), "--data",
        CliRun.REPO.resolve("samples").toString(), "--period", "2026H2", "--agency", "SXD",
        "--format", "eml", "-o", "-");
    assertThat(odd.err()).doesNotContain("Exception");
    assertThat(attachmentName(odd.out())).isEqualTo("Phiếu phản hồi 2026H2 - Sở Xây dựng-Quy hoạch- -Đô thị- -mới--.pdf");
  }

  /** The e-mail's opening is one sentence: the attachment and the day the report came, not "(gửi ngày …) (đính kèm …)". */
  @Test
  void theEmailOpensWithOneSentenceNotTwoBrackets() {
    CliRun vi = CliRun.runWithEnv(TODAY, "feedback", "--period", "2026H2", "--agency", "SVHTTDL", "--format", "eml", "-o", "-");
    assertThat(text(vi.out())).contains("Sở Công Thương gửi quý Sở phiếu phản hồi (đính kèm thư này) về báo cáo kết quả thực "
        + "hiện Kế hoạch 6 tháng cuối năm 2026 do quý Sở gửi ngày 24/11/2026.").doesNotContain(") (");
    CliRun en = CliRun.runWithEnv(TODAY, "--lang", "en", "feedback", "--period", "2026H2", "--agency", "SVHTTDL", "--format",
        "eml", "-o", "-");
    assertThat(text(en.out())).contains("sends you, attached, its feedback on your report on the Plan's implementation for the "
        + "second half of 2026, sent on 24/11/2026.").doesNotContain(") (");
  }

  /**
   * The attachment's file name as a mail program reads it (RFC 2231, as Thunderbird does): the Content-Disposition's
   * {@code filename*0*}, {@code filename*1*}, … (or {@code filename*}) joined in order, the charset taken off,
   * the escapes decoded as UTF-8.
   */
  static String attachmentName(String eml) {
    String part = parts(eml)[2];
    String disposition = part.substring(part.indexOf("Content-Disposition:"));
    disposition = disposition.substring(0, disposition.indexOf("\r\nContent-Transfer-Encoding")).replace("\r\n ", " ");
    java.util.regex.Matcher p = java.util.regex.Pattern.compile("filename\\*(\\d+)?\\*=([^;\\s]+)").matcher(disposition);
    java.util.TreeMap<Integer, String> pieces = new java.util.TreeMap<>();
    while (p.find()) {
      pieces.put(p.group(1) == null ? 0 : Integer.parseInt(p.group(1)), p.group(2));
    }
    String joined = String.join("", pieces.values());
    assertThat(joined).startsWith("UTF-8''");
    return java.net.URLDecoder.decode(joined.substring("UTF-8''".length()).replace("+", "%2B"),
        java.nio.charset.StandardCharsets.UTF_8);
  }

  /** An e-mail's subject as a mail program shows it: its UTF-8 encoded words (RFC 2047, at most 75 characters each) decoded. */
  static String subject(String eml) {
    String head = eml.substring(0, eml.indexOf("\r\n\r\n"));
    java.util.regex.Matcher words = java.util.regex.Pattern.compile("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]+)\\?=").matcher(head);
    StringBuilder subject = new StringBuilder();
    while (words.find()) {
      assertThat(words.group().length()).isLessThanOrEqualTo(75);
      subject.append(new String(java.util.Base64.getDecoder().decode(words.group(1)), java.nio.charset.StandardCharsets.UTF_8));
    }
    return subject.toString();
  }

  /**
   * English subjects say each word once and read as an English clerk writes them: "Feedback on the report …",
   * "Acknowledgement of receipt of the report …" (not "Acknowledgement of receipt: Receipt of the report …"), the
   * attachments named the same way, and the reminders' summary line (one letter or one to all) a sentence.
   */
  @Test
  void theEnglishSubjectsAndAttachmentNamesReadNaturally() {
    String plan = "the Sustainable Production and Consumption Plan 2021–2030";
    String feedback = CliRun.runWithEnv(TODAY, "--lang", "en", "feedback", "--period", "2026H2", "--agency", "SXD", "--format",
        "eml", "-o", "-").out();
    assertThat(subject(feedback)).isEqualTo("Feedback on the report for the second half of 2026 on " + plan
        + " — Department of Construction");
    assertThat(attachmentName(feedback)).isEqualTo("Feedback 2026H2 - Department of Construction.pdf");
    String receipt = CliRun.runWithEnv(TODAY, "--lang", "en", "feedback", "--period", "2026H2", "--agency", "STC", "--format",
        "eml", "-o", "-").out();
    assertThat(subject(receipt)).isEqualTo("Acknowledgement of receipt of the report for the second half of 2026 on " + plan
        + " — Department of Finance");
    assertThat(attachmentName(receipt)).isEqualTo("Acknowledgement of receipt 2026H2 - Department of Finance.pdf");
    assertThat(CliRun.runWithEnv(TODAY, "--lang", "en", "feedback", "--period", "2026H2", "--agency", "STC", "--format", "md",
        "-o", "-").out()).contains("# ACKNOWLEDGEMENT OF RECEIPT\n\n**Report for the second half of 2026 on " + plan + "**");
    String summary = "Re: Reminder to report on the implementation of " + plan + " for the second half of 2026";
    for (String[] letter : new String[][] {{"--agency", "SXD"}, {"--combined"}}) {
      CliRun remind = CliRun.runWithEnv(TODAY, "--lang", "en", "remind", "--period", "2026H2", letter[0],
          letter.length > 1 ? letter[1] : "-q", "--format", "html", "-o", "-");
      assertThat(remind.out()).as(String.join(" ", letter)).contains("<title>" + summary + "</title>",
          "<div class=\"summary\">" + summary + "</div>");
    }
  }

  /** An e-mail's MIME parts: preamble, text, attachment, end. */
  private static String[] parts(String eml) {
    String head = eml.substring(0, eml.indexOf("\r\n\r\n"));
    String boundary = head.replaceAll("(?s).*boundary=\"([^\"]+)\".*", "$1");
    return eml.split("--" + java.util.regex.Pattern.quote(boundary));
  }

  /** An e-mail's text part, decoded. */
  static String text(String eml) {
    String part = parts(eml)[1];
    return new String(java.util.Base64.getMimeDecoder().decode(part.substring(part.indexOf("\r\n\r\n") + 4)),
        java.nio.charset.StandardCharsets.UTF_8);
  }
}
