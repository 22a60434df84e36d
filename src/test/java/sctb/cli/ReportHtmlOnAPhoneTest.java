package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report read on a phone: a bar chart shrunk to 390 pixels had labels 5 pixels high ("Dệt may", "4,9%");
 * it keeps a legible width and scrolls in its own frame, which the keyboard reaches and a screen reader names by
 * the chart's title — as the report's tables already do.
 */
class ReportHtmlOnAPhoneTest {
  @TempDir Path dir;

  @Test
  void aChartKeepsALegibleWidthAndScrollsInAFrameTheKeyboardReaches() throws Exception {
    Path out = dir.resolve("bao-cao.html");
    CliRun run = CliRun.runWithEnv(Map.of("SCTB_TODAY", "2026-11-25"), "report", "--plan", CliRun.PLAN.toString(), "--period",
        "2025H2", "--format", "html", "-o", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    String html = Files.readString(out, StandardCharsets.UTF_8);
    String phone = html.substring(html.indexOf("@media (max-width: 640px)"), html.indexOf("@page"));
    assertThat(phone).contains(".chart { overflow-x: auto; }").containsPattern("\\.chart svg \\{ min-width: \\d+px; \\}");
    Matcher figure = Pattern.compile("<figure class=\"chart\"([^>]*)>").matcher(html);
    int charts = 0;
    while (figure.find()) {
      charts++;
      Matcher label = Pattern.compile(" tabindex=\"0\" aria-labelledby=\"([^\"]+)\"").matcher(figure.group(1));
      assertThat(label.matches()).as(figure.group()).isTrue();
      assertThat(html).contains("<title id=\"" + label.group(1) + "\">");
    }
    assertThat(charts).isEqualTo(6);
  }
}
