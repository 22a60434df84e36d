package sctb.core.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** UTF-16 text whose byte order mark was stripped, told by where its NULs are. */
class Utf16WithoutBomTest {
  private static final String TABLE = "period,agency,task,status\r\n2026H2,SCT,I.1,Hoàn thành\r\n"
      + "2026H2,SCT,II.1,Đang triển khai — “Đề án tái chế chất thải”\r\n";

  private static String of(byte[] bytes) {
    return Utf16WithoutBom.of(bytes, bytes.length);
  }

  @Test
  void littleAndBigEndianAreTold() {
    assertThat(of(TABLE.getBytes(StandardCharsets.UTF_16LE))).isEqualTo("UTF-16LE");
    assertThat(of(TABLE.getBytes(StandardCharsets.UTF_16BE))).isEqualTo("UTF-16BE");
    assertThat(FileContent.of(TABLE.getBytes(StandardCharsets.UTF_16LE))).isEqualTo(FileContent.TEXT);
  }

  @Test
  void vietnameseTextWithFewAsciiLettersIsStillTold() {
    String names = "Tỉnh Thanh Hóa;Sở Công Thương;Hoàn thành;Đạt;Chưa đạt;Đang triển khai;Thường xuyên\r\n".repeat(3);
    assertThat(of(names.getBytes(StandardCharsets.UTF_16LE))).isEqualTo("UTF-16LE");
  }

  @Test
  void otherTextAndBinaryAreNot() {
    assertThat(of(TABLE.getBytes(StandardCharsets.UTF_8))).isNull();
    assertThat(of(TABLE.getBytes(StandardCharsets.UTF_16))).isNull(); // with its byte order mark: read as such
    byte[] random = new byte[4096];
    new Random(19).nextBytes(random);
    assertThat(of(random)).isNull();
    byte[] zeros = new byte[64];
    assertThat(of(zeros)).isNull(); // NULs on both sides: no text
    assertThat(FileContent.of(zeros)).isEqualTo(FileContent.BINARY);
    assertThat(of(new byte[] {'a', 0})).isNull(); // too short to tell
  }
}
