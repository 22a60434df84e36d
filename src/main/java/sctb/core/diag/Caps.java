package sctb.core.diag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps a flood of one mistake readable: at most {@code max} diagnostics of a code per file, then one
 * {@code too-many} diagnostic saying how many more there were.
 */
public final class Caps {
  private Caps() {}

  /** The sorted diagnostics with each (file, code) capped; the summaries sort at the file's start. */
  public static List<Diagnostic> perFileAndCode(List<Diagnostic> diagnostics, int max) {
    Map<String, Integer> seen = new LinkedHashMap<>();
    List<Diagnostic> kept = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      String key = d.location().file() + "\u0000" + d.code().id();
      int n = seen.merge(key, 1, Integer::sum);
      if (n <= max) {
        kept.add(d);
      }
    }
    seen.forEach((key, n) -> {
      if (n > max) {
        String[] parts = key.split("\u0000", 2);
        String file = parts[0].equals("null") ? null : parts[0];
        kept.add(Diagnostic.of(Code.TOO_MANY, Location.file(file), parts[1], Integer.toString(n - max),
            Integer.toString(max)));
      }
    });
    kept.sort(Diagnostics.ORDER);
    return List.copyOf(kept);
  }
}
