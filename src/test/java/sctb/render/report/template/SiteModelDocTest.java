package sctb.render.report.template;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import sctb.render.report.model.ReportView;
import sctb.render.report.model.TemplateText;
import sctb.render.site.model.AgencyLink;
import sctb.render.site.model.AgencyPage;
import sctb.render.site.model.HomePage;
import sctb.render.site.model.IndicatorLink;
import sctb.render.site.model.IndicatorPage;
import sctb.render.site.model.PageFrame;
import sctb.render.site.model.PeriodLink;
import sctb.render.site.model.ReportingCell;
import sctb.render.site.model.SeriesChart;
import sctb.render.site.model.Spark;
import sctb.render.site.model.StateCount;
import sctb.render.site.model.StatusCell;
import sctb.render.site.model.StatusPage;
import sctb.render.site.model.TaskHistory;
import sctb.render.site.model.TaskLink;
import sctb.render.site.model.TaskPage;

/**
 * docs/site.md lists every name each site template may use, with its kind, exactly as the site
 * model's records give them: one table for the names every page has (the frame), one per template, and
 * one per record several pages share (a chart, an agency link…), which the others name by its kind.
 * A record of the report model is one name of kind "report hash", documented in docs/templates.md.
 */
class SiteModelDocTest {
  static final Path DOC = Path.of("docs/site.md");
  static final String REPORT_PACKAGE = ReportView.class.getPackageName();

  /** Records several pages share, each with its own table, by the kind other tables give them. */
  static final Map<Class<?>, String> SHARED = shared();

  private static Map<Class<?>, String> shared() {
    Map<Class<?>, String> s = new LinkedHashMap<>();
    s.put(PeriodLink.class, "period link");
    s.put(AgencyLink.class, "agency link");
    s.put(TaskLink.class, "task link");
    s.put(IndicatorLink.class, "indicator link");
    s.put(TaskHistory.class, "task history");
    s.put(StatusCell.class, "status cell");
    s.put(ReportingCell.class, "reporting cell");
    s.put(StateCount.class, "status count");
    s.put(SeriesChart.class, "chart");
    s.put(Spark.class, "spark");
    return s;
  }

  /** Each table of the documentation, by its heading, and the record whose names it lists. */
  static final Map<String, Class<?>> TABLES = tables();

  private static Map<String, Class<?>> tables() {
    Map<String, Class<?>> t = new LinkedHashMap<>();
    t.put("Mọi trang / Every page", PageFrame.class);
    t.put("`site/home.ftlh`", HomePage.class);
    t.put("`site/indicator.ftlh`", IndicatorPage.class);
    t.put("`site/agency.ftlh`", AgencyPage.class);
    t.put("`site/task.ftlh`", TaskPage.class);
    t.put("`site/statuses.ftlh`", StatusPage.class);
    SHARED.forEach((type, kind) -> t.put("`" + kind + "` (" + type.getSimpleName() + ")", type));
    return t;
  }

  /** The names of {@code record} as templates see them (a page's frame left out: it has its own table). */
  static List<TemplateModelDocTest.Name> names(Class<?> record) {
    List<TemplateModelDocTest.Name> out = new ArrayList<>();
    walk(record, "", out, record.getSimpleName().endsWith("Page"));
    return out;
  }

  private static void walk(Class<?> record, String prefix, List<TemplateModelDocTest.Name> out, boolean skipFrame) {
    RecordShape shape = RecordShape.of(record);
    List<String> frame = skipFrame && prefix.isEmpty() ? RecordShape.of(PageFrame.class).names() : List.of();
    for (String name : shape.names()) {
      if (frame.contains(name)) {
        continue;
      }
      String path = prefix + name;
      Type type = shape.type(name);
      Class<?> raw = TemplateModelDocTest.raw(type);
      Class<?> inner = raw == List.class || raw == Optional.class
          ? TemplateModelDocTest.raw(((ParameterizedType) type).getActualTypeArguments()[0]) : raw;
      boolean hash = inner.isRecord() && !TemplateText.class.isAssignableFrom(inner);
      String named = !hash ? null : inner.getPackageName().equals(REPORT_PACKAGE) ? "report hash" : SHARED.get(inner);
      if (named != null) {
        String kind = raw == List.class ? "list of " + named : raw == Optional.class ? named + " or \"\"" : named;
        out.add(new TemplateModelDocTest.Name(path + (raw == List.class ? "[]" : ""), kind, List.of()));
      } else if (hash && raw == List.class) {
        out.add(new TemplateModelDocTest.Name(path + "[]", "list", List.of()));
        walk(inner, path + "[].", out, false);
      } else if (hash && raw == Optional.class) {
        out.add(new TemplateModelDocTest.Name(path, "hash or \"\"", List.of()));
        walk(inner, path + ".", out, false);
      } else if (hash) {
        out.add(new TemplateModelDocTest.Name(path, "hash", List.of()));
        walk(inner, path + ".", out, false);
      } else if (raw == List.class && inner == String.class) {
        out.add(new TemplateModelDocTest.Name(path, "list of text", List.of()));
      } else {
        out.add(TemplateModelDocTest.kind(path, type, raw));
      }
    }
  }

  /** The rows of each table of the documentation, by heading. */
  static Map<String, Map<String, String[]>> documented() throws IOException {
    Map<String, Map<String, String[]>> tables = new LinkedHashMap<>();
    Pattern row = Pattern.compile("^\\| `([^`]+)` \\| ([^|]+) \\| (.*) \\|$");
    Map<String, String[]> current = null;
    for (String line : Files.readAllLines(DOC, StandardCharsets.UTF_8)) {
      if (line.startsWith("### ")) {
        String heading = line.substring(4).strip();
        current = TABLES.containsKey(heading) ? tables.computeIfAbsent(heading, k -> new LinkedHashMap<>()) : null;
        continue;
      }
      Matcher m = row.matcher(line);
      if (current != null && m.matches()) {
        current.put(m.group(1), new String[] {m.group(2).strip(), m.group(3).strip()});
      }
    }
    return tables;
  }

  @Test
  void everyNameOfEverySiteTemplateIsDocumentedWithItsKindAndIds() throws IOException {
    Map<String, Map<String, String[]>> doc = documented();
    StringBuilder problems = new StringBuilder();
    for (Map.Entry<String, Class<?>> table : TABLES.entrySet()) {
      String differences = TemplateModelDocTest.differences(names(table.getValue()), doc.getOrDefault(table.getKey(), Map.of()));
      if (!differences.isEmpty()) {
        problems.append("\n### ").append(table.getKey()).append(" (").append(table.getValue().getSimpleName()).append(")\n")
            .append(differences);
      }
    }
    if (problems.length() > 0) {
      fail("docs/site.md's data model tables differ from the site model (sctb.render.site.model):" + problems);
    }
  }
}
