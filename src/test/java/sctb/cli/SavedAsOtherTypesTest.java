package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tables an agency saves from Excel or LibreOffice under other names than .csv and .xlsx. A folder search
 * took only *.csv, *.xlsx and *.xls: Excel's "Unicode Text" (UTF-16, tabs, saved as .txt) and a
 * LibreOffice .ods were left out without a word, and the agency counted as not having sent.
 */
class SavedAsOtherTypesTest {
  private static final Map<String, String> TODAY = Map.of("SCTB_TODAY", "2026-12-20");

  @TempDir
  Path folder;

  @Test
  void excelUnicodeTextSavedAsTxtIsRead() throws IOException {
    String table = "period\tagency\ttask\tstatus\tprogress\r\n2026H2\tSCT\tI.1\tThường xuyên\t\r\n2026H2\tSCT\tI.6\tXong\t100\r\n";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
    bytes.write(table.getBytes(StandardCharsets.UTF_16LE));
    Files.write(folder.resolve("SCT-nhiem-vu.txt"), bytes.toByteArray());
    CliRun run = CliRun.runWithEnv(TODAY, "validate", folder.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("SCT-nhiem-vu.txt", "dòng 3, cột “status”: lỗi: Trạng thái “Xong” không hợp lệ",
        "Đã kiểm tra 1 tệp, 2 dòng (1 dòng bị loại): 1 lỗi, 0 cảnh báo.");
  }

  /** A tool that writes UTF-16 without its byte order mark: the file was refused as binary. */
  @Test
  void utf16WithoutByteOrderMarkIsReadWithAWarning() throws IOException {
    String table = "period,agency,task,status,progress\r\n2026H2,SCT,I.1,Thường xuyên,\r\n2026H2,SCT,I.6,Xong,100\r\n";
    Files.write(folder.resolve("SCT-nhiem-vu.csv"), table.getBytes(StandardCharsets.UTF_16LE));
    CliRun run = CliRun.runWithEnv(TODAY, "validate", folder.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("Tệp viết theo bảng mã Unicode UTF-16LE (16 bit) nhưng thiếu dấu nhận biết (BOM)",
        "dòng 3, cột “status”: lỗi: Trạng thái “Xong” không hợp lệ",
        "Đã kiểm tra 1 tệp, 2 dòng (1 dòng bị loại): 1 lỗi, 1 cảnh báo.").doesNotContain("nhị phân");
    CliRun english = CliRun.runWithEnv(TODAY, "validate", "--lang", "en", folder.toString());
    assertThat(english.out()).contains("The file is Unicode UTF-16LE (16-bit) text without the byte order mark");
  }

  /** A sheet kept in the old TCVN3 code (.VnTime fonts): every column was unknown and the file kind not told. */
  @Test
  void tcvn3IsReadWithAWarning() throws IOException {
    String table = "K\u00fa b\u00b8o c\u00b8o,\u00a7\u00acn v\u00de,M\u00b7 nhi\u00d6m v\u00f4,Tr\u00b9ng th\u00b8i\r\n"
        + "2026H2,SCT,I.1,\u00a7ang tri\u00d3n khai\r\n2026H2,SCT,I.6,Xong\r\n";
    Files.write(folder.resolve("SCT-nhiem-vu.csv"), table.getBytes(StandardCharsets.ISO_8859_1));
    CliRun run = CliRun.runWithEnv(TODAY, "validate", folder.toString());
    assertThat(run.out()).contains("Tệp viết theo bảng mã cũ TCVN3 (ABC, phông chữ .VnTime)",
        "dòng 3, cột “Trạng thái”: lỗi: Trạng thái “Xong” không hợp lệ",
        "Đã kiểm tra 1 tệp, 2 dòng (1 dòng bị loại): 1 lỗi, 1 cảnh báo.").doesNotContain("Không nhận ra loại tệp");
    CliRun english = CliRun.runWithEnv(TODAY, "validate", "--lang", "en", folder.toString());
    assertThat(english.out()).contains("The file is in the old TCVN3 code (ABC, the .VnTime fonts)");
  }

  /** Read as tables, a clerk's note beside the reports made the whole folder fail (exit 1) for no report's fault. */
  @Test
  void aNoteSavedAsTxtIsAWarningNotAnError() throws IOException {
    Files.writeString(folder.resolve("SCT-nhiem-vu.csv"), "period,agency,task,status\n2026H2,SCT,I.1,done\n");
    Files.writeString(folder.resolve("ghi-chu.txt"), "Đã gửi bản giấy ngày 18/12.\nLiên hệ: chị Lan, phòng KHTC\n");
    CliRun run = CliRun.runWithEnv(TODAY, "validate", folder.toString());
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out()).contains("ghi-chu.txt", "không phải bảng báo cáo", "nên được bỏ qua")
        .doesNotContain("Không nhận ra loại tệp", "unknown-column", "Cột “Đã gửi");
  }

  @Test
  void libreOfficeWorkbookInAFolderIsReportedNotLeftOut() throws IOException {
    Files.writeString(folder.resolve("SCT-nhiem-vu.csv"), "period,agency,task,status\n2026H2,SCT,I.1,done\n");
    Files.write(folder.resolve("SCT-chi-so.ods"), ods());
    Files.write(folder.resolve("~$SCT-chi-so.csv"), new byte[] {7, 'N', 'g', 0, 0, 0}); // Excel's lock file: skipped
    CliRun run = CliRun.runWithEnv(TODAY, "validate", folder.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("SCT-chi-so.ods” là bảng tính LibreOffice (.ods)", "Đã kiểm tra 2 tệp")
        .doesNotContain("~$");
  }

  /**
   * A workbook with a password to open is an encrypted compound file, like an old .xls: both were told "an old .xls
   * or a password-protected workbook"; the clerk who sent an .xlsx is now told to clear the password, and how.
   */
  @Test
  void aPasswordProtectedWorkbookIsToldFromAnOldXls() throws Exception {
    try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
      org.apache.poi.poifs.crypt.EncryptionInfo info =
          new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
      org.apache.poi.poifs.crypt.Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword("mat-khau");
      try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
          java.io.OutputStream out = encryptor.getDataStream(fs)) {
        wb.createSheet("nhiem-vu").createRow(0).createCell(0).setCellValue("Kỳ báo cáo");
        wb.write(out);
      }
      try (java.io.OutputStream out = Files.newOutputStream(folder.resolve("SCT-nhiem-vu.xlsx"))) {
        fs.writeFilesystem(out);
      }
    }
    try (org.apache.poi.hssf.usermodel.HSSFWorkbook old = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
        java.io.OutputStream out = Files.newOutputStream(folder.resolve("SCT-chi-so.xls"))) {
      old.createSheet("chi-so").createRow(0).createCell(0).setCellValue("Kỳ báo cáo");
      old.write(out);
    }
    CliRun run = CliRun.runWithEnv(TODAY, "validate", folder.toString());
    assertThat(run.out()).contains("SCT-nhiem-vu.xlsx” là sổ tính Excel có đặt mật khẩu để mở", "xóa mật khẩu",
        "SCT-chi-so.xls” là sổ tính Excel cũ (.xls)");
  }

