package sctb.core.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import sctb.core.period.Period;
import sctb.core.register.EntityMatcher;
import sctb.core.register.EntityNames;
import sctb.core.submission.IndicatorRow;
import sctb.core.text.Fold;
import sctb.core.text.NameArena;
import sctb.core.text.NameProbe;

/**
 * What the reduction rule can use of one sector's rows (one indicator), kept compact while rows stream
 * in: per establishment (matched by its key, {@link IndicatorRow#entityKey}) its row for the baseline
 * year B, for each half of B, for its latest period after B and for its latest period after B up to
 * the previous report's period — the sector's period C (and C of the previous report) is the latest
 * of those, so an establishment's other rows can never count. Of a row only consumption, output and
 * location are kept, in parallel arrays (~120 bytes an establishment, its key, and its name once as
 * UTF-8 in a {@link NameArena} shared with the partner);
 * when one period holds two rows of an establishment, the later in file and line order is kept, as
 * {@link ReductionPanel} would pick it — unless the later one is corrected ({@link #replace}) — and
 * the name is the smallest spelling among the rows the rule reads. When the report can use the
 * sector's series (a forecast, or a final verdict followed by later data), its row for every period
 * after B is kept instead (~26 bytes an establishment a period). For the final verdict on a target
 * whose year is over ({@link #finalVerdict}), the latest row up to the end of that year, and a row for
 * every period after it (achieved late), not those in between.
 */
final class ReductionRows {
  static final int WHOLE = 0;
  static final int FIRST_HALF = 1;
  static final int SECOND_HALF = 2;
  /**
   * The order of an establishment's periods after B, latest last: by end date; a whole year and its
   * second half end on the same day, and the year, which covers the half, is the one the rule reads.
   */
  static final Comparator<Period> LATEST_LAST = Comparator.comparing(Period::end).thenComparing(Period::isYear);

  private final int baselineYear;
  private final boolean history;
  /** The end of the previous report's period: the second column after B keeps each establishment's latest row up to it. */
  private final java.time.LocalDate previousEnd;
  /** Without the history: a row is also kept for every period ending after this day (null: none), in {@code later}. */
  private final java.time.LocalDate historyAfter;
  /** The periods of the columns after the first two, in order of arrival. */
  private final List<Period> later = new ArrayList<>();
  /** No name kept (a handle of {@link NameArena} is never negative). */
  private static final long NO_NAME = -1;
  /**
   * The same sector's rows kept for the other target (the judged one's and a final verdict's are
   * partners), whose names are taken rather than kept twice; null: none.
   */
  private ReductionRows partner;
  /** The names' text, shared with the partner, so that a handle of either is good in both. */
  private final NameArena names;
  /** The name compared with those kept (a row's, up to four times). */
  private final NameProbe probe = new NameProbe();
  /** The slot the last row added went to (read by a final verdict's rows right after). */
  private int lastSlot = -1;
  /**
   * A final verdict's: the judged rows (kept after the partners part), which hold some of its rows
   * after the target year themselves ({@link #sharesWithJudged}); null when none.
   */
  private ReductionRows judged;
  /** The report's period (a final verdict's rows: which later period the judged rows' latest column holds). */
  private Period report;
  /** Per establishment, its slot + 1 in {@code judged} when that holds its rows of a shared period, 0 when not; null until one. */
  private int[] judgedSlots;
  private final LocationTable places;
  private int size;
  /** Open addressing: slot + 1 of the establishment, 0 when free; by the key's String hash. */
  private int[] table = new int[16];
  private int[] hashes = new int[8];
  /**
   * Each establishment's matching key when it is a register's (shared with the register); null when it
   * is the canonical form of its name, which is computed again when needed rather than kept (~70 bytes).
   */
  private String[] keys = new String[8];
  /**
   * Handles in {@code names} of the smallest spelling (NFC, stripped) among the rows of B and its
   * halves, and among the rows at the latest period; {@link #NO_NAME} when none.
   */
  private long[] baselineNames = noNames(8);
  private long[] latestNames = noNames(8);
  /** The spelling of the row being added when no handle has it yet, and its handle once it is kept. */
  private String newName;
  private long newNameHandle;
  /** The handle whose text is the row's name, found by {@link #slot} while matching; {@link #NO_NAME} when none was compared. */
  private long matchedName = NO_NAME;
  /** Index + 1 into {@code periods} of the latest period after B, 0 when none; up to the previous report's end. */
  private short[] latestPeriods = new short[8];
  private short[] previousPeriods = new short[8];
  /** Every period after B a row was kept for. */
  private final List<Period> periods = new ArrayList<>();
  /** Per WHOLE, FIRST_HALF, SECOND_HALF: null until a row of that kind arrives. */
  private final Kept[] baseline = new Kept[3];
  /**
   * After B: two columns, each establishment's latest row and its latest up to the previous report's
   * end; with {@code history}, one per index of {@code periods}.
   */
  private final List<Kept> after = new ArrayList<>();

