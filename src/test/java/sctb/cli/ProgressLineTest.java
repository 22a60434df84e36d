package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sctb.core.text.Language;
import sctb.io.submission.ReadProgress;

/** The progress line: silent when stderr is not a terminal or with --quiet; a rewritten line when on. */
class ProgressLineTest {
  @Test
  void nothingOnStderrWhenNotATerminal() {
    CliRun run = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2026-11-25"), "validate", "samples");
    assertThat(run.err()).doesNotContain("\r").doesNotContain("Đang đọc");
    CliRun report = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2026-11-25"), "report", "--period", "2024H1",
        "--format", "json", "-o", "-");
    assertThat(report.err()).doesNotContain("\r");
  }

  @Test
  void offWithQuietOrWhenTurnedOffAndOnlyAfterASecondWhenOn() throws Exception {
    Session context = Session.of(Language.EN, Map.of("SCTB_PROGRESS", "1"), false);
    StringWriter text = new StringWriter();
    PrintWriter err = new PrintWriter(text);
    assertThat(ProgressLine.of(context, err, true)).isSameAs(ReadProgress.NONE);
    Session off = Session.of(Language.EN, Map.of("SCTB_PROGRESS", "0"), false);
    assertThat(ProgressLine.of(off, err, false)).isSameAs(ReadProgress.NONE);
    ReadProgress on = ProgressLine.of(context, err, false);
    on.fileDone(1, 3, 10);
    assertThat(text.toString()).isEmpty(); // a short run says nothing
    Thread.sleep(1_100);
    on.fileDone(2, 3, 20);
    assertThat(text.toString()).startsWith("\rReading: 2/3 files, 20 rows");
    on.fileDone(3, 3, 30);
    assertThat(text.toString()).endsWith("\r"); // erased at the end
  }
}
