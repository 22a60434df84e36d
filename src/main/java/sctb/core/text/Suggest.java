package sctb.core.text;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean …?": the closest known value to a mistyped one, by edit distance on folded keys. */
public final class Suggest {
  /** Most edits a plausible slip has. */
  private static final int MAX_EDITS = 4;

  private Suggest() {}

  /**
   * The candidate nearest to {@code typed}, if it is near enough to be a plausible slip (at most a
   * third of the longer text, and at most 4 edits).
   */
  public static Optional<String> closest(String typed, Collection<String> candidates) {
    String key = Fold.key(typed);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      String other = Fold.key(candidate);
      if (Math.abs(key.length() - other.length()) > MAX_EDITS) {
        continue; // at least that many edits apart, never plausible: no quadratic work on a long value
      }
      int d = distance(key, other);
      if (d < bestDistance || (d == bestDistance && best != null && candidate.compareTo(best) < 0)) {
        best = candidate;
        bestDistance = d;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    int longer = Math.max(key.length(), Fold.key(best).length());
    boolean plausible = bestDistance <= Math.min(MAX_EDITS, Math.max(1, longer / 3));
    return plausible ? Optional.of(best) : Optional.empty();
  }

  /**
   * For names (agencies, indicators, sectors): the {@link #closest} one, else the longest name the typed
   * text begins with as whole words — "Sở Công Thương tỉnh Thanh Hóa" is the "Sở Công Thương" with the
   * province added, far more than 4 edits from it.
   */
  public static Optional<String> named(String typed, Collection<String> names) {
    Optional<String> closest = closest(typed, names);
    if (closest.isPresent()) {
      return closest;
    }
    String key = Fold.key(typed);
    String best = null;
    for (String name : names) {
      String other = Fold.key(name);
      boolean begins = !other.isEmpty() && key.startsWith(other) && key.length() > other.length()
          && key.charAt(other.length()) == '_';
      if (begins && (best == null || other.length() > Fold.key(best).length()
          || (other.length() == Fold.key(best).length() && name.compareTo(best) < 0))) {
        best = name;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Levenshtein distance, two rows. */
  public static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
