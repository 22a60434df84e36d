package sctb.render.report.template;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sctb.render.report.model.Flattened;

/**
 * The names a template may read on one record type of the report model, in declaration order, with the
 * component accessors that read each ({@link Flattened} components contribute their own names). Found
 * once per type. Accessors are called through method handles of one shape, {@code (Object)Object}: they
 * share their generated code, where {@code Method.invoke} generated a class per accessor once it was
 * called often, a visible share of a report's start-up.
 */
final class RecordShape {
  private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
    @Override
    protected RecordShape computeValue(Class<?> type) {
      return new RecordShape(type);
    }
  };

  private static final MethodType ANY = MethodType.methodType(Object.class, Object.class);

  /** A name: its position among the names, the accessors from the record to the value, and the component that holds it. */
  private record Entry(int index, MethodHandle[] path, RecordComponent component) {}

  private final Map<String, Entry> entries = new LinkedHashMap<>();
  private final List<Entry> byIndex = new ArrayList<>();

  private RecordShape(Class<?> type) {
    add(type, new MethodHandle[0]);
  }

  static RecordShape of(Class<?> recordType) {
    if (!recordType.isRecord()) {
      throw new IllegalArgumentException(recordType + " is not a record");
    }
    return SHAPES.get(recordType);
  }

  private void add(Class<?> type, MethodHandle[] prefix) {
    for (RecordComponent c : type.getRecordComponents()) {
      MethodHandle[] path = Arrays.copyOf(prefix, prefix.length + 1);
      path[prefix.length] = accessor(c);
      if (Flattened.class.isAssignableFrom(c.getType())) {
        add(c.getType(), path);
      } else {
        Entry entry = new Entry(byIndex.size(), path, c);
        if (entries.put(TemplateNames.of(c), entry) != null) {
          throw new IllegalStateException(type + ": two components are called " + TemplateNames.of(c) + " in templates");
        }
        byIndex.add(entry);
      }
    }
  }

  private static MethodHandle accessor(RecordComponent c) {
    try {
      return MethodHandles.publicLookup().unreflect(c.getAccessor()).asType(ANY);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("the report model's records and their components must be public: " + c, e);
    }
  }

  /** Every name, in declaration order. */
  List<String> names() {
    return List.copyOf(entries.keySet());
  }

  /** The declared type of a name's value (e.g. {@code List<SectorView>}). */
  Type type(String name) {
    return entries.get(name).component().getGenericType();
  }

  /** How many names there are. */
  int size() {
    return byIndex.size();
  }

  /** The position of {@code name} among the names, or -1 when the record has no such name. */
  int index(String name) {
    Entry entry = entries.get(name);
    return entry == null ? -1 : entry.index();
  }

  /** The value of the {@code index}-th name on {@code record} (a record of this shape's type). */
  Object read(Object record, int index) {
    Object value = record;
    try {
      for (MethodHandle accessor : byIndex.get(index).path()) {
        value = (Object) accessor.invokeExact(value);
      }
    } catch (Throwable e) {
      throw new IllegalStateException("cannot read " + names().get(index) + " of " + record.getClass().getSimpleName(), e);
    }
    return value;
  }
}
