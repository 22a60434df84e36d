package sctb.io;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * An array each thread keeps for its next file, so that reading hundreds of files does not make one
 * a file. Held weakly between files: while the thread does other work the collector may take the
 * array back, so a full collection sizes the heap by what is live, not by the threads' spare arrays
 * (held strongly always, the 2 M-row validate's peak RSS rose by 5–20 MiB, docs/performance.md round 7).
 * Held strongly through a file's whole check when the reader asks ({@link #heldWhile}): weakly only,
 * a young collection during the check (the file's bytes and text no longer in use) took them back,
 * and the next file made them again (docs/performance.md, round 13).
 */
public final class KeptArray<T> {
  /** The arrays this thread was given inside {@link #heldWhile}, kept from the collector until it ends. */
  private static final ThreadLocal<List<Object>> HELD = new ThreadLocal<>();

  private final ThreadLocal<WeakReference<T>> kept = new ThreadLocal<>();
  private final IntFunction<T> make;
  private final ToIntFunction<T> length;
  private final int largestKept;

  /** Arrays made by {@code make}; one longer than {@code largestKept} is the caller's alone, let go after. */
  public KeptArray(IntFunction<T> make, ToIntFunction<T> length, int largestKept) {
    this.make = make;
    this.length = length;
    this.largestKept = largestKept;
  }

  /**
   * Runs {@code work} (one file's read and check) with the arrays it is given held strongly until it
   * ends, then weakly again (inside another {@code heldWhile}, the outer one's arrays stay held).
   */
  public static void heldWhile(Runnable work) {
    List<Object> outer = HELD.get();
    HELD.set(new ArrayList<>(4));
    try {
      work.run();
    } finally {
      if (outer == null) {
        HELD.remove();
      } else {
        HELD.set(outer);
      }
    }
  }

  /** An array of at least {@code size} elements, its content left from its last use. */
  public T atLeast(int size) {
    if (size > largestKept) {
      return make.apply(size);
    }
    WeakReference<T> ref = kept.get();
    T array = ref == null ? null : ref.get();
    int had = array == null ? 0 : length.applyAsInt(array);
    if (array == null || had < size) { // none yet, or taken back by the collector, or too short
      array = make.apply(Math.max(size, Math.min(largestKept, had + (had >> 1))));
      kept.set(new WeakReference<>(array));
    }
    List<Object> held = HELD.get();
    if (held != null) {
      held.add(array);
    }
    return array;
  }
}
