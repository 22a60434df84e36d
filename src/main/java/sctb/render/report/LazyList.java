package sctb.render.report;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * A read-only view of a list with each element converted when read, so the JSON tree of a report
 * over hundreds of thousands of establishments holds the model once, not a second time as maps: the
 * writer builds each element's map, writes it and drops it.
 */
final class LazyList<S, T> extends AbstractList<T> implements RandomAccess {
  private final List<S> source;
  private final Function<S, T> convert;

  private LazyList(List<S> source, Function<S, T> convert) {
    this.source = source;
    this.convert = convert;
  }

  static <S, T> List<T> of(List<S> source, Function<S, T> convert) {
    return source.isEmpty() ? List.of() : new LazyList<>(source, convert);
  }

  @Override
  public T get(int index) {
    return convert.apply(source.get(index));
  }

  @Override
  public int size() {
    return source.size();
  }
}
