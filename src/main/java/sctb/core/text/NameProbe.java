package sctb.core.text;

/**
 * A name's chars, copied once to be compared with several names of a {@link NameArena}
 * ({@link NameArena#is}); one per user of an arena, used by one thread at a time. The copy is what the
 * comparison loops read, not the String: a String stores one byte a char or two, and loops compiled
 * while names of one kind came failed their hoisted range checks on the other, so the compiler
 * recompiled them mid-run. Owned by its user rather than found per thread: a {@code ThreadLocal} look-up
 * on every comparison took 36 of the report's 692 main-thread samples at 2 M rows (docs/performance.md,
 * round 10).
 */
public final class NameProbe {
  private char[] chars = new char[64];
  private int length;
  private String name;

  /** This probe holding {@code name}: copied unless it is the very String held already (a row's name compared again). */
  public NameProbe of(String name) {
    if (name != this.name) {
      int n = name.length();
      if (n > chars.length) {
        chars = new char[Math.max(n, 2 * chars.length)];
      }
      name.getChars(0, n, chars, 0);
      length = n;
      this.name = name;
    }
    return this;
  }

  char[] chars() {
    return chars;
  }

  int length() {
    return length;
  }

  String name() {
    return name;
  }
}