  /** Excel's binary workbook is a zip as .xlsx is: it was "damaged or not an .xlsx"; it is named, with what to do. */
  @Test
  void anExcelBinaryWorkbookIsNamed() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("_rels/.rels"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
          + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
          + "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.bin\"/></Relationships>")
          .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("xl/workbook.bin"));
      zip.write(new byte[] {(byte) 0x83, 1, 0, (byte) 0x80, 1});
    }
    Files.write(folder.resolve("SCT-chi-so.xlsb"), out.toByteArray());
    CliRun run = CliRun.runWithEnv(TODAY, "validate", folder.toString());
    assertThat(run.out()).contains("SCT-chi-so.xlsb” là Sổ làm việc nhị phân Excel (.xlsb)", "Lưu thành");
  }

  /** A file of no bytes (a failed copy or download) was "a CSV named as a workbook" and "fill in the template". */
  @Test
  void aFileOfNoBytesIsToldAsAFailedCopy() throws IOException {
    Files.write(folder.resolve("SCT-chi-so.xlsx"), new byte[0]);
    CliRun run = CliRun.runWithEnv(TODAY, "validate", folder.toString());
    assertThat(run.out()).contains("SCT-chi-so.xlsx (1 lỗi, 0 cảnh báo)", "Tệp có 0 byte, không có nội dung nào")
        .doesNotContain("mang tên đuôi của Excel", "tệp mẫu");
  }

  /** The start of an OpenDocument spreadsheet: its mimetype entry first, stored. */
  private static byte[] ods() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      byte[] type = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
      ZipEntry mimetype = new ZipEntry("mimetype");
      mimetype.setMethod(ZipEntry.STORED);
      mimetype.setSize(type.length);
      java.util.zip.CRC32 crc = new java.util.zip.CRC32();
      crc.update(type);
      mimetype.setCrc(crc.getValue());
      zip.putNextEntry(mimetype);
      zip.write(type);
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
