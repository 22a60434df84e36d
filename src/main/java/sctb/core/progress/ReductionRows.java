package sctb.core.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import sctb.core.period.Period;
import sctb.core.submission.IndicatorRow;
import sctb.core.text.Fold;

/**
 * What the reduction rule can use of one sector's rows (one indicator), kept compact while rows stream
 * in: per establishment (matched by {@link Fold#key}) its row for the baseline year B, for each half
 * of B, and for its latest period after B — the sector's period C is the latest of those, so an
 * establishment's other rows can never count. Of a row only consumption, output and location are
 * kept, in parallel arrays (~90 bytes an establishment, and its name once); when one period holds two
 * rows of an establishment, the later in file and line order is kept, as {@link ReductionPanel}
 * would pick it, and the name is the smallest spelling among the rows the rule reads.
 */
final class ReductionRows {
  static final int WHOLE = 0;
  static final int FIRST_HALF = 1;
  static final int SECOND_HALF = 2;
  static final int LATEST = 3;
  /**
   * The order of an establishment's periods after B, latest last: by end date; a whole year and its
   * second half end on the same day, and the year, which covers the half, is the one the rule reads.
   */
  static final Comparator<Period> LATEST_LAST = Comparator.comparing(Period::end).thenComparing(Period::isYear);

  private final int baselineYear;
  private final LocationTable places;
  private int size;
  /** Open addressing: slot + 1 of the establishment, 0 when free; by the key's String hash. */
  private int[] table = new int[16];
  private int[] hashes = new int[8];
  /** Smallest spelling (NFC, stripped) among the rows of B and its halves; among the rows at the latest period. */
  private String[] baselineNames = new String[8];
  private String[] latestNames = new String[8];
  /** Index + 1 into {@code periods} of the latest period after B, 0 when none. */
  private short[] latestPeriods = new short[8];
  private final List<Period> periods = new ArrayList<>();
  /** Per WHOLE, FIRST_HALF, SECOND_HALF, LATEST: null until a row of that kind arrives. */
  private final Kept[] kept = new Kept[4];

  ReductionRows(int baselineYear, LocationTable places) {
    this.baselineYear = baselineYear;
    this.places = places;
  }

  int baselineYear() {
    return baselineYear;
  }

  LocationTable places() {
    return places;
  }

  /** Establishments that have a row kept. */
  int size() {
    return size;
  }

  /** Takes one row of this sector (its period not after P); {@code entityKey} is {@code Fold.key(row.entity())}. */
  void add(IndicatorRow row, String entityKey) {
    Period p = row.period();
    int kind = p.year() == baselineYear ? p.half() : p.year() > baselineYear ? LATEST : -1;
    if (kind < 0) {
      return; // before B: no rule reads it
    }
    int slot = slot(row.entity(), entityKey);
    String spelling = spelling(row.entity(), slot);
    if (kind == LATEST) {
      int c = latestPeriods[slot] == 0 ? 1 : LATEST_LAST.compare(p, periods.get(latestPeriods[slot] - 1));
      if (c < 0) {
        return;
      }
      if (c > 0) {
        latestPeriods[slot] = periodIndex(p);
        latestNames[slot] = spelling;
        kept(LATEST).set(slot, row, places.pack(row.at()));
        return;
      }
      latestNames[slot] = smaller(latestNames[slot], spelling);
    } else {
      baselineNames[slot] = smaller(baselineNames[slot], spelling);
      if (!has(slot, kind)) {
        kept(kind).set(slot, row, places.pack(row.at()));
        return;
      }
    }
    // A second row of the establishment for the same period: the later one in file and line order counts.
    long at = places.pack(row.at());
    if (places.compare(at, kept[kind].at[slot]) > 0) {
      kept[kind].set(slot, row, at);
    }
  }

  boolean has(int slot, int kind) {
    return kept[kind] != null && kept[kind].at[slot] != LocationTable.NONE;
  }

  /** The row's numerator (0 when blank), only when {@link #has}. */
  BigDecimal consumption(int slot, int kind) {
    return kept[kind].consumption.get(slot);
  }

  /** The row's denominator (0 when blank), only when {@link #has}. */
  BigDecimal output(int slot, int kind) {
    return kept[kind].output.get(slot);
  }

  /** The row's packed location, {@link LocationTable#NONE} when there is no row. */
  long at(int slot, int kind) {
    return kept[kind] == null ? LocationTable.NONE : kept[kind].at[slot];
  }

