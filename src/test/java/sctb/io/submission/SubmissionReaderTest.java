package sctb.io.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sctb.core.diag.Diagnostic;
import sctb.core.submission.DecimalStyle;
import sctb.core.submission.IndicatorRow;
import sctb.core.submission.Status;
import sctb.core.submission.Submissions;
import sctb.core.submission.TaskRow;

/** Files as they really arrive from Excel on Windows, read into exact values or precise diagnostics. */
class SubmissionReaderTest {
  private static final String TASKS = "Kỳ báo cáo;Đơn vị;Mã nhiệm vụ;Tên nhiệm vụ;Trạng thái;Tiến độ;Kết quả;Kinh phí\r\n";
  private static final String RESULT = "Đã tổ chức 3 lớp tập huấn, hướng dẫn 25 doanh nghiệp";

  @TempDir Path dir;

  @Test
  void windows1258WithDecomposedToneMarksIsDecodedToNfcAndWarned() {
    String text = TASKS + "2024H1;Sở Công Thương;I.1;Triển khai;Đang triển khai;40;" + RESULT + ";1.500.000\r\n";
    byte[] bytes = windows1258(text);
    Submissions s = Check.read(Check.write(dir, "cp1258.csv", bytes));
    Diagnostic d = Check.only(s, "encoding");
    assertThat(d.value()).isEqualTo("windows-1258");
    assertThat(d.location().line()).isEqualTo(1);
    TaskRow row = s.tasks().get(0);
    assertThat(row.agency()).isEqualTo("SCT");
    assertThat(row.status()).isEqualTo(Status.IN_PROGRESS);
    assertThat(row.result()).isEqualTo(RESULT);
    assertThat(row.spentVnd()).isEqualByComparingTo("1500000");
  }

