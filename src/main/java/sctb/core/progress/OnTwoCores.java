package sctb.core.progress;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Independent pieces of work (a reduction's sectors) done by the caller and one thread beside it
 * ({@link Beside}), each taking the next piece not yet taken, largest first; the results come back in
 * the pieces' own order, so the outcome does not depend on which thread did which piece. On one core,
 * the caller does them all in order.
 */
final class OnTwoCores {
  private OnTwoCores() {}

  /**
   * {@code work} applied to every piece {@code 0 .. sizes.length - 1}, in that order in the list;
   * {@code sizes}: each piece's rough cost, the larger taken first so that the two threads end
   * together. {@code work} must read only what no one changes meanwhile and write only its piece's.
   */
  static <R> List<R> each(String name, long[] sizes, IntFunction<R> work) {
    int n = sizes.length;
    Object[] results = new Object[n];
    if (n < 2 || !Beside.worthIt()) {
      for (int i = 0; i < n; i++) {
        results[i] = work.apply(i);
      }
      return list(results);
    }
    Integer[] largestFirst = new Integer[n];
    Arrays.setAll(largestFirst, i -> i);
    Arrays.sort(largestFirst, (a, b) -> Long.compare(sizes[b], sizes[a]));
    AtomicInteger next = new AtomicInteger();
    Runnable take = () -> {
      for (int k = next.getAndIncrement(); k < n; k = next.getAndIncrement()) {
        int i = largestFirst[k];
        results[i] = work.apply(i);
      }
    };
    Beside<Void> other = Beside.start(name, () -> {
      take.run();
      return null;
    });
    take.run();
    other.join(); // after it, the other thread's results are visible here
    return list(results);
  }

  @SuppressWarnings("unchecked")
  private static <R> List<R> list(Object[] results) {
    return (List<R>) Arrays.asList(results);
  }
}