  /**
   * {@code history}: keep a row for every period after B, not only each establishment's latest (and
   * latest up to {@code previousEnd}, the end of the previous report's period).
   */
  ReductionRows(int baselineYear, boolean history, java.time.LocalDate previousEnd, LocationTable places) {
    this(baselineYear, history, previousEnd, null, places, new NameArena());
  }

  private ReductionRows(int baselineYear, boolean history, java.time.LocalDate previousEnd, java.time.LocalDate historyAfter,
      LocationTable places, NameArena names) {
    this.baselineYear = baselineYear;
    this.history = history;
    this.previousEnd = previousEnd;
    this.historyAfter = historyAfter;
    this.places = places;
    this.names = names;
  }

  /**
   * The rows for the final verdict on a target of {@code targetYear} from {@code baselineYear}, made
   * after that year: each establishment's latest row up to its end (the second column) and its row
   * for every later period (the series that finds the target achieved late); {@code judged}, the same
   * sector's rows for the target judged in the report of {@code report}, shares its names and holds
   * the rows after the target year that it keeps as they are ({@link #sharesWithJudged}). Each row is
   * added to {@code judged} first; a correction is replaced here first.
   */
  static ReductionRows finalVerdict(int baselineYear, int targetYear, ReductionRows judged, Period report) {
    java.time.LocalDate end = java.time.LocalDate.of(targetYear, 12, 31);
    ReductionRows rows = new ReductionRows(baselineYear, false, end, end, judged.places, judged.names);
    rows.partner = judged;
    judged.partner = rows;
    // The judged rows read every row after their own B, so any after this target year when B is not later.
    rows.judged = judged.baselineYear <= targetYear ? judged : null;
    rows.report = report;
    return rows;
  }

  LocationTable places() {
    return places;
  }

  /** Establishments that have a row kept. */
  int size() {
    return size;
  }

  /** Takes one row of this sector (its period not after P). */
  void add(IndicatorRow row) {
    Period p = row.period();
    if (p.year() < baselineYear) {
      return; // before B: no rule reads it
    }
    int slot = slot(row.entity(), row.entityKey());
    lastSlot = slot;
    long spelling = spelling(row.entity(), row.entityKey(), slot);
    long at = places.pack(row.at());
    if (p.year() == baselineYear) {
      baselineNames[slot] = smaller(baselineNames[slot], spelling);
      keep(column(baseline, p.half()), slot, row, at);
      return;
    }
    short index = periodIndex(p);
    int c = latestPeriods[slot] == 0 ? 1 : LATEST_LAST.compare(p, periods.get(latestPeriods[slot] - 1));
    if (c > 0) {
      latestPeriods[slot] = index;
      latestNames[slot] = kept(spelling);
    } else if (c == 0) {
      latestNames[slot] = smaller(latestNames[slot], spelling);
    }
    if (history) {
      keep(afterColumn(index - 1), slot, row, at);
      return;
    }
    // A final verdict's rows need no latest column: they read the latest up to the end of the target
    // year (the second column) and each later period's own column.
    if (historyAfter == null && c > 0) {
      afterColumn(0).set(slot, row, at);
    } else if (historyAfter == null && c == 0) {
      keep(afterColumn(0), slot, row, at);
    }
    if (!p.end().isAfter(previousEnd)) {
      int b = previousPeriods[slot] == 0 ? 1 : LATEST_LAST.compare(p, periods.get(previousPeriods[slot] - 1));
      if (b > 0) {
        previousPeriods[slot] = index;
      }
      if (b >= 0) {
        keepPrevious(slot, row, at, b > 0);
      }
    }
    if (historyAfter != null && p.end().isAfter(historyAfter)) {
      int i = later.indexOf(p);
      if (i < 0) {
        later.add(p);
        i = later.size() - 1;
      }
      Kept own = 2 + i < after.size() ? after.get(2 + i) : null;
      int inJudged = (own == null || own.at[slot] == LocationTable.NONE) && sharesWithJudged(p) ? judged.slotOf(row) : -1;
      if (inJudged >= 0) {
        judgedSlot(slot, inJudged);
      } else {
        keep(afterColumn(2 + i), slot, row, at);
      }
    }
  }

