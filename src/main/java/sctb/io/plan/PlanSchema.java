package sctb.io.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Location;
import sctb.core.text.Suggest;

/**
 * Checks a plan tree against {@code schema/plan.schema.json} (shipped in the jar) and turns each
 * violation into a {@code plan-schema} diagnostic whose first argument names the kind of violation,
 * so that its message can be worded per language.
 */
final class PlanSchema {
  static final String RESOURCE = "/sctb/schema/plan.schema.json";
  private static final Set<String> KNOWN_TYPES =
      Set.of("required", "additionalProperties", "type", "enum", "pattern", "minimum", "maximum",
          "minItems", "maxItems", "minLength", "const", "format", "uniqueItems", "exclusiveMinimum");
  private static volatile JsonSchema schema;

  private PlanSchema() {}

  static List<Diagnostic> check(JsonNode plan, String file) {
    List<Diagnostic> found = new ArrayList<>();
    for (ValidationMessage m : schema().validate(plan)) {
      String pointer = m.getInstanceLocation().toString();
      String property = m.getProperty();
      String type = KNOWN_TYPES.contains(m.getType()) ? m.getType() : "other";
      String value = m.getInstanceNode() == null || m.getInstanceNode().isContainerNode()
          ? null : m.getInstanceNode().asText();
      switch (type) {
        case "required":
          found.add(Diagnostic.of(Code.PLAN_SCHEMA, Location.path(file, pointer), null, type, property));
          break;
        case "additionalProperties":
          found.add(Diagnostic.of(Code.PLAN_SCHEMA, Location.path(file, pointer + "/" + property + "#key"),
              property, type, property).suggesting(Suggest.closest(property, fieldsBeside(m)).orElse(null)));
          break;
        case "type":
          found.add(Diagnostic.of(Code.PLAN_SCHEMA, Location.path(file, pointer), value, type, lastSegment(pointer),
              "types:" + String.join("|", expectedTypes(argument(m))), "found:" + foundType(m)));
          break;
        case "pattern":
          String pattern = argument(m);
          found.add(Diagnostic.of(Code.PLAN_SCHEMA, Location.path(file, pointer), value, type, lastSegment(pointer),
              FORMS.containsKey(pattern) ? "form:" + FORMS.get(pattern) : pattern));
          break;
        case "other":
          found.add(Diagnostic.of(Code.PLAN_SCHEMA, Location.path(file, pointer), value, type, m.getMessage()));
          break;
        default:
          found.add(Diagnostic.of(Code.PLAN_SCHEMA, Location.path(file, pointer), value, type,
              lastSegment(pointer), argument(m)));
      }
    }
    return found;
  }

  /**
   * The fields the schema allows where an unknown one was written (the "properties" beside the
   * "additionalProperties" that refused it), for "did you mean `kind`?" on {@code knd:}.
   */
  private static List<String> fieldsBeside(ValidationMessage m) {
    String at = String.valueOf(m.getSchemaLocation().getFragment());
    at = at.startsWith("#") ? at.substring(1) : at;
    int last = at.lastIndexOf('/');
    if (last < 0) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    tree().at(at.substring(0, last) + "/properties").fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static volatile JsonNode tree;

  private static JsonNode tree() {
    JsonNode t = tree;
    if (t == null) {
      try (InputStream in = PlanSchema.class.getResourceAsStream(RESOURCE)) {
        t = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
        tree = t;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return t;
  }

  /** "[number, null]" or "object", as the validator names the types a field allows → number, null. */
  static List<String> expectedTypes(String allowed) {
    return Arrays.stream(allowed.replace("[", "").replace("]", "").split(",")).map(String::strip)
        .filter(t -> !t.isEmpty()).toList();
  }

  private static String foundType(ValidationMessage m) {
    JsonNode node = m.getInstanceNode();
    if (node == null) {
      return "other";
    }
    return switch (node.getNodeType()) {
      case ARRAY -> "array";
      case OBJECT -> "object";
      case STRING -> "string";
      case NUMBER -> "number";
      case BOOLEAN -> "boolean";
      case NULL -> "null";
      default -> "other";
    };
  }

  /** The schema's patterns by what they mean, so a message describes the form instead of quoting a regular expression. */
  static final Map<String, String> FORMS = Map.of(
      "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", "date",
      "^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", "month-day",
      "^ *[0-9]+ */ *[1-9][0-9]* *$", "fraction",
      "^(?:XV|XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)$", "group-id",
      "^(?:XV|XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\\.[1-9][0-9]*$", "task-id",
      "^(?:XV|XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\\.[1-9][0-9]*-[a-z0-9]+(-[a-z0-9]+)*$", "output-id",
      "^[0-9]{4}-[0-9]{4}$", "phase-id",
      "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$", "agency-id",
      "^[a-z0-9]+(-[a-z0-9]+)*$", "kebab-id");

  /** The bound the message quotes: the schema's, which is the last argument except for item counts (bound, then count found). */
  private static String argument(ValidationMessage m) {
    Object[] args = m.getArguments();
    if (args == null || args.length == 0) {
      return "";
    }
    boolean itemCount = m.getType().equals("minItems") || m.getType().equals("maxItems");
    return String.valueOf(args[itemCount ? 0 : args.length - 1]);
  }

  private static String lastSegment(String pointer) {
    return pointer.substring(pointer.lastIndexOf('/') + 1);
  }

  private static JsonSchema schema() {
    JsonSchema s = schema;
    if (s == null) {
      try (InputStream in = PlanSchema.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("plan schema missing from the jar: " + RESOURCE);
        }
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
        s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        schema = s;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return s;
  }
}
