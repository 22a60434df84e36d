package sctb.render.report.model;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * A read-only view of a list with each element converted when read, so that the establishments left
 * out of a large workspace's panels are not held a second time as views: a template reads each, writes
 * it and drops it.
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
