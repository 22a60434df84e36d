package sctb.render.report.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import java.lang.reflect.Method;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import sctb.core.diag.Location;
import sctb.core.text.Language;
import sctb.render.report.Reports;
import sctb.render.report.model.ReportView;
import sctb.render.report.model.ReportViews;

/** What a template can reach of the report model: record components by name, lists, ids — nothing of Java. */
class ViewWrapperTest {
  static final ReportView VIEW = ReportViews.of(Reports.samples("2024H1"), Language.EN, null);

  @Test
  void recordsAreHashesOfTheirComponentsAndNothingElse() throws Exception {
    ViewWrapper wrapper = new ViewWrapper();
    TemplateHashModel root = (TemplateHashModel) wrapper.wrap(VIEW);
    TemplateHashModel period = (TemplateHashModel) root.get("period");
    assertThat(((TemplateScalarModel) period.get("id")).getAsString()).isEqualTo("2024H1");
    for (String java : new String[] {"getClass", "toString", "hashCode", "class", "id()", "shortTitle"}) {
      assertThat(period.get(java)).as(java).isNull();
      assertThat(wrapper.missed(java)).as(java).isPresent();
    }
    TemplateHashModel plan = (TemplateHashModel) root.get("plan");
    assertThat(plan.get("shortTitle")).isNull();
    assertThat(((TemplateScalarModel) plan.get("short_title")).getAsString()).startsWith("Sustainable");
    TemplateSequenceModel indicators = (TemplateSequenceModel) root.get("indicators");
    TemplateHashModel first = (TemplateHashModel) indicators.get(0);
    assertThat(first.get("final")).isIn(TemplateBooleanModel.TRUE, TemplateBooleanModel.FALSE);
    assertThat(((TemplateScalarModel) first.get("status")).getAsString())
        .isIn(java.util.Arrays.stream(sctb.core.progress.Verdict.values()).map(sctb.core.progress.Verdict::id).toList());
    assertThat(((TemplateScalarModel) ((TemplateHashModel) first.get("chart")).get("width")).getAsString()).isEqualTo("640");
  }

  @Test
  void javaObjectsOutsideTheModelAreRefused() {
    ViewWrapper wrapper = new ViewWrapper();
    assertThatThrownBy(() -> wrapper.wrap(Location.file("x.csv"))).isInstanceOf(TemplateModelException.class)
        .hasMessageContaining("Location");
    assertThatThrownBy(() -> wrapper.wrap(Map.of("a", "b"))).isInstanceOf(TemplateModelException.class);
    assertThatThrownBy(() -> wrapper.wrap(new Object())).isInstanceOf(TemplateModelException.class);
  }

  /** Templates compare these ids with the words the JSON and the wording files use. */
  @Test
  void everyEnumOfTheModelShowsTheIdTheEngineGivesIt() throws Exception {
    Set<Class<?>> enums = new LinkedHashSet<>();
    collect(ReportView.class, enums);
    assertThat(enums).isNotEmpty();
    for (Class<?> type : enums) {
      Method id = idMethod(type);
      for (Object constant : type.getEnumConstants()) {
        String expected = id != null ? (String) id.invoke(constant) : TemplateNames.of((Enum<?>) constant);
        assertThat(TemplateNames.of((Enum<?>) constant)).as(type.getSimpleName() + "." + constant).isEqualTo(expected);
      }
    }
  }

  private static Method idMethod(Class<?> type) {
    for (String name : new String[] {"id", "code"}) {
      try {
        return type.getMethod(name);
      } catch (NoSuchMethodException e) {
        // not this one
      }
    }
    return null;
  }

  private static void collect(Class<?> record, Set<Class<?>> enums) {
    RecordShape shape = RecordShape.of(record);
    for (String name : shape.names()) {
      java.lang.reflect.Type type = shape.type(name);
      Class<?> raw = TemplateModelDocTest.raw(type);
      if (raw == java.util.List.class || raw == java.util.Optional.class) {
        raw = TemplateModelDocTest.raw(((java.lang.reflect.ParameterizedType) type).getActualTypeArguments()[0]);
      }
      if (raw.isEnum()) {
        enums.add(raw);
      } else if (raw.isRecord()) {
        collect(raw, enums);
      }
    }
  }
}
