package sctb.core.progress;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list whose elements are built from compact arrays each time they are read (a panel
 * of hundreds of thousands of establishments is never held as objects; the JSON writer makes each
 * one, writes it and drops it). The records that leave the core keep such a list as it is instead
 * of copying it.
 */
abstract class CompactList<T> extends AbstractList<T> implements RandomAccess {
  /** {@link List#copyOf}, except for a compact list, which is already immutable and would only be materialised. */
  static <T> List<T> copyOf(List<T> list) {
    return list instanceof CompactList<T> ? list : List.copyOf(list);
  }
}
