package sctb.render.report.template;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sctb.render.report.model.Flattened;

/**
 * The names a template may read on one record type of the report model, in declaration order, with the
 * component accessors that read each ({@link Flattened} components contribute their own names). Found
 * once per type.
 */
public final class RecordShape {
  private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
    @Override
    protected RecordShape computeValue(Class<?> type) {
      return new RecordShape(type);
    }
  };

  /** A name: the accessors from the record to the value, and the value's declared type. */
  private record Entry(Method[] path, Type type) {}

  private final Map<String, Entry> entries = new LinkedHashMap<>();

  private RecordShape(Class<?> type) {
    add(type, new Method[0]);
  }

  public static RecordShape of(Class<?> recordType) {
    if (!recordType.isRecord()) {
      throw new IllegalArgumentException(recordType + " is not a record");
    }
    return SHAPES.get(recordType);
  }

  private void add(Class<?> type, Method[] prefix) {
    for (RecordComponent c : type.getRecordComponents()) {
      Method[] path = Arrays.copyOf(prefix, prefix.length + 1);
      path[prefix.length] = c.getAccessor();
      if (c.isAnnotationPresent(Flattened.class)) {
        add(c.getType(), path);
      } else if (entries.put(TemplateNames.of(c), new Entry(path, c.getGenericType())) != null) {
        throw new IllegalStateException(type + ": two components are called " + TemplateNames.of(c) + " in templates");
      }
    }
  }

  /** Every name, in declaration order. */
  public List<String> names() {
    return List.copyOf(entries.keySet());
  }

  /** The declared type of a name's value (e.g. {@code List<SectorView>}). */
  public Type type(String name) {
    return entries.get(name).type();
  }

  boolean has(String name) {
    return entries.containsKey(name);
  }

  /** The value of {@code name} on {@code record} (a record of this shape's type). */
  Object read(Object record, String name) {
    Object value = record;
    try {
      for (Method accessor : entries.get(name).path()) {
        value = accessor.invoke(value);
      }
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + name + " of " + record.getClass().getSimpleName(), e);
    }
    return value;
  }
}
