package sctb.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import org.junit.jupiter.api.Test;

/** The sheet reader's own limits, on sheet XML streamed straight to it (no zip to inflate, no file to write). */
class SheetHandlerTest {
  /** {@code rows} rows of the same XML, made as they are read. */
  private static InputStream sheet(int rows, String row) {
    byte[] head = ("<worksheet xmlns=\"" + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
        .getBytes(StandardCharsets.UTF_8);
    byte[] each = ("<row>" + row + "</row>").getBytes(StandardCharsets.UTF_8);
    byte[] tail = "</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8);
    Enumeration<InputStream> parts = new Enumeration<>() {
      int i = -1;

      @Override
      public boolean hasMoreElements() {
        return i <= rows;
      }

      @Override
      public InputStream nextElement() {
        i++;
        return new java.io.ByteArrayInputStream(i == 0 ? head : i <= rows ? each : tail);
      }
    };
    return new SequenceInputStream(parts);
  }

  private static SheetHandler handler() {
    return new SheetHandler(new ArrayList<>(), StyleFormats.none(), false, new TextBudget());
  }

  @Test
  void moreThanTwoMillionCellsStop() {
    String row = String.join("", Collections.nCopies(200, "<c><v>7</v></c>"));
    Stop stop = catchThrowableOfType(() -> handler().parse(sheet(10_001, row)), Stop.class);
    assertThat(stop.reason).isEqualTo("too-many-cells");
    assertThat(stop.limit).isEqualTo(2_000_000);
  }

  @Test
  void aDocTypeIsRefused() {
    InputStream doc = new java.io.ByteArrayInputStream(("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY e \"x\">]>"
        + "<worksheet><sheetData/></worksheet>").getBytes(StandardCharsets.UTF_8));
    assertThat(catchThrowableOfType(() -> handler().parse(doc), Stop.class).reason).isEqualTo("invalid");
  }
}
