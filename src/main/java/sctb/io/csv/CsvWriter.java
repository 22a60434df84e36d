package sctb.io.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes CSV that Excel opens safely: plain UTF-8 with {@code ,} and LF, or for Excel ({@code --excel})
 * UTF-8 with BOM, {@code ;} and CRLF (what Vietnamese Excel expects). Text cells that Excel would run as
 * formulas get a leading apostrophe ({@link Formulas}); cells of the numeric columns are written as is when they hold a plain number.
 */
public final class CsvWriter {
  private CsvWriter() {}

  /** {@code rows}: the header first; {@code numericColumns}: 0-based indexes never neutralised. */
  public static byte[] write(List<List<String>> rows, Set<Integer> numericColumns, boolean excel) {
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setDelimiter(excel ? ';' : ',')
        .setRecordSeparator(excel ? "\r\n" : "\n")
        .setQuoteMode(QuoteMode.MINIMAL)
        .get();
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      for (int r = 0; r < rows.size(); r++) {
        List<String> row = rows.get(r);
        for (int c = 0; c < row.size(); c++) {
          String cell = row.get(c) == null ? "" : row.get(c);
          // A numeric column is written as is only when it holds a plain number; anything else is text.
          printer.print(r > 0 && numericColumns.contains(c) && Formulas.number(cell) ? cell : Formulas.neutralise(cell));
        }
        printer.println();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] body = out.toString().getBytes(StandardCharsets.UTF_8);
    if (!excel) {
      return body;
    }
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    return withBom;
  }
}