  /**
   * The row as the establishment's latest up to the previous report's end (the second column), the first
   * of a later period when {@code later}. A final verdict's rows read it from the judged rows' column of
   * their B when it is of that year (which keeps the very same row, the later in file order) rather
   * than keep it again: at the last half-year the year before is the judged rows' B, so the final
   * verdict's second column would be a copy of theirs (18 bytes an establishment).
   */
  private void keepPrevious(int slot, IndicatorRow row, long at, boolean later) {
    Kept own = ownPrevious();
    if (later && own != null) {
      own.at[slot] = LocationTable.NONE;
    }
    boolean kept = own != null && own.at[slot] != LocationTable.NONE;
    int inJudged = kept || !previousInJudged(row.period()) ? -1 : judged.slotOf(row);
    if (inJudged >= 0) {
      judgedSlot(slot, inJudged);
    } else if (later) {
      afterColumn(1).set(slot, row, at);
    } else {
      keep(afterColumn(1), slot, row, at);
    }
  }

  /** Whether the judged rows keep a row of {@code p} as their B column does (a final verdict's rows only). */
  private boolean previousInJudged(Period p) {
    return judged != null && p.year() == judged.baselineYear;
  }

  /** The establishment at {@code slot} is at {@code inJudged} in the judged rows. */
  private void judgedSlot(int slot, int inJudged) {
    if (judgedSlots == null) {
      judgedSlots = new int[hashes.length];
    }
    judgedSlots[slot] = inJudged + 1;
  }

  /** The establishment's row in the second column: kept here, or in the judged rows' B column ({@link #keepPrevious}). */
  private Cell previousCell(int slot) {
    Kept own = ownPrevious();
    if (own != null && own.at[slot] != LocationTable.NONE) {
      return new Cell(own, slot);
    }
    return judged.baselineCell(judgedSlots[slot] - 1, periods.get(previousPeriods[slot] - 1).half());
  }

  /** The second column, null when none (a final verdict's let go, {@link #dropPreviousWhenEmpty}). */
  private Kept ownPrevious() {
    return after.size() > 1 ? after.get(1) : null;
  }

  /** The row of B's part {@code kind} at {@code slot}, null when none. */
  private Cell baselineCell(int slot, int kind) {
    return has(slot, kind) ? new Cell(baseline[kind], slot) : null;
  }

  /**
   * The row of period {@code p} a final verdict's rows read from the judged ones for the establishment
   * at {@code slot}, null when they keep it themselves or have none.
   */
  private Cell judgedCell(int slot, Period p) {
    if (judgedSlots == null || judgedSlots[slot] == 0) {
      return null;
    }
    if (sharesWithJudged(p)) {
      return judged.exactCell(judgedSlots[slot] - 1, p);
    }
    Kept own = ownPrevious();
    boolean previous = previousInJudged(p) && (own == null || own.at[slot] == LocationTable.NONE)
        && previousPeriods[slot] != 0 && periods.get(previousPeriods[slot] - 1).equals(p);
    return previous ? judged.baselineCell(judgedSlots[slot] - 1, p.half()) : null;
  }

