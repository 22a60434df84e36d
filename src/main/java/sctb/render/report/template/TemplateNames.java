package sctb.render.report.template;

import java.lang.reflect.RecordComponent;
import java.util.Locale;

/**
 * What templates call the parts of the report model: a record component by its name in snake_case
 * ({@code shortTitle} → {@code short_title}; a yes/no component {@code isFinal} by what follows "is",
 * {@code final}, a word Java keeps for itself), an enum constant by its name in lower-case kebab-case
 * ({@code ACCELERATION_NEEDED} → {@code acceleration-needed}), which is also the id the engine's enums
 * give in JSON.
 */
final class TemplateNames {
  private TemplateNames() {}

  static String of(RecordComponent component) {
    String name = component.getName();
    if (component.getType() == boolean.class && name.length() > 2 && name.startsWith("is") && Character.isUpperCase(name.charAt(2))) {
      name = Character.toLowerCase(name.charAt(2)) + name.substring(3);
    }
    return snakeCase(name);
  }

  static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static String snakeCase(String camelCase) {
    StringBuilder out = new StringBuilder(camelCase.length() + 4);
    for (int i = 0; i < camelCase.length(); i++) {
      char c = camelCase.charAt(i);
      if (Character.isUpperCase(c)) {
        out.append('_').append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
