package sctb.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Formula neutralisation: what Excel would execute is written as text, and read back unchanged. */
class CsvWriterTest {
  @Test
  void formulaLikeTextGetsAnApostropheNumbersDoNot() {
    byte[] bytes = CsvWriter.write(List.of(List.of("a", "b"), List.of("=HYPERLINK(\"http://x\")", "-5"),
        List.of("@SUM(A1)", "+1"), List.of("'quoted", "7")), Set.of(1), false);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).isEqualTo("a,b\n\"'=HYPERLINK(\"\"http://x\"\")\",-5\n'@SUM(A1),+1\n''quoted,7\n");
    assertThat(CsvFileReader.clean("'=HYPERLINK(\"http://x\")")).isEqualTo("=HYPERLINK(\"http://x\")");
    assertThat(CsvFileReader.clean("''quoted")).isEqualTo("'quoted");
    assertThat(CsvFileReader.clean("'plain")).isEqualTo("'plain");
    assertThat(CsvFileReader.clean("\u00A0 x \u00A0")).isEqualTo("x");
  }

  @Test
  void tabCarriageReturnFullWidthAndTextInNumericColumnsAreNeutralisedToo() {
    byte[] bytes = CsvWriter.write(List.of(List.of("a", "n"), List.of("\t=1+1", "=1+1"), List.of("\r=1+1", "12,5"),
        List.of("\uFF1D1+1", "-3")), Set.of(1), false);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).isEqualTo("a,n\n'\t=1+1,'=1+1\n\"'\r=1+1\",\"12,5\"\n'\uFF1D1+1,-3\n");
    for (String risky : List.of("\t=1+1", "\r=1+1", "\uFF1D1+1", "=1+1", "'x", "''x")) {
      assertThat(Formulas.restore(Formulas.neutralise(risky))).isEqualTo(risky);
    }
  }
}