  /**
   * Whether the judged rows will hold, once every row is in, the same row of period {@code p} as this
   * final verdict would keep (the later in file order): with their history, every period after their
   * B; else only the report's period, in their latest column, when nothing can end with it and come
   * after it (a first half, or a whole year; a second half would give way to its year).
   */
  private boolean sharesWithJudged(Period p) {
    return judged != null && (judged.history || p.equals(report) && (p.isYear() || p.half() == 1));
  }

  /** The slot of the establishment of {@code row} when it has one, else -1; quick for the row added last. */
  private int slotOf(IndicatorRow row) {
    String entityKey = row.entityKey();
    int s = lastSlot;
    boolean last = s >= 0 && hashes[s] == entityKey.hashCode() && (keys[s] != null || EntityMatcher.isIdKey(entityKey)
        ? entityKey.equals(keys[s])
        : isName(baselineNames[s], row.entity()) || isName(latestNames[s], row.entity()));
    return last ? s : find(entityKey);
  }

  /** The establishment's row of exactly period {@code p}, null when it is not kept as such. */
  private Cell exactCell(int slot, Period p) {
    if (history) {
      int i = periods.indexOf(p);
      return i < 0 || after.get(i).at[slot] == LocationTable.NONE ? null : new Cell(after.get(i), slot);
    }
    return historyAfter == null && p.equals(latest(slot)) ? new Cell(after.get(0), slot) : null;
  }

  /**
   * A correction: {@code newer} takes the place of the row at {@code olderAt} wherever that row is kept
   * (it has the same establishment and period). Returns the older row's consumption and output
   * ({consumption, output}), or null when that row is not kept (then the newer one is simply added).
   */
  java.math.BigDecimal[] replace(IndicatorRow newer, sctb.core.diag.Location olderAt) {
    int slot = find(newer.entityKey());
    long older = places.pack(olderAt);
    java.math.BigDecimal[] was = null;
    if (slot >= 0) {
      long at = places.pack(newer.at());
      for (Kept k : columns()) {
        if (k.at[slot] == older) {
          was = new java.math.BigDecimal[] {k.consumption.get(slot), k.output.get(slot)};
          k.set(slot, newer, at);
        }
      }
      Cell shared = was != null ? null : judgedCell(slot, newer.period());
      if (shared != null && shared.at() == older) {
        return new java.math.BigDecimal[] {shared.consumption(), shared.output()}; // the judged rows replace it next
      }
    }
    if (was == null) {
      add(newer);
    }
    return was;
  }

  /** The kept {consumption, output} of the row at {@code at} of the establishment {@code key}, null when not kept. */
  java.math.BigDecimal[] valuesAt(String key, sctb.core.diag.Location at) {
    int slot = find(key);
    if (slot < 0) {
      return null;
    }
    long packed = places.pack(at);
    for (Kept k : columns()) {
      if (k.at[slot] == packed) {
        return new java.math.BigDecimal[] {k.consumption.get(slot), k.output.get(slot)};
      }
    }
    return null;
  }

  /** Every column kept: after B, then of B and its halves. */
  private List<Kept> columns() {
    List<Kept> columns = new ArrayList<>(after);
    columns.addAll(Arrays.asList(baseline));
    columns.removeIf(java.util.Objects::isNull);
    return columns;
  }

  /** Of two rows of an establishment for one period, the later in file and line order counts. */
  private void keep(Kept column, int slot, IndicatorRow row, long at) {
    if (column.at[slot] == LocationTable.NONE || places.compare(at, column.at[slot]) > 0) {
      column.set(slot, row, at);
    }
  }

  /** True when the establishment has a row for the baseline year's part {@code kind} (WHOLE, FIRST_HALF, SECOND_HALF). */
  boolean has(int slot, int kind) {
    return baseline[kind] != null && baseline[kind].at[slot] != LocationTable.NONE;
  }

  /** The baseline row's numerator (0 when blank), only when {@link #has}. */
  BigDecimal consumption(int slot, int kind) {
    return baseline[kind].consumption.get(slot);
  }

