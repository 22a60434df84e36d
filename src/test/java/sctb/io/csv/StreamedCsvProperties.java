package sctb.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import sctb.core.plan.Plan;
import sctb.core.submission.RawFile;
import sctb.core.submission.RawRow;
import sctb.core.validate.SubmissionValidator;
import sctb.core.validate.ValidateOptions;

/**
 * A file read in two passes over its bytes ({@link StreamedCsv}) gives what reading it whole gives:
 * the same header, decimal style, diagnostics, and rows with the same lines and cells — whatever its
 * line ends, blank lines, quotes, empty columns and byte order mark; and it steps aside (null) for
 * bytes the general path decodes otherwise.
 */
class StreamedCsvProperties {
  private static final Plan PLAN = CsvReaderProperties.PLAN;
  private static final ValidateOptions OPTIONS = CsvReaderProperties.OPTIONS;

  @Property(tries = 400)
  void sameFileAsReadWhole(@ForAll("files") String text, @ForAll boolean bom) {
    byte[] bytes = bytes(text, bom);
    RawFile whole = CsvFileReader.read("f.csv", bytes, null);
    RawFile streamed = StreamedCsv.read("f.csv", bytes, null);
    Statistics.label("streamed").collect(streamed != null);
    Statistics.label("streamed").coverage(c -> c.check(true).percentage(p -> p > 50));
    if (streamed == null) {
      return; // read whole: nothing to compare
    }
    assertThat(streamed.kind()).isEqualTo(whole.kind());
    assertThat(streamed.decimals()).isEqualTo(whole.decimals());
    assertThat(streamed.monthFirstDates()).isEqualTo(whole.monthFirstDates());
    assertThat(streamed.rowsUsable()).isEqualTo(whole.rowsUsable());
    assertThat(streamed.diagnostics()).isEqualTo(whole.diagnostics());
    assertThat(streamed.rows()).hasSameSizeAs(whole.rows());
    List<String> got = new ArrayList<>();
    List<String> want = new ArrayList<>();
    for (int i = 0; i < whole.rows().size(); i++) {
      got.add(shown(streamed.rows().get(i)));
      want.add(shown(whole.rows().get(i)));
    }
    assertThat(got).isEqualTo(want);
  }

  @Property(tries = 200)
  void sameValidationAsReadWhole(@ForAll("files") String text) {
    byte[] bytes = bytes(text, false);
    RawFile streamed = StreamedCsv.read("f.csv", bytes, null);
    if (streamed == null) {
      return;
    }
    var a = SubmissionValidator.validate(PLAN, List.of(streamed), OPTIONS);
    var b = SubmissionValidator.validate(PLAN, List.of(CsvFileReader.read("f.csv", bytes, null)), OPTIONS);
    assertThat(a.diagnostics()).isEqualTo(b.diagnostics());
    assertThat(a.indicators()).isEqualTo(b.indicators());
    assertThat(a.tasks()).isEqualTo(b.tasks());
  }

  @Property(tries = 100)
  void cleanFilesAreStreamed(@ForAll @IntRange(min = 1, max = 50) int rows, @ForAll boolean crlf) {
    String end = crlf ? "\r\n" : "\n";
    StringBuilder text = new StringBuilder("period,agency,indicator,sector,entity,numerator,denominator" + end);
    for (int i = 0; i < rows; i++) {
      text.append("2026H1,SCT,eco-packaging,,Siêu thị Hậu Lộc ").append(i).append(",1,1").append(end);
    }
    assertThat(StreamedCsv.read("f.csv", bytes(text.toString(), false), null)).isNotNull();
  }

  @Property(tries = 20)
  void titleLinesAboveTheHeaderAreReadWhole(@ForAll @IntRange(min = 1, max = 50) int rows) {
    StringBuilder text = new StringBuilder("BÁO CÁO 6 THÁNG;;;\n;;;\nperiod;agency;task;status\n");
    for (int i = 0; i < rows; i++) {
      text.append("2026H1;SCT;I.1;done\n");
    }
    byte[] bytes = bytes(text.toString(), false);
    assertThat(StreamedCsv.read("f.csv", bytes, null)).isNull();
    assertThat(CsvFileReader.read("f.csv", bytes, null).rows()).hasSize(rows);
  }

  @Property(tries = 100)
  void otherBytesAreReadWhole(@ForAll("files") String text) {
    // Not UTF-8 (a lone continuation byte), or decomposed Vietnamese (not NFC): the general path decides.
    byte[] latin = (text + "\u0080").getBytes(StandardCharsets.ISO_8859_1);
    byte[] decomposed = (text + "Ho\u0302\u0300").getBytes(StandardCharsets.UTF_8);
    byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
    assertThat(StreamedCsv.read("f.csv", latin, null)).isNull();
    assertThat(StreamedCsv.read("f.csv", decomposed, null)).isNull();
    assertThat(StreamedCsv.read("f.csv", utf16, null)).isNull();
  }

  private static byte[] bytes(String text, boolean bom) {
    return ((bom ? "\uFEFF" : "") + text).getBytes(StandardCharsets.UTF_8);
  }

  private static String shown(RawRow r) {
    List<String> cells = new ArrayList<>();
    for (var c : sctb.core.submission.Column.values()) {
      cells.add(r.hasColumn(c) ? r.text(c) : "-");
    }
    return r.line() + " " + cells + " " + r.problems();
  }

  @Provide
  Arbitrary<String> files() {
    Arbitrary<String> header = Arbitraries.of(
        "period,agency,indicator,sector,entity,numerator,denominator,unit,note",
        "period;agency;indicator;sector;entity;numerator;denominator;;",
        "period,agency,task,status,progress,result,",
        "\"period\",agency,indicator,entity,numerator\t,denominator",
        "period,agency,task,status,submitted_on",
        "BÁO CÁO 6 THÁNG;;;\nperiod;agency;task;status");
    Arbitrary<String> cell = Arbitraries.oneOf(
        Arbitraries.of("2026H1", "2025H2", "SCT", "STC", "eco-packaging", "zones-awareness", "I.1", "done", "", " ",
            "1", "0", "1,5", "1.234,5", "12.5", "Siêu thị Hậu Lộc", "Cơ sở \"Bỉm Sơn\"", "đ", "#N/A", "=1+1",
            "12/15/2026", "25/12/2026", "12/5/2026"),
        Arbitraries.strings().withChars("ab,;\"\r\n ôạ1.").ofMaxLength(6));
    Arbitrary<String> sep = Arbitraries.of(",", ";", "\t");
    Arbitrary<String> lineEnd = Arbitraries.of("\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\n;;;\n");
    Arbitrary<String> row = Combinators.combine(cell.list().ofMinSize(1).ofMaxSize(10), sep, lineEnd)
        .as((cells, s, e) -> String.join(s, cells.stream().map(c -> c.contains("\"") || c.contains("\n")
            ? "\"" + c.replace("\"", "\"\"") + "\"" : c).toList()) + e);
    return Combinators.combine(header, Arbitraries.of("\n", "\r\n", "\r"), row.list().ofMaxSize(30), Arbitraries.of("", "\n", "\r\n"))
        .as((h, e, rows, tail) -> h + e + String.join("", rows) + tail);
  }
}
