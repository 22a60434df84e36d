package sctb.render.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import sctb.core.plan.Plan;
import sctb.core.text.Language;
import sctb.io.plan.PlanReader;

/** Golden files: the report for two periods × Markdown/HTML × Vietnamese/English, from engine-shaped fixtures. */
class ReportGoldenTest {
  static final JsonMapper MAPPER = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  @SuppressWarnings("unchecked")
  static Map<String, Object> fixture(String period) throws Exception {
    return MAPPER.readValue(Path.of("src/test/resources/report/fixture-" + period + ".json").toFile(), Map.class);
  }

  static Plan plan() throws Exception {
    return PlanReader.read(Path.of("plan.yaml")).plan();
  }

  @ParameterizedTest
  @CsvSource({
    "2024H1, vi, md, 2024-07-03", "2024H1, vi, html, 2024-07-03", "2024H1, en, md, 2024-07-03", "2024H1, en, html, 2024-07-03",
    "2025H2, vi, md, ''", "2025H2, vi, html, ''", "2025H2, en, md, ''", "2025H2, en, html, ''"})
  void rendersAsReviewed(String period, String lang, String format, String date) throws Exception {
    Language language = Language.parse(lang).orElseThrow();
    Map<String, Object> model = ReportModel.of(fixture(period), plan(), language, date == null || date.isEmpty() ? null : LocalDate.parse(date));
    String name = format.equals("md") ? "report.md.ftl" : "report.html.ftlh";
    String out = new ReportRenderer(ReportTemplates.configuration(null)).render(name, model);
    Golden.check("report/" + period + "-" + lang + "." + format, out);
  }
}