  /** The baseline row's denominator (0 when blank), only when {@link #has}. */
  BigDecimal output(int slot, int kind) {
    return baseline[kind].output.get(slot);
  }

  /** The baseline row's packed location, {@link LocationTable#NONE} when there is none. */
  long at(int slot, int kind) {
    return baseline[kind] == null ? LocationTable.NONE : baseline[kind].at[slot];
  }

  /**
   * The establishment's row that ends when {@code period} does (its year's row before its second
   * half's), null when it has none.
   */
  Cell cellAt(int slot, Period period) {
    if (!history) {
      if (historyAfter == null && latestPeriods[slot] != 0 && latest(slot).end().equals(period.end())) {
        return new Cell(after.get(0), slot);
      }
      if (previousPeriods[slot] != 0 && periods.get(previousPeriods[slot] - 1).end().equals(period.end())) {
        return previousCell(slot);
      }
      return historyAfter != null && period.end().isAfter(historyAfter) ? cellAt(slot, period, later, 2) : null;
    }
    return cellAt(slot, period, periods, 0);
  }

  /**
   * Of the columns from {@code first} on, one per period of {@code kept}, the establishment's row ending
   * with {@code period} (a year's first), where the judged rows hold it when they do.
   */
  private Cell cellAt(int slot, Period period, List<Period> kept, int first) {
    Cell half = null;
    for (int i = 0; i < kept.size(); i++) {
      if (!kept.get(i).end().equals(period.end())) {
        continue;
      }
      Kept column = first + i < after.size() ? after.get(first + i) : null;
      Cell cell = column != null && column.at[slot] != LocationTable.NONE ? new Cell(column, slot)
          : judgedSlots != null && judgedSlots[slot] != 0 ? judged.exactCell(judgedSlots[slot] - 1, kept.get(i)) : null;
      if (cell != null && kept.get(i).isYear()) {
        return cell;
      }
      half = cell != null ? cell : half;
    }
    return half;
  }

  /** The latest period after B of the establishment, null when it has no row after B. */
  Period latest(int slot) {
    return latestPeriods[slot] == 0 ? null : periods.get(latestPeriods[slot] - 1);
  }

  /** The sector's period C up to {@code until}: the latest period after B with a row ending by then; null when none. */
  Period current(Period until) {
    return periods.stream().filter(p -> !p.end().isAfter(until.end())).max(LATEST_LAST).orElse(null);
  }

  /**
   * The periods after B with data, up to {@code until}, one per end date (the year's, when a year
   * and its second half both have rows), in order: the points of the sector's series; none without
   * the history (the report does not use the series then), only those after the target year for a
   * final verdict's rows.
   */
  List<Period> series(Period until) {
    if (!history) {
      return historyAfter == null ? List.of() : Observation.points(later.stream(), baselineYear, until);
    }
    return Observation.points(periods.stream(), baselineYear, until);
  }

  /**
   * The name an establishment is listed under: of its baseline's name ({@code baseline}) and its latest
   * ({@code latest}), the first in String order, compared as UTF-8 so that only the one shown is made
   * a String (round 12); null when neither is asked for.
   */
  String listedName(int slot, boolean baseline, boolean latest) {
    long name = baseline ? baselineNames[slot] : NO_NAME;
    if (latest && (name == NO_NAME || names.compare(latestNames[slot], name) < 0)) {
      name = latestNames[slot];
    }
    return name(name);
  }

  private String name(long handle) {
    return handle == NO_NAME ? null : names.get(handle);
  }

  /** The matching key of the establishment. */
  String key(int slot) {
    String k = keys[slot];
    if (k != null) {
      return k;
    }
    long name = keyName(slot);
    return name == NO_NAME ? "" : EntityNames.canonical(names, name);
  }

  /** {@link #key} kept in {@code into}, a name's made from its UTF-8 without a String; its handle there. */
  long addKey(int slot, NameArena into) {
    String k = keys[slot];
    long name = keyName(slot);
    return k != null || name == NO_NAME ? into.add(key(slot)) : EntityNames.addCanonical(names, name, into);
  }

