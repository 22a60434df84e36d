package sctb.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import sctb.cli.CliRun;

/**
 * Every period's figures on the site are those of {@code sctb report} for that period: the site
 * computes all periods from one read of the samples, the report command each period from its own read.
 * Compared for every half-year of the samples: the report JSON and HTML the site carries (byte for
 * byte), and every figure of the indicators' data files, every task's status and every agency's
 * reporting and completeness against the report JSON.
 */
class SiteMatchesReportsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] FIGURE = {"as_of", "value", "expected", "ratio", "status", "reason", "stretch_met",
      "achieved_late", "forecast", "forecast_low", "forecast_high"};

  static Stream<String> periods() {
    List<String> out = new ArrayList<>();
    for (int year = 2021; year <= 2026; year++) {
      out.add(year + "H1");
      if (year < 2026) {
        out.add(year + "H2");
      }
    }
    return out.stream();
  }

  static String report(String period, String format, String lang) {
    CliRun run = CliRun.runWithEnv(SampleSite.TODAY, "report", "--plan", CliRun.PLAN.toString(), "--period", period, "--format", format,
        "--lang", lang, "-o", "-");
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run.out();
  }

  @ParameterizedTest
  @MethodSource("periods")
  void everyFigureOfThePeriodIsTheReportsFigure(String period) throws Exception {
    String reportJson = report(period, "json", "vi");
    assertThat(SampleSite.read("bao-cao/bao-cao-sxtdbv-" + period + ".json")).isEqualTo(reportJson);
    assertThat(SampleSite.read("bao-cao/bao-cao-sxtdbv-" + period + ".html")).isEqualTo(report(period, "html", "vi"));
    assertThat(SampleSite.read("en/bao-cao/bao-cao-sxtdbv-" + period + ".html")).isEqualTo(report(period, "html", "en"));

    JsonNode report = JSON.readTree(reportJson);
    for (JsonNode indicator : report.get("indicators")) {
      JsonNode site = JSON.readTree(SampleSite.read("du-lieu/" + indicator.get("id").asText() + ".json"));
      JsonNode at = periodOf(site, period);
      assertThat(at.get("report").asText()).isEqualTo("bao-cao/bao-cao-sxtdbv-" + period + ".json");
      for (String field : FIGURE) {
        assertThat(at.get(field)).as(period + " " + indicator.get("id") + " " + field).isEqualTo(indicator.get(field));
      }
      assertThat(at.get("final")).isEqualTo(indicator.get("final"));
      assertThat(at.get("baseline")).isEqualTo(indicator.get("baseline"));
      assertThat(at.get("target_year")).isEqualTo(indicator.get("target_year"));
      assertThat(at.get("sectors")).hasSameSizeAs(indicator.get("sectors"));
      for (int s = 0; s < indicator.get("sectors").size(); s++) {
        JsonNode want = indicator.get("sectors").get(s);
        JsonNode got = at.get("sectors").get(s);
        assertThat(got.get("sector")).isEqualTo(want.get("sector"));
        for (String field : FIGURE) {
          assertThat(got.get(field)).as(period + " " + indicator.get("id") + " " + want.get("sector") + " " + field)
              .isEqualTo(want.get(field));
        }
      }
    }

    List<String> tasks = SampleSite.read("en/du-lieu/nhiem-vu.csv").lines().filter(l -> l.startsWith(period + ",")).toList();
    assertThat(tasks).hasSize(report.get("tasks").size());
    for (int i = 0; i < tasks.size(); i++) {
      JsonNode task = report.get("tasks").get(i);
      String[] cells = tasks.get(i).split(",", -1);
      assertThat(cells[1]).isEqualTo(task.get("id").asText());
      assertThat(tasks.get(i)).as(period + " " + task.get("id"))
          .contains("," + task.get("lead").asText() + ",")
          .contains("," + (task.get("status").isNull() ? "" : task.get("status").asText()) + ",");
    }

    List<CSVRecord> reporting = CSVFormat.DEFAULT.parse(new StringReader(SampleSite.read("en/du-lieu/bao-cao-dinh-ky.csv")))
        .getRecords().stream().filter(r -> r.get(0).equals(period) && !r.get(4).equals("not-due")).toList();
    JsonNode agencies = report.get("reporting").get("agencies");
    assertThat(reporting).hasSize(agencies.size());
    for (JsonNode agency : agencies) {
      CSVRecord row = reporting.stream().filter(r -> r.get(1).equals(agency.get("id").asText())).findFirst().orElseThrow();
      List<String> missing = new ArrayList<>();
      agency.get("missing").forEach(t -> missing.add(t.asText()));
      assertThat(List.of(row.get(4), row.get(7), row.get(8), row.get(9), row.get(10), row.get(11), row.get(12)))
          .as(period + " " + agency.get("id"))
          .containsExactly(agency.get("state").asText(), Integer.toString(agency.get("assigned").size()),
              agency.get("tasks_reported").asText(), String.join(" ", missing), agency.get("indicator_rows").get("expected").asText(),
              agency.get("indicator_rows").get("received").asText(), agency.get("partial").asBoolean() ? "yes" : "");
    }
  }

  private static JsonNode periodOf(JsonNode site, String period) {
    for (JsonNode p : site.get("periods")) {
      if (p.get("period").asText().equals(period)) {
        return p;
      }
    }
    throw new AssertionError("the site has no period " + period);
  }
}