  /** The latest period after B of the establishment, null when it has no row after B. */
  Period latest(int slot) {
    return latestPeriods[slot] == 0 ? null : periods.get(latestPeriods[slot] - 1);
  }

  /** The latest period after B of any establishment: the sector's C; null when none. */
  Period current() {
    return periods.stream().max(LATEST_LAST).orElse(null);
  }

  /** True when the establishment's latest row ends when {@code period} does (a year and its second half both count for C). */
  boolean latestEndsWith(int slot, Period period) {
    return latestPeriods[slot] != 0 && latest(slot).end().equals(period.end());
  }

  String baselineName(int slot) {
    return baselineNames[slot];
  }

  String latestName(int slot) {
    return latestNames[slot];
  }

  /** The matching key of the establishment (every spelling kept folds to it). */
  String key(int slot) {
    return Fold.key(baselineNames[slot] != null ? baselineNames[slot] : latestNames[slot]);
  }

  private int slot(String entity, String entityKey) {
    int hash = entityKey.hashCode();
    int mask = table.length - 1;
    for (int i = mix(hash) & mask; ; i = (i + 1) & mask) {
      int s = table[i] - 1;
      if (s < 0) {
        s = newSlot(hash);
        table[i] = s + 1;
        if (size * 4 > table.length * 3) {
          rehash();
        }
        return s;
      }
      if (hashes[s] == hash && sameEstablishment(s, entity, entityKey)) {
        return s;
      }
    }
  }

  private boolean sameEstablishment(int slot, String entity, String entityKey) {
    String b = baselineNames[slot];
    String l = latestNames[slot];
    // The same text folds to the same key; only another spelling (or a hash collision) is folded again.
    return entity.equals(b) || entity.equals(l) || key(slot).equals(entityKey);
  }

  /** The row's name as the panel shows it, the String already kept when it is the same text. */
  private String spelling(String entity, int slot) {
    String b = baselineNames[slot];
    String l = latestNames[slot];
    if (entity.equals(b)) {
      return b;
    }
    if (entity.equals(l)) {
      return l;
    }
    String name = Fold.nfc(entity.strip());
    return name.equals(b) ? b : name.equals(l) ? l : name;
  }

  private static String smaller(String kept, String other) {
    return kept == null || other.compareTo(kept) < 0 ? other : kept;
  }

  private short periodIndex(Period p) {
    int i = periods.indexOf(p);
    if (i < 0) {
      periods.add(p);
      i = periods.size() - 1;
    }
    return (short) (i + 1);
  }

  private int newSlot(int hash) {
    if (size == hashes.length) {
      int capacity = size + (size >> 1);
      hashes = Arrays.copyOf(hashes, capacity);
      baselineNames = Arrays.copyOf(baselineNames, capacity);
      latestNames = Arrays.copyOf(latestNames, capacity);
      latestPeriods = Arrays.copyOf(latestPeriods, capacity);
      for (Kept k : kept) {
        if (k != null) {
          k.grow(capacity);
        }
      }
    }
    hashes[size] = hash;
    return size++;
  }

  private void rehash() {
    int[] bigger = new int[table.length * 2];
    int mask = bigger.length - 1;
    for (int s = 0; s < size; s++) {
      int i = mix(hashes[s]) & mask;
      while (bigger[i] != 0) {
        i = (i + 1) & mask;
      }
      bigger[i] = s + 1;
    }
    table = bigger;
  }

  /** Spreads String hashes (close for names that differ in the last digits) over the table's low bits. */
  private static int mix(int hash) {
    int h = hash * 0x9e3779b9;
    return h ^ (h >>> 16);
  }

  private Kept kept(int kind) {
    if (kept[kind] == null) {
      kept[kind] = new Kept(hashes.length);
    }
    return kept[kind];
  }

  /** One kind of row (B, a half of B, the latest) for every establishment. */
  private static final class Kept {
    final Decimals consumption;
    final Decimals output;
    long[] at;

    Kept(int capacity) {
      consumption = new Decimals(capacity);
      output = new Decimals(capacity);
      at = new long[capacity];
    }

    void grow(int capacity) {
      consumption.grow(capacity);
      output.grow(capacity);
      at = Arrays.copyOf(at, capacity);
    }

    void set(int slot, IndicatorRow row, long packedAt) {
      consumption.set(slot, Numbers.zeroIfNull(row.numerator()));
      output.set(slot, Numbers.zeroIfNull(row.denominator()));
      at[slot] = packedAt;
    }
  }
}
