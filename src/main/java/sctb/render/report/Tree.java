package sctb.render.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Reading helpers for the engine's plain JSON tree (maps, lists, scalars); missing fields read as null or empty. */
final class Tree {
  private Tree() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object node, String key) {
    Object v = node instanceof Map<?, ?> m ? m.get(key) : null;
    return v instanceof Map<?, ?> ? (Map<String, Object>) v : Map.of();
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object node, String key) {
    Object v = node instanceof Map<?, ?> m ? m.get(key) : null;
    return v instanceof List<?> ? (List<Object>) v : List.of();
  }

  static String text(Object node, String key) {
    Object v = node instanceof Map<?, ?> m ? m.get(key) : null;
    return v == null ? "" : String.valueOf(v);
  }

  static BigDecimal number(Object node, String key) {
    Object v = node instanceof Map<?, ?> m ? m.get(key) : null;
    if (v instanceof BigDecimal b) {
      return b;
    }
    if (v instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    if (v instanceof String s && !s.isBlank()) {
      try {
        return new BigDecimal(s.trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /** A {vi, en} text in the language (English falls back to Vietnamese), or a plain string as is. */
  static String localized(Object node, String key, sctb.core.text.Language lang) {
    Object v = node instanceof Map<?, ?> m ? m.get(key) : null;
    if (v instanceof Map<?, ?> texts) {
      Object vi = texts.get("vi");
      Object en = texts.get("en");
      return sctb.core.text.Localized.of(vi == null ? "" : String.valueOf(vi), en == null ? "" : String.valueOf(en)).in(lang);
    }
    return v == null ? "" : String.valueOf(v);
  }

  static boolean flag(Object node, String key) {
    Object v = node instanceof Map<?, ?> m ? m.get(key) : null;
    return Boolean.TRUE.equals(v);
  }

  /** A list of strings, or of objects whose {@code idKey} field is the string. */
  static List<String> ids(Object node, String key, String idKey) {
    return list(node, key).stream().map(o -> o instanceof Map<?, ?> ? text(o, idKey) : String.valueOf(o)).toList();
  }
}
