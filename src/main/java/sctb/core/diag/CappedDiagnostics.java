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
  private static final int CODES = Code.values().length;

  private final int max;
  /** Per file (null allowed), per {@link Code#ordinal()}: most diagnostics land in one file's few codes. */
  private final Map<String, Slot[]> slots = new HashMap<>();

  private static final class Slot {
    final List<Diagnostic> kept = new ArrayList<>();
    int total;
  }

  public CappedDiagnostics(int max) {
    this.max = max;
  }

  public void add(Diagnostic d) {
    Slot slot = slot(d.location().file(), d.code());
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

  /**
   * False when a diagnostic of {@code code} at {@code at} would only be counted, not kept (its file
   * and code are full and every kept one comes before that place): then the caller may {@link #count}
   * it instead of working out its message (a closest name, say). True otherwise, also when unsure.
   */
  public boolean keeps(Code code, Location at) {
    return keeps(code, at.file(), at.line(), at.column());
  }

  /**
   * {@link #keeps(Code, Location)} of a place given by its parts, {@code file} as a {@link Location}
   * holds it: no Location made for each of a million rows that is only counted.
   */
  public boolean keeps(Code code, String file, int line, int column) {
    Slot[] byCode = slots.get(file);
    Slot slot = byCode == null ? null : byCode[code.ordinal()];
    return slot == null || slot.kept.size() < max
        || (max > 0 && Diagnostics.comparePlace(file, line, column, slot.kept.get(max - 1).location()) <= 0);
  }

  /** One more diagnostic of {@code code} in {@code file} that {@link #keeps} said would not be kept. */
  public void count(String file, Code code) {
    slot(file, code).total++;
  }

  private Slot slot(String file, Code code) {
    Slot[] byCode = slots.computeIfAbsent(file, f -> new Slot[CODES]);
    Slot slot = byCode[code.ordinal()];
    if (slot == null) {
      slot = new Slot();
      byCode[code.ordinal()] = slot;
    }
    return slot;
  }

  public void addAll(Iterable<Diagnostic> ds) {
    ds.forEach(this::add);
  }

  /** Every other collector's diagnostics and counts (files are distinct or simply add up). */
  public void merge(CappedDiagnostics other) {
    other.slots.forEach((file, theirs) -> {
      Slot[] mine = slots.get(file);
      if (mine == null) {
        slots.put(file, theirs);
        return;
      }
      for (int c = 0; c < CODES; c++) {
        Slot o = theirs[c];
        if (o == null) {
          continue;
        }
        if (mine[c] == null) {
          mine[c] = o;
          continue;
        }
        int before = mine[c].total;
        o.kept.forEach(this::add);
        mine[c].total = before + o.total;
      }
    });
  }

  /** The kept diagnostics plus one {@code too-many} per capped (file, code), sorted. */
  public List<Diagnostic> sorted() {
    List<Diagnostic> out = new ArrayList<>();
    Code[] codes = Code.values();
    slots.forEach((file, byCode) -> {
      for (int c = 0; c < CODES; c++) {
        Slot slot = byCode[c];
        if (slot == null) {
          continue;
        }
        out.addAll(slot.kept);
        if (slot.total > max) {
          out.add(Diagnostic.of(Code.TOO_MANY, Location.file(file), codes[c].id(), Integer.toString(slot.total - max),
              Integer.toString(max)));
        }
      }
    });
    out.sort(Diagnostics.ORDER);
    return List.copyOf(out);
  }
}