  /** The key when it is a register id's ({@link EntityMatcher#isIdKey}), else null: a name's key is made by {@link #key}. */
  String idKey(int slot) {
    return keys[slot];
  }

  /** The name an establishment's key is made from. */
  /** The establishment's name as kept (a spelling of B, else of its latest row); null when none. */
  String keptName(int slot) {
    return name(keyName(slot));
  }

  private long keyName(int slot) {
    return baselineNames[slot] != NO_NAME ? baselineNames[slot] : latestNames[slot];
  }

  /** The establishment's slot, -1 when it has none. */
  private int find(String entityKey) {
    int hash = entityKey.hashCode();
    int mask = table.length - 1;
    for (int i = OpenAddressing.slot(hash, mask); ; i = (i + 1) & mask) {
      int s = table[i] - 1;
      if (s < 0) {
        return -1;
      }
      if (hashes[s] == hash && keyIs(s, entityKey)) {
        return s;
      }
    }
  }

  private int slot(String entity, String entityKey) {
    matchedName = NO_NAME;
    int hash = entityKey.hashCode();
    int mask = table.length - 1;
    for (int i = OpenAddressing.slot(hash, mask); ; i = (i + 1) & mask) {
      int s = table[i] - 1;
      if (s < 0) {
        s = newSlot(hash, entityKey);
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
    if (keys[slot] != null || EntityMatcher.isIdKey(entityKey)) {
      return entityKey.equals(keys[slot]);
    }
    // The same text has the same key; only another spelling (or a hash collision) is folded again.
    if (isName(baselineNames[slot], entity)) {
      matchedName = baselineNames[slot];
      return true;
    }
    if (isName(latestNames[slot], entity)) {
      matchedName = latestNames[slot];
      return true;
    }
    return keyIs(slot, entityKey);
  }

  /** Whether the establishment's {@link #key} is {@code entityKey}, a name's compared without making its key. */
  private boolean keyIs(int slot, String entityKey) {
    long name = keyName(slot);
    return keys[slot] != null || name == NO_NAME ? key(slot).equals(entityKey)
        : EntityNames.isCanonical(names, name, entityKey);
  }

  private boolean isName(long handle, String text) {
    return handle != NO_NAME && names.is(handle, probe.of(text));
  }

  /**
   * The row's name as the panel shows it: the handle already kept (here or by the partner) for the same
   * text; else {@link #NO_NAME}, with the text in {@code newName}, put in the arena only if it is kept
   * ({@link #kept}).
   */
  private long spelling(String entity, String entityKey, int slot) {
    newName = null;
    newNameHandle = NO_NAME;
    if (matchedName != NO_NAME) {
      return matchedName; // the same comparisons as below, made by slot() already
    }
    long b = baselineNames[slot];
    long l = latestNames[slot];
    if (isName(b, entity)) {
      return b;
    }
    if (isName(l, entity)) {
      return l;
    }
    String name = Fold.nfc(entity.strip());
    if (isName(b, name) || isName(l, name)) {
      return isName(b, name) ? b : l;
    }
    long shared = partner == null ? NO_NAME : partner.keptName(name, entityKey);
    if (shared == NO_NAME) {
      newName = name;
    }
    return shared;
  }

  /** The handle of {@code spelling} ({@link #spelling}'s answer), its text put in the arena when it is new. */
  private long kept(long spelling) {
    if (spelling != NO_NAME) {
      return spelling;
    }
    if (newNameHandle == NO_NAME) {
      newNameHandle = names.add(newName);
    }
    return newNameHandle;
  }

  /**
   * Ends the sharing of names once every row is in, so that the judged rows can be freed on their own
   * (a final verdict's keep reading the rows the judged ones hold for them, {@link #sharesWithJudged}).
   */
  void forgetPartner() {
    if (partner != null) {
      partner.partner = null;
      partner = null;
    }
  }

  /** The handle of the name this establishment already keeps when it is {@code name}; {@link #NO_NAME} otherwise. */
  private long keptName(String name, String entityKey) {
    int slot = find(entityKey);
    if (slot < 0) {
      return NO_NAME;
    }
    return isName(baselineNames[slot], name) ? baselineNames[slot] : isName(latestNames[slot], name) ? latestNames[slot] : NO_NAME;
  }

  /** Of the name kept and the row's {@code spelling}, the smaller (as Strings compare). */
  private long smaller(long kept, long spelling) {
    if (kept == NO_NAME) {
      return kept(spelling);
    }
    if (kept == spelling) {
      return kept;
    }
    String other = spelling == NO_NAME ? newName : names.get(spelling);
    return other.compareTo(names.get(kept)) < 0 ? kept(spelling) : kept;
  }

  private static long[] noNames(int capacity) {
    long[] handles = new long[capacity];
    Arrays.fill(handles, NO_NAME);
    return handles;
  }

  private static long[] grownNames(long[] handles, int capacity) {
    long[] grown = Arrays.copyOf(handles, capacity);
    if (capacity > handles.length) {
      Arrays.fill(grown, handles.length, capacity, NO_NAME);
    }
    return grown;
  }

  private short periodIndex(Period p) {
    int i = periods.indexOf(p);
    if (i < 0) {
      periods.add(p);
      i = periods.size() - 1;
      // Rows come about a period at a time, and a period mostly brings back establishments already
      // known: the room left by growing by half is given back rather than held to the end.
      resize(Math.max(size, 8));
      names.trim(names.size() >> 4);
      dropPreviousWhenEmpty();
    }
    return (short) (i + 1);
  }

  /** A final verdict's second column, once every establishment's row of it is read from the judged rows, is let go. */
  private void dropPreviousWhenEmpty() {
    Kept own = judged != null ? ownPrevious() : null;
    if (own != null && Arrays.stream(own.at).allMatch(at -> at == LocationTable.NONE)) {
      after.set(1, null);
    }
  }

  private int newSlot(int hash, String key) {
    if (size == hashes.length) {
      resize(size + (size >> 1));
    }
    hashes[size] = hash;
    keys[size] = EntityMatcher.isIdKey(key) ? key : null;
    return size++;
  }

  /** Every array of one entry an establishment grown or cut to {@code capacity} (not below {@link #size}). */
  private void resize(int capacity) {
    if (capacity != hashes.length) {
      hashes = Arrays.copyOf(hashes, capacity);
      keys = Arrays.copyOf(keys, capacity);
      previousPeriods = Arrays.copyOf(previousPeriods, capacity);
      baselineNames = grownNames(baselineNames, capacity);
      latestNames = grownNames(latestNames, capacity);
      latestPeriods = Arrays.copyOf(latestPeriods, capacity);
      for (Kept k : baseline) {
        if (k != null) {
          k.grow(capacity);
        }
      }
      after.stream().filter(java.util.Objects::nonNull).forEach(k -> k.grow(capacity));
      judgedSlots = judgedSlots == null ? null : Arrays.copyOf(judgedSlots, capacity);
    }
  }

  private void rehash() {
    table = OpenAddressing.doubled(table, hashes, size);
  }

  private Kept column(Kept[] columns, int kind) {
    if (columns[kind] == null) {
      columns[kind] = new Kept(hashes.length);
    }
    return columns[kind];
  }

  /** The column after B at {@code index}, made when first needed (a final verdict's rows never make the first). */
  private Kept afterColumn(int index) {
    while (after.size() <= index) {
      after.add(null);
    }
    if (after.get(index) == null) {
      after.set(index, new Kept(hashes.length));
    }
    return after.get(index);
  }

  /** One row kept: its column and its index there (the establishment's slot, here or in the judged rows). */
  record Cell(Kept column, int index) {
    BigDecimal consumption() {
      return column.consumption.get(index);
    }

    BigDecimal output() {
      return column.output.get(index);
    }

    long at() {
      return column.at[index];
    }
  }

  /** One kind of row (B, a half of B, the latest, or one period's) for every establishment. */
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
      consumption.set(slot, DecimalMath.zeroIfNull(row.numerator()));
      output.set(slot, DecimalMath.zeroIfNull(row.denominator()));
      at[slot] = packedAt;
    }
  }
}
