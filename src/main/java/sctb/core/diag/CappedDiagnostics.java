package sctb.core.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The capping of {@link Caps#perFileAndCode} done while diagnostics arrive: per (file, code) only the
 * first {@code max} in {@link Diagnostics#ORDER} are kept, and the rest only counted, so that a file
 * of a million bad rows costs {@code max} diagnostics of memory, not a million. Same result as
 * collecting everything and capping at the end.
 */
public final class CappedDiagnostics {
  private final int max;
  private final Map<String, Slot> slots = new HashMap<>();

  private static final class Slot {
    final List<Diagnostic> kept = new ArrayList<>();
    int total;
  }

  public CappedDiagnostics(int max) {
    this.max = max;
  }

  public void add(Diagnostic d) {
    Slot slot = slots.computeIfAbsent(d.location().file() + "\u0000" + d.code().id(), k -> new Slot());
    slot.total++;
    List<Diagnostic> kept = slot.kept;
    if (kept.size() == max && (max == 0 || Diagnostics.ORDER.compare(d, kept.get(max - 1)) >= 0)) {
      return;
    }
    // After the last equal one: among ties the earlier arrival stays first, as a stable sort would.
    int i = Collections.binarySearch(kept, d, (a, b) -> Diagnostics.ORDER.compare(a, b) <= 0 ? -1 : 1);
    kept.add(-(i + 1), d);
    if (kept.size() > max) {
      kept.remove(kept.size() - 1);
    }
  }

  public void addAll(Iterable<Diagnostic> ds) {
    ds.forEach(this::add);
  }

  /** Every other collector's diagnostics and counts (files are distinct or simply add up). */
  public void merge(CappedDiagnostics other) {
    other.slots.forEach((key, o) -> {
      Slot mine = slots.get(key);
      if (mine == null) {
        slots.put(key, o);
        return;
      }
      int before = mine.total;
      o.kept.forEach(this::add);
      mine.total = before + o.total;
    });
  }

  /** The kept diagnostics plus one {@code too-many} per capped (file, code), sorted. */
  public List<Diagnostic> sorted() {
    List<Diagnostic> out = new ArrayList<>();
    slots.forEach((key, slot) -> {
      out.addAll(slot.kept);
      if (slot.total > max) {
        String[] parts = key.split("\u0000", 2);
        String file = parts[0].equals("null") ? null : parts[0];
        out.add(Diagnostic.of(Code.TOO_MANY, Location.file(file), parts[1], Integer.toString(slot.total - max),
            Integer.toString(max)));
      }
    });
    out.sort(Diagnostics.ORDER);
    return List.copyOf(out);
  }
}
