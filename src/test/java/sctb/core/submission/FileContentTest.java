package sctb.core.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** What a file is from its first bytes, whatever its name. */
class FileContentTest {
  private static FileContent of(int... bytes) {
    byte[] b = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      b[i] = (byte) bytes[i];
    }
    return FileContent.of(b);
  }

  private static FileContent of(String text) {
    return FileContent.of(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void signatures() {
    assertThat(of('P', 'K', 3, 4, 20, 0)).isEqualTo(FileContent.ZIP);
    assertThat(of(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)).isEqualTo(FileContent.OLE);
    assertThat(of("%PDF-1.7\n")).isEqualTo(FileContent.PDF);
    assertThat(of(0x89, 'P', 'N', 'G', 13, 10, 26, 10)).isEqualTo(FileContent.IMAGE);
    assertThat(of(0xFF, 0xD8, 0xFF, 0xE0)).isEqualTo(FileContent.IMAGE);
    assertThat(of(0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c')).isEqualTo(FileContent.IMAGE);
    assertThat(of(0x1F, 0x8B, 8, 0)).isEqualTo(FileContent.ARCHIVE);
    assertThat(of("\uFEFF  <html><body><table>")).isEqualTo(FileContent.HTML);
    assertThat(of("<?xml version=\"1.0\"?><Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\">"))
        .isEqualTo(FileContent.XML);
    assertThat(of(0, 1, 2, 3, 4, 5, 6, 7, 'a', 'b')).isEqualTo(FileContent.BINARY);
  }

  @Test
  void textIsText() {
    assertThat(of("period,agency,task,status\n2024H1,SCT,I.1,done\n")).isEqualTo(FileContent.TEXT);
    assertThat(of("\uFEFFKỳ báo cáo;Đơn vị\r\n")).isEqualTo(FileContent.TEXT);
    assertThat(of(0xFF, 0xFE, 'p', 0, 'e', 0, 'r', 0)).as("UTF-16 with its mark").isEqualTo(FileContent.TEXT);
    assertThat(of("BMW,Bắc Ninh\n")).as("'BM' alone is not a bitmap").isEqualTo(FileContent.TEXT);
    assertThat(of("period,agency,task\n2024H1,SCT,I.1\u0000\n")).as("a stray NUL").isEqualTo(FileContent.TEXT);
    assertThat(FileContent.of(new byte[0])).isEqualTo(FileContent.TEXT);
  }

  @Property
  void anyBytesHaveAnAnswer(@ForAll byte[] bytes) {
    assertThat(FileContent.of(bytes)).isNotNull();
  }
}
