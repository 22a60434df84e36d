package sctb.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import sctb.core.diag.Diagnostic;
import sctb.core.submission.RawFile;

/** Broken and hostile files: a diagnostic with a code, never an exception, nothing silently lost. */
class HostileCsvTest {
  private static List<String> codes(RawFile f) {
    return f.diagnostics().stream().map(d -> d.code().id()).toList();
  }

  @Test
  void emptyHeaderOnlyAndNulBytes() {
    assertThat(codes(CsvFileReader.read("e.csv", new byte[0], null))).containsExactly("empty-file");
    assertThat(codes(CsvFileReader.read("w.csv", " \r\n\r\n".getBytes(StandardCharsets.UTF_8), null))).containsExactly("empty-file");
    RawFile header = CsvFileReader.read("h.csv", "period,agency,task,status\r\n".getBytes(StandardCharsets.UTF_8), null);
    assertThat(codes(header)).as("a header alone holds no data, and says so").containsExactly("no-rows");
    assertThat(header.diagnostics().get(0).location().line()).isEqualTo(1);
    assertThat(header.rows()).isEmpty();
    RawFile nul = CsvFileReader.read("n.csv", "period,agency,task,status\n2024H1,SCT,I.1\u0000,done\n".getBytes(StandardCharsets.UTF_8), null);
    assertThat(nul.rows()).hasSize(1);
  }

  @Test
  void tenThousandColumnsAndAHugeField() {
    StringBuilder wide = new StringBuilder("period,agency,task,status");
    for (int i = 0; i < 10_000; i++) {
      wide.append(",c").append(i);
    }
    RawFile f = CsvFileReader.read("wide.csv", (wide + "\n2024H1,SCT,I.1,done\n").getBytes(StandardCharsets.UTF_8), null);
    assertThat(f.diagnostics()).hasSize(10_000).allMatch(d -> d.code().id().equals("unknown-column"));
    String big = "x".repeat(5_000_000);
    RawFile huge = CsvFileReader.read("big.csv", ("period,agency,task,status,result\n2024H1,SCT,I.1,done,\"" + big + "\"\n")
        .getBytes(StandardCharsets.UTF_8), null);
    assertThat(huge.rows().get(0).text(sctb.core.submission.Column.RESULT)).hasSize(5_000_000);
  }

  @Test
  void invalidUtf8InTheMiddleFallsBackAndIsReported() {
    byte[] bytes = "period,agency,task,status,result\n2024H1,SCT,I.1,done,ok \u00ff\n".getBytes(StandardCharsets.ISO_8859_1);
    RawFile f = CsvFileReader.read("m.csv", bytes, null);
    Diagnostic d = f.diagnostics().get(0);
    assertThat(d.code().id()).isEqualTo("encoding");
    assertThat(d.value()).isEqualTo("windows-1252");
    assertThat(f.rows().get(0).text(sctb.core.submission.Column.RESULT)).isEqualTo("ok ÿ");
  }

  @Test
  void anUnclosedQuoteAfterThousandsOfRowsIsReportedAtItsOwnLine() {
    StringBuilder csv = new StringBuilder("period,agency,task,status,result\n");
    for (int i = 0; i < 1_500; i++) {
      csv.append("2024H1,SCT,I.1,done,ok\n");
    }
    csv.append("2024H1,SCT,I.2,done,\"never closed\n2024H1,SCT,I.3,done,ok\n");
    RawFile f = CsvFileReader.read("q.csv", csv.toString().getBytes(StandardCharsets.UTF_8), null);
    Diagnostic d = f.diagnostics().get(f.diagnostics().size() - 1);
    assertThat(d.code().id()).isEqualTo("malformed-csv");
    assertThat(d.location().line()).as("the line the quote opens on, past Commons CSV's \"1,502\"").isEqualTo(1_502);
  }

  @Test
  void aLineNumberIsReadWhateverItsDigitGrouping() {
    assertThat(CsvFileReader.lineIn("(startline 50,001) EOF reached", 7)).isEqualTo(50_001);
    assertThat(CsvFileReader.lineIn("(line 50.001) x", 7)).isEqualTo(50_001);
    assertThat(CsvFileReader.lineIn("(line 12) x", 7)).isEqualTo(12);
    assertThat(CsvFileReader.lineIn("no line here", 7)).isEqualTo(7);
  }
}
