package sctb.render.report.template;

import static org.assertj.core.api.Assertions.assertThat;
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

/**
 * docs/templates.md lists every name a template may use, with its kind, exactly as the report model's
 * records give them: a field added, renamed or removed in the model, or an id added to one of its
 * enums, fails here until the documentation says so.
 */
class TemplateModelDocTest {
  static final Path DOC = Path.of("docs/templates.md");
  /** Enums with more ids than this (diagnostic codes) are documented elsewhere, not in the table. */
  static final int LISTED_IDS = 12;

  /** A name of the model: its path as a template writes it, its kind, and for an enum its ids. */
  record Name(String path, String kind, List<String> ids) {}

  static List<Name> model() {
    List<Name> names = new ArrayList<>();
    walk(ReportView.class, "", names);
    return names;
  }

  private static void walk(Class<?> record, String prefix, List<Name> out) {
    RecordShape shape = RecordShape.of(record);
    for (String name : shape.names()) {
      String path = prefix + name;
      Type type = shape.type(name);
      Class<?> raw = raw(type);
      if (raw == List.class) {
        Class<?> item = raw(((ParameterizedType) type).getActualTypeArguments()[0]);
        if (item == String.class) {
          out.add(new Name(path, "list of text", List.of()));
        } else {
          out.add(new Name(path + "[]", "list", List.of()));
          walk(item, path + "[].", out);
        }
      } else if (raw.isRecord() && !TemplateText.class.isAssignableFrom(raw)) {
        out.add(new Name(path, "hash", List.of()));
        walk(raw, path + ".", out);
      } else {
        out.add(kind(path, type, raw));
      }
    }
  }

  static Name kind(String path, Type type, Class<?> raw) {
    if (raw == String.class) {
      return new Name(path, "text", List.of());
    }
    if (raw == boolean.class) {
      return new Name(path, "true/false", List.of());
    }
    if (raw == Optional.class && TemplateText.class.isAssignableFrom(raw(((ParameterizedType) type).getActualTypeArguments()[0]))) {
      return new Name(path, "number text or \"\"", List.of());
    }
    if (raw == Optional.class && raw(((ParameterizedType) type).getActualTypeArguments()[0]).isEnum()) {
      return new Name(path, "id or \"\"", ids(raw(((ParameterizedType) type).getActualTypeArguments()[0])));
    }
    if (TemplateText.class.isAssignableFrom(raw)) {
      return new Name(path, "number text", List.of());
    }
    if (raw.isEnum()) {
      return new Name(path, "id", ids(raw));
    }
    throw new AssertionError(path + ": " + type + " is not a kind a template can read");
  }

  /** An enum's ids, as templates read them; none listed for an enum documented elsewhere (more than {@link #LISTED_IDS}). */
  private static List<String> ids(Class<?> enumType) {
    List<String> ids = new ArrayList<>();
    for (Object constant : enumType.getEnumConstants()) {
      ids.add(TemplateNames.of((Enum<?>) constant));
    }
    return ids.size() > LISTED_IDS ? List.of() : ids;
  }

  static Class<?> raw(Type type) {
    return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
  }

  /** The rows of the documentation's data model table: `path` | kind | meaning. */
  static Map<String, String[]> documented() throws IOException {
    Map<String, String[]> rows = new LinkedHashMap<>();
    Pattern row = Pattern.compile("^\\| `([^`]+)` \\| ([^|]+) \\| (.*) \\|$");
    for (String line : Files.readAllLines(DOC, StandardCharsets.UTF_8)) {
      Matcher m = row.matcher(line);
      if (m.matches()) {
        rows.put(m.group(1), new String[] {m.group(2).strip(), m.group(3).strip()});
      }
    }
    return rows;
  }

  /**
   * How a documentation table differs from the model's names: those missing, of the wrong kind, without a
   * meaning or an id, those not in the model, the order; "" when they agree. Ends with the table as it
   * should be, in model order, "?" for every meaning to write.
   */
  static String differences(List<Name> model, Map<String, String[]> doc) {
    StringBuilder table = new StringBuilder();
    List<String> wrong = new ArrayList<>();
    for (Name n : model) {
      String[] d = doc.get(n.path());
      String meaning = d == null || d[1].isEmpty() ? "?" : d[1];
      table.append("| `").append(n.path()).append("` | ").append(n.kind()).append(" | ").append(meaning).append(" |\n");
      if (d == null || !d[0].equals(n.kind()) || d[1].isEmpty()) {
        wrong.add(n.path());
      }
      for (String id : n.ids()) {
        if (d != null && !d[1].contains("`" + id + "`")) {
          wrong.add(n.path() + " (id `" + id + "` not listed)");
        }
      }
    }
    List<String> extra = new ArrayList<>(doc.keySet());
    extra.removeAll(model.stream().map(Name::path).toList());
    List<String> documentedOrder = doc.keySet().stream().filter(k -> !extra.contains(k)).toList();
    if (wrong.isEmpty() && extra.isEmpty() && documentedOrder.equals(model.stream().map(Name::path).toList())) {
      return "";
    }
    return "missing, wrong kind or no meaning: " + wrong + "\nnot in the model: " + extra
        + "\nthe table, in model order (fill in every ?):\n" + table;
  }

  @Test
  void everyNameOfTheModelIsDocumentedWithItsKindAndIds() throws IOException {
    List<Name> model = model();
    Map<String, String[]> doc = documented();
    String differences = differences(model, doc);
    if (!differences.isEmpty()) {
      fail("docs/templates.md's data model table differs from the report model (sctb.render.report.model):\n" + differences);
    }
    assertThat(doc).hasSameSizeAs(model);
  }
}
