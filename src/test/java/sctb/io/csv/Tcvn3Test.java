package sctb.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The old TCVN3 (ABC) code told from Windows code pages and read back as Unicode. */
class Tcvn3Test {
  /** "Kỳ báo cáo,Đơn vị,Trạng thái\r\n2026H2,SCT,Đang triển khai — Đã tổ chức hội nghị" as the .VnTime fonts write it. */
  private static final byte[] TCVN3 = bytes("K\u00fa b\u00b8o c\u00b8o,\u00a7\u00acn v\u00de,Tr\u00b9ng th\u00b8i\r\n"
      + "2026H2,SCT,\u00a7ang tri\u00d3n khai, \u00a7\u00b7 t\u00e6 ch\u00f8c h\u00e9i ngh\u00de\r\n");

  private static byte[] bytes(String latin1) {
    return latin1.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void tcvn3IsReadAsUnicode() {
    Decoded d = TextDecoder.decode(TCVN3);
    assertThat(d.encoding()).isEqualTo("TCVN3");
    assertThat(d.fallback()).isTrue();
    assertThat(d.text()).isEqualTo("Kỳ báo cáo,Đơn vị,Trạng thái\r\n2026H2,SCT,Đang triển khai, Đã tổ chức hội nghị\r\n");
  }

  @Test
  void windowsCodePagesStaySo() {
    String text = "Kỳ báo cáo,Đơn vị,Trạng thái\r\n2026H2,SCT,Hoàn thành,Công ty May Thiệu Phong\r\n";
    byte[] western = text.replaceAll("[ỳệạ]", "?").getBytes(Charset.forName("windows-1252"));
    assertThat(TextDecoder.decode(western).encoding()).isEqualTo("windows-1252");
    assertThat(Tcvn3.looksTcvn3("Giá: 12 µg, © 2026".getBytes(Charset.forName("windows-1252")))).isFalse();
  }
}