  /**
   * As Windows writes Vietnamese in code page 1258: letters with circumflex, breve or horn are single
   * bytes (ô, ơ, ư…), tone marks follow as combining bytes — NFD with the non-tone marks recomposed.
   */
  static byte[] windows1258(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      String nfd = Normalizer.normalize(String.valueOf(text.charAt(i)), Normalizer.Form.NFD);
      StringBuilder base = new StringBuilder();
      StringBuilder tones = new StringBuilder();
      nfd.chars().forEach(c -> (TONES.indexOf(c) >= 0 ? tones : base).append((char) c));
      out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
    }
    byte[] bytes = out.toString().getBytes(Charset.forName("windows-1258"));
    assertThat(new String(bytes, Charset.forName("windows-1258"))).doesNotContain("?");
    return bytes;
  }

  private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

  @Test
  void windows1252IsNamedWhenTheTextIsNotVietnamese() {
    byte[] bytes = "period,agency,task,status,result\n2024H1,SCT,I.1,done,Caf\u00e9 r\u00e9sum\u00e9\n"
        .getBytes(Charset.forName("windows-1252"));
    Submissions s = Check.read(Check.write(dir, "cp1252.csv", bytes));
    assertThat(Check.only(s, "encoding").value()).isEqualTo("windows-1252");
    assertThat(s.tasks().get(0).result()).isEqualTo("Café résumé");
  }

  @Test
  void bomSemicolonsAndDecimalCommas() {
    String text = "\uFEFFKỳ;Cơ quan;Chỉ số;Ngành;Đối tượng;Giá trị;Mẫu số;Đơn vị tính;Ghi chú\r\n"
        + "2024H1;SCT;consumption-reduction;Xi măng;Công ty Xi măng A;1.234,5;2.000;MJ/tấn;\r\n"
        + "2024H1;SCT;consumption-reduction;cement;Công ty Xi măng B;987,25;1.000,5;MJ/tấn;\r\n";
    Submissions s = Check.read(Check.write(dir, "bom.csv", text.getBytes(StandardCharsets.UTF_8)));
    assertThat(s.diagnostics()).isEmpty();
    List<IndicatorRow> rows = s.indicators();
    assertThat(rows).extracting(IndicatorRow::numerator).containsExactly(new BigDecimal("1234.5"), new BigDecimal("987.25"));
    assertThat(rows).extracting(IndicatorRow::denominator).containsExactly(new BigDecimal("2000"), new BigDecimal("1000.5"));
    assertThat(rows).extracting(IndicatorRow::sector).containsOnly("cement");
  }

  @Test
  void pointStyleAndForcedDecimals() {
    String text = "period,agency,indicator,sector,entity,numerator,denominator\n"
        + "2024H1,SCT,consumption-reduction,beer,Bia A,\"1,234.5\",1.250\n";
    Submissions s = Check.read(Check.write(dir, "point.csv", text.getBytes(StandardCharsets.UTF_8)));
    assertThat(s.diagnostics()).isEmpty();
    assertThat(s.indicators().get(0).numerator()).isEqualByComparingTo("1234.5");
    assertThat(s.indicators().get(0).denominator()).isEqualByComparingTo("1.25");
    String ambiguous = "period,agency,indicator,sector,entity,numerator,denominator\n"
        + "2024H1,SCT,consumption-reduction,beer,Bia A,\"1,250\",2\n";
    Path file = Check.write(dir, "ambiguous.csv", ambiguous.getBytes(StandardCharsets.UTF_8));
    Submissions guessed = Check.read(file);
    Check.at(Check.only(guessed, "ambiguous-number"), 2, "numerator");
    assertThat(guessed.indicators().get(0).numerator()).isEqualByComparingTo("1250");
    Submissions forced = SubmissionReader.read(Check.PLAN, List.of(file), new ReadOptions(null, Check.TODAY, DecimalStyle.COMMA));
    assertThat(forced.diagnostics()).isEmpty();
    assertThat(forced.indicators().get(0).numerator()).isEqualByComparingTo("1.25");
  }

  @Test
  void quotedMultiLineTextKeepsPhysicalLineNumbers() {
    String text = "period,agency,task,status,result\r\n"
        + "2024H1,SCT,I.1,done,\"- Dòng một, có dấu phẩy\r\n- Dòng hai \"\"trích dẫn\"\"\r\n- Dòng ba\"\r\n"
        + "2024H1,SCT,IV.9,done,\r\n"
        + "\r\n"
        + "2024H1,SCT,II.1,hoan thanh,\r\n"
        + ",,,,\r\n,,,,\r\n";
    Submissions s = Check.read(Check.write(dir, "multiline.csv", text.getBytes(StandardCharsets.UTF_8)));
    Check.at(Check.only(s, "unknown-task"), 5, "task");
    assertThat(s.tasks()).hasSize(2);
    assertThat(s.tasks().get(0).result()).isEqualTo("- Dòng một, có dấu phẩy\r\n- Dòng hai \"trích dẫn\"\r\n- Dòng ba");
    assertThat(s.tasks().get(1).at().line()).isEqualTo(7);
    assertThat(s.tasks().get(1).status()).isEqualTo(Status.DONE);
    assertThat(s.rejectedRows()).isEqualTo(1);
  }

  @Test
  void excelErrorValuesAreErrorsNeverZero() {
    String text = "period,agency,indicator,entity,numerator,denominator\n"
        + "2024H1,SCT,eco-packaging,Siêu thị A,#DIV/0!,1\n"
        + "2024H1,SCT,eco-packaging,Siêu thị B,1,#N/A\n"
        + "2024H1,SCT,eco-packaging,Siêu thị C,  1 ,  1  \n";
    Submissions s = Check.read(Check.write(dir, "excel.csv", text.getBytes(StandardCharsets.UTF_8)));
    assertThat(s.diagnostics()).extracting(d -> d.code().id() + "@" + d.location().line() + ":" + d.location().columnName())
        .containsExactly("bad-number@2:numerator", "bad-number@3:denominator");
    assertThat(s.indicators()).extracting(IndicatorRow::entity).containsExactly("Siêu thị C");
  }

  @Test
  void aReductionWithZeroOutputIsAnIdlePlantNotAnError() {
    String text = "period,agency,indicator,sector,entity,numerator,denominator\n"
        + "2023H1,SCT,consumption-reduction,paper,Giấy A,0,0\n";
    Submissions s = Check.read(Check.write(dir, "idle.csv", text.getBytes(StandardCharsets.UTF_8)));
    assertThat(s.diagnostics()).isEmpty();
    assertThat(s.indicators()).hasSize(1);
  }

  @Test
  void taskOutputsAreCountIndicatorsAndTaskKindIndicatorsAreRefused() {
    String text = "period,agency,indicator,numerator\n"
        + "2024H1,SCT,IV.2-enterprises-supported,12\n"
        + "2024H1,SCT,policies-implemented,3\n"
        + "2024H1,SCT,spc-models,-1\n";
    Submissions s = Check.read(Check.write(dir, "count.csv", text.getBytes(StandardCharsets.UTF_8)));
    Check.at(Check.only(s, "unknown-indicator"), 3, "indicator");
    assertThat(Check.only(s, "unknown-indicator").args()).containsExactly("computed");
    Check.at(Check.only(s, "out-of-range"), 4, "numerator");
    assertThat(s.indicators()).extracting(IndicatorRow::indicator).containsExactly("IV.2-enterprises-supported");
  }

  @Test
  void sectorMedianOutlier() {
    StringBuilder text = new StringBuilder("period,agency,indicator,sector,entity,numerator,denominator\n");
    for (int i = 1; i <= 5; i++) {
      text.append("2024H1,SCT,consumption-reduction,steel,Thép ").append(i).append(',').append(i == 5 ? 9000 : 1000 + i)
          .append(",10\n");
    }
    Submissions s = Check.read(Check.write(dir, "steel.csv", text.toString().getBytes(StandardCharsets.UTF_8)));
    Diagnostic d = Check.only(s, "outlier");
    Check.at(d, 6, "numerator");
    assertThat(d.args().get(0)).isEqualTo("sector");
    assertThat(d.value()).isEqualTo("Thép 5");
    assertThat(s.indicators()).hasSize(5);
  }

  @Test
  void previousPeriodOutlierNamesTheEstablishmentAsWrittenAcrossFiles() {
    String first = "period,agency,indicator,sector,entity,numerator,denominator\n"
        + "2024H1,SCT,consumption-reduction,steel,Công ty CP Thép Nghi Sơn,100,10\n"
        + "2024H1,SCT,consumption-reduction,steel,Nhà máy Đường Lam Sơn,50,10\n";
    String second = "period,agency,indicator,sector,entity,numerator,denominator\n"
        + "2024H2,SCT,consumption-reduction,steel,Nhà máy Đường Lam Sơn,51,10\n"
        + "2024H2,SCT,consumption-reduction,steel,Công ty CP Thép Nghi Sơn,900,10\n";
    try {
      java.nio.file.Files.createDirectories(dir.resolve("2024H1"));
      java.nio.file.Files.createDirectories(dir.resolve("2024H2"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Check.write(dir, "2024H1/SCT.csv", first.getBytes(StandardCharsets.UTF_8));
    Check.write(dir, "2024H2/SCT.csv", second.getBytes(StandardCharsets.UTF_8));
    Submissions s = Check.read(dir);
    Diagnostic d = Check.only(s, "outlier");
    Check.at(d, 3, "numerator");
    assertThat(d.value()).isEqualTo("Công ty CP Thép Nghi Sơn");
    assertThat(d.args()).containsExactly("previous", "number:90", "2024H1", "number:10", "number:3");
  }

  @Test
  void floodsAreCappedPerCodeWithACount() {
    StringBuilder text = new StringBuilder("period,agency,task,status\n");
    for (int i = 0; i < 450; i++) {
      text.append("2024H1,SCT,I.1,").append("x".repeat(200)).append('\n');
    }
    Submissions s = Check.read(Check.write(dir, "flood.csv", text.toString().getBytes(StandardCharsets.UTF_8)));
    assertThat(s.diagnostics()).filteredOn(d -> d.code().id().equals("unknown-status")).hasSize(200);
    Diagnostic more = Check.only(s, "too-many");
    assertThat(more.value()).isEqualTo("unknown-status");
    assertThat(more.args().get(0)).isEqualTo("250");
    assertThat(s.diagnostics().get(1).value()).hasSize(81).endsWith("…");
    assertThat(s.rejectedRows()).isEqualTo(450);
  }

  @Test
  void unreadablePathsAreDiagnostics() throws Exception {
    Path empty = dir.resolve("empty-folder");
    java.nio.file.Files.createDirectories(empty);
    Submissions s = Check.read(dir.resolve("nope.csv"), empty);
    assertThat(s.diagnostics()).extracting(d -> d.code().id() + ":" + d.args().get(0))
        .containsExactlyInAnyOrder("unreadable:missing", "unreadable:no-csv");
  }

  @Test
  void foldersAreSearchedRecursivelyInSortedOrder() {
    Path b = dir.resolve("b/inner");
    Path a = dir.resolve("a");
    try {
      java.nio.file.Files.createDirectories(b);
      java.nio.file.Files.createDirectories(a);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    byte[] ok = "period,agency,task,status\n2024H1,SCT,I.1,done\n".getBytes(StandardCharsets.UTF_8);
    // the same row, in files not byte-identical (an identical one would be read once: IdenticalCopies)
    Check.write(b, "z.csv", "period,agency,task,status\r\n2024H1,SCT,I.1,done\r\n".getBytes(StandardCharsets.UTF_8));
    Check.write(a, "y.CSV", ok);
    Check.write(a, "notes.txt", ok);
    Submissions s = Check.read(dir);
    assertThat(s.files()).hasSize(2);
    assertThat(s.files().get(0)).endsWith("a/y.CSV");
    assertThat(s.files().get(1)).endsWith("b/inner/z.csv");
    assertThat(Check.only(s, "duplicate-row").location().file()).endsWith("z.csv");
  }

  @Test
  void utf16FromExcelUnicodeTextIsRead() {
    String text = "period\tagency\ttask\tstatus\r\n2024H1\tSở Công Thương\tI.1\tThường xuyên\r\n";
    byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    Submissions s = Check.read(Check.write(dir, "unicode.csv", bytes));
    assertThat(s.diagnostics()).isEmpty();
    assertThat(s.tasks().get(0).status()).isEqualTo(Status.ONGOING);
  }
}
