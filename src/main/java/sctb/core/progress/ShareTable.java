package sctb.core.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sctb.core.diag.Location;
import sctb.core.period.Period;
import sctb.core.register.EntityMatcher;
import sctb.core.register.EntityNames;
import sctb.core.submission.IndicatorRow;
import sctb.core.text.NameArena;
import sctb.core.text.NameProbe;

/**
 * The kept rows of a share, count or task-output indicator as columns instead of an
 * {@link IndicatorRow} each: per key (indicator, agency answered for, sector, entity as matched — the
 * finest grouping any rule uses) one slot of an open-addressing table, with what its rows say alike;
 * per row its key, period, packed place ({@link LocationTable}) and figures ({@link Decimals}). What is
 * kept of a key is {@link ProgressAccumulator}'s to say ({@link #add}); once {@link #freeze frozen}, a
 * row is an {@link IndicatorRow} again only when read ({@link ShareRows}).
 */
final class ShareTable {
  private static final int NONE = -1;
  /** Below this many entity keys a second thread costs more than it saves. */
  private static final int TWO_THREADS_FROM = 1 << 16;
  private final LocationTable places;
  /** Whether every row is kept; else per key only the rows at the ends the rules read ({@link #keepAtEnds}). */
  private final boolean everyRow;
  private final LocalDate baselineEnd;
  private final LocalDate previousEnd;

  private int[] slots = new int[64]; // key + 1; 0: empty
  private int keys;
  /** Per key, its (indicator, agency answered for, sector): an index into {@link #scopes}. */
  private int[] keyScope = new int[32];
  /**
   * Per key, the entity's key when it is a register id's ({@link EntityMatcher#isIdKey}), "" for an
   * aggregate row; null when it is the canonical form of the entity's name, made again when needed
   * rather than kept (as {@link ReductionRows} does).
   */
  private String[] keyId = new String[32];
  private int[] keyHash = new int[32];
  /** Per key, its kept rows linked through {@link #rowNext}; none when every row is kept. */
  private int[] keyFirst;
  /**
   * Per key, what its first row said besides its figures — its spelling of the entity (a handle into
   * {@link #names}: UTF-8 in one array, no object per name), and the rest (one object for the many keys
   * that say the same) —: its other rows almost always say the same.
   */
  private long[] keyName = new long[32];
  private final NameArena names = new NameArena();
  /** The row's name compared with those kept. */
  private final NameProbe probe = new NameProbe();
  private Usual[] keyUsual = new Usual[32];
  /** Per key, its rank among the entity keys by (sector, entity): the rules' one row per entity. */
  private int[] keyGroup;
  private int groups;
  /** How many keys are aggregates' (a row naming no entity). */
  private int aggregateKeys;
  private final List<String[]> scopes = new ArrayList<>();
  private final Map<String, Integer> scopeIndex = new HashMap<>();
  private String[] lastScope = {};
  private int lastScopeIndex;

  private int rows;
  private int free = NONE;
  private int[] rowKey = new int[64];
  private int[] rowNext;
  /** Index into {@link #periods}; -1: a freed row. */
  private short[] rowPeriod = new short[64];
  private long[] rowAt = new long[64];
  private final Decimals numerators = new Decimals(64);
  private final Decimals denominators = new Decimals(64);
  /** The rows that do not say what their key's first row said ({@link #keyUsual}): what they say. */
  private final Map<Integer, Said> unusual = new HashMap<>();
  private final List<Period> periods = new ArrayList<>();
  private final Map<Period, Short> periodIndex = new HashMap<>();
  /** Per row, its place in the one order of rows ({@link Sources#INDICATOR_ROW}); set by {@link #freeze}. */
  private int[] ordinal;

  private final Map<Object, Object> shared = new HashMap<>();

  /**
   * {@code everyRow}: keep every row (a figure whose series the report uses); else the rows at the
   * latest end, at the latest end up to {@code previousEnd}, up to {@code baselineEnd} (null: none)
   * and at the earliest end ({@code previousEnd} null: every row).
   */
  ShareTable(LocationTable places, boolean everyRow, LocalDate baselineEnd, LocalDate previousEnd) {
    this.places = places;
    this.everyRow = everyRow;
    this.baselineEnd = baselineEnd;
    this.previousEnd = previousEnd;
    if (!everyRow) {
      keyFirst = new int[32];
      rowNext = new int[64];
    }
  }

  /** {@code row} taken in under the agency its writer answers for ({@code answered}). */
  void add(IndicatorRow row, String answered) {
    int key = key(row, answered, true);
    int id = newRow();
    set(id, key, row);
    if (!everyRow) {
      rowNext[id] = keyFirst[key];
      keyFirst[key] = id;
      keepAtEnds(key);
    }
  }

  /**
   * Puts {@code newer} where its key keeps the row at {@code olderAt}; that row as it was, or null when
   * its key keeps none there.
   */
  IndicatorRow replace(IndicatorRow newer, String answered, Location olderAt) {
    int id = find(newer, answered, olderAt);
    if (id == NONE) {
      return null;
    }
    IndicatorRow was = row(id);
    set(id, rowKey[id], newer);
    return was;
  }

  /** The kept row at {@code at} of the key of {@code like}, null when none. */
  IndicatorRow kept(IndicatorRow like, String answered, Location at) {
    int id = find(like, answered, at);
    return id == NONE ? null : row(id);
  }

  private int find(IndicatorRow like, String answered, Location at) {
    int key = key(like, answered, false);
    if (key == NONE) {
      return NONE;
    }
    if (everyRow) { // a correction: rare enough to look through every row
      for (int id = 0; id < rows; id++) {
        if (rowKey[id] == key && places.unpack(rowAt[id]).equals(at)) {
          return id;
        }
      }
      return NONE;
    }
    for (int id = keyFirst[key]; id != NONE; id = rowNext[id]) {
      if (places.unpack(rowAt[id]).equals(at)) {
        return id;
      }
    }
    return NONE;
  }

  /**
   * Of {@code key}'s rows, those ending on its latest end, its latest end up to the previous period,
   * up to B, or its earliest end — the rows the rules can take — and the others freed.
   */
  private void keepAtEnds(int key) {
    LocalDate latest = null;
    LocalDate previous = null;
    LocalDate baseline = null;
    LocalDate earliest = null;
    for (int id = keyFirst[key]; id != NONE; id = rowNext[id]) {
      LocalDate end = period(id).end();
      latest = latest == null || end.isAfter(latest) ? end : latest;
      earliest = earliest == null || end.isBefore(earliest) ? end : earliest;
      if (!end.isAfter(previousEnd) && (previous == null || end.isAfter(previous))) {
        previous = end;
      }
      if (baselineEnd != null && !end.isAfter(baselineEnd) && (baseline == null || end.isAfter(baseline))) {
        baseline = end;
      }
    }
    int before = NONE;
    for (int id = keyFirst[key]; id != NONE; ) {
      int next = rowNext[id];
      LocalDate end = period(id).end();
      if (end.equals(latest) || end.equals(previous) || end.equals(baseline) || end.equals(earliest)) {
        before = id;
      } else {
        if (before == NONE) {
          keyFirst[key] = next;
        } else {
          rowNext[before] = next;
        }
        release(id);
      }
      id = next;
    }
  }

  private void set(int id, int key, IndicatorRow row) {
    rowKey[id] = key;
    Short period = periodIndex.get(row.period());
    if (period == null) {
      period = (short) periods.size();
      periods.add(row.period());
      periodIndex.put(row.period(), period);
      fitKeys();
    }
    rowPeriod[id] = period;
    rowAt[id] = places.pack(row.at());
    numerators.set(id, row.numerator());
    denominators.set(id, row.denominator());
    Usual usual = Usual.of(row);
    // Shared when it names no entity id nor note: one object for the keys of a file, not one per entity.
    usual = usual.entityId().isEmpty() && usual.note().isEmpty() ? shared(usual) : usual;
    if (keyUsual[key] == null) {
      keyName[key] = names.add(row.entity());
      keyUsual[key] = usual;
    } else if (!keyUsual[key].equals(usual) || !names.is(keyName[key], probe.of(row.entity()))) {
      unusual.put(id, new Said(row.entity(), usual));
      return;
    }
    unusual.remove(id);
  }

  /** What a row says besides its key, figures and spelling of the entity: who wrote it, unit, note, entity id, date. */
  private record Usual(String agency, String unit, String note, String entityId, LocalDate submittedOn) {
    static Usual of(IndicatorRow row) {
      return new Usual(row.agency(), row.unit(), row.note(), row.entityId(), row.submittedOn());
    }
  }

  /** A row's spelling and the rest, when not its key's. */
  private record Said(String name, Usual usual) {}

  private <T> T shared(T value) {
    return shared(shared, value);
  }

  /** One object for values that repeat on every row (agency, unit, date; short texts). */
  @SuppressWarnings("unchecked")
  private static <T> T shared(Map<Object, Object> shared, T value) {
    if (value == null || value instanceof String s && s.length() > 64) {
      return value;
    }
    return (T) shared.computeIfAbsent(value, v -> v);
  }

  private int newRow() {
    if (free != NONE) {
      int id = free;
      free = rowNext[id];
      return id;
    }
    if (rows == rowKey.length) {
      int capacity = rows + (rows >> 1);
      rowKey = Arrays.copyOf(rowKey, capacity);
      rowNext = rowNext == null ? null : Arrays.copyOf(rowNext, capacity);
      rowPeriod = Arrays.copyOf(rowPeriod, capacity);
      rowAt = Arrays.copyOf(rowAt, capacity);
      numerators.grow(capacity);
      denominators.grow(capacity);
    }
    return rows++;
  }

  private void release(int id) {
    rowPeriod[id] = -1;
    rowAt[id] = LocationTable.NONE;
    unusual.remove(id);
    rowNext[id] = free;
    free = id;
  }

  /** The number of {@code row}'s key; a new one when {@code insert}, else {@link #NONE} when there is none. */
  private int key(IndicatorRow row, String agency, boolean insert) {
    int scope = scope(row.indicator(), agency, row.sector());
    String entity = row.entityKey();
    int hash = scope * 31 + entity.hashCode();
    int mask = slots.length - 1;
    for (int i = OpenAddressing.slot(hash, mask); ; i = (i + 1) & mask) {
      int k = slots[i] - 1;
      if (k < 0) {
        return insert ? insert(i, hash, scope, entity) : NONE;
      }
      if (keyHash[k] == hash && keyScope[k] == scope && sameEntity(k, row.entity(), entity)) {
        return k;
      }
    }
  }

  private boolean sameEntity(int k, String name, String entityKey) {
    if (keyId[k] != null || entityKey.isEmpty() || EntityMatcher.isIdKey(entityKey)) {
      return entityKey.equals(keyId[k]);
    }
    // The same text has the same key; only another spelling (or a hash collision) is folded again.
    return names.is(keyName[k], probe.of(name)) || EntityNames.isCanonical(names, keyName[k], entityKey);
  }

  private int scope(String indicator, String agency, String sector) {
    String[] last = lastScope;
    if (last.length == 3 && last[0] == indicator && last[1] == agency && last[2] == sector) {
      return lastScopeIndex;
    }
    int index = scopeIndex.computeIfAbsent(indicator + "\u0000" + agency + "\u0000" + sector, k -> {
      scopes.add(new String[] {indicator, agency, sector});
      return scopes.size() - 1;
    });
    lastScope = new String[] {indicator, agency, sector};
    lastScopeIndex = index;
    return index;
  }

  private int insert(int slot, int hash, int scope, String entity) {
    int k = keys++;
    if (k == keyHash.length) {
      resizeKeys(k + (k >> 1));
    }
    keyScope[k] = scope;
    keyId[k] = entity.isEmpty() ? "" : EntityMatcher.isIdKey(entity) ? entity : null;
    aggregateKeys += entity.isEmpty() ? 1 : 0;
    keyHash[k] = hash;
    if (keyFirst != null) {
      keyFirst[k] = NONE;
    }
    slots[slot] = k + 1;
    if (keys * 2 > slots.length) {
      rehash();
    }
    return k;
  }

  /**
   * The per-key columns and the names cut to the keys there are: rows come about a period at a time,
   * and a new period mostly brings back keys already known, so the room left by growing by half is
   * given back rather than held to the end (a sixth of the table at a million keys).
   */
  private void fitKeys() {
    int capacity = Math.max(keys, 32);
    if (capacity < keyHash.length) {
      resizeKeys(capacity);
    }
    names.trim();
  }

  /** Every per-key column grown or cut to {@code capacity} keys. */
  private void resizeKeys(int capacity) {
    keyScope = Arrays.copyOf(keyScope, capacity);
    keyId = Arrays.copyOf(keyId, capacity);
    keyHash = Arrays.copyOf(keyHash, capacity);
    keyFirst = keyFirst == null ? null : Arrays.copyOf(keyFirst, capacity);
    keyName = Arrays.copyOf(keyName, capacity);
    keyUsual = Arrays.copyOf(keyUsual, capacity);
  }

  private void rehash() {
    slots = OpenAddressing.doubled(slots, keyHash, keys);
  }

  /**
   * Done taking rows: every kept row in the one order of rows ({@link Sources#INDICATOR_ROW}), and each
   * entity key's rank by (sector, entity). The table is only read afterwards.
   */
  ShareRows freeze() {
    long[] ids = new long[rows];
    int n = 0;
    for (int id = 0; id < rows; id++) {
      if (rowPeriod[id] >= 0) { // not a freed row
        ids[n++] = id;
      }
    }
    LongSort.sort(ids, n, (a, b) -> {
      int c = period((int) a).compareTo(period((int) b));
      return c != 0 ? c : places.compare(rowAt[(int) a], rowAt[(int) b]);
    });
    ordinal = new int[rows];
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = (int) ids[i];
      ordinal[order[i]] = i;
    }
    rankEntities();
    trim();
    slots = null;
    rowNext = null;
    keyFirst = null;
    shared.clear();
    scopeIndex.clear();
    return new ShareRows(this, order);
  }

  /** The row columns and names cut to those taken: the report holds them as long as it lives. */
  private void trim() {
    names.trim();
    rowKey = Arrays.copyOf(rowKey, rows);
    rowPeriod = Arrays.copyOf(rowPeriod, rows);
    rowAt = Arrays.copyOf(rowAt, rows);
    numerators.grow(rows);
    denominators.grow(rows);
  }

  /**
   * Each entity key's rank by (sector, entity): the keys are put in sector order first (a few sectors,
   * each key's in the order of keys), then each sector's sorted by name alone ({@link NameSort}).
   */
  private void rankEntities() {
    int[] sectorRank = sectorRanks();
    int[] start = new int[scopes.size() + 1];
    int n = 0;
    for (int k = 0; k < keys; k++) {
      if (!"".equals(keyId[k])) {
        start[sectorRank[keyScope[k]] + 1]++;
        n++;
      }
    }
    for (int r = 1; r < start.length; r++) {
      start[r] += start[r - 1];
    }
    // The entity keys by sector, each sector's in the order of keys (their names added in that order).
    int[] order = new int[n];
    int[] next = Arrays.copyOf(start, start.length);
    for (int k = 0; k < keys; k++) {
      if (!"".equals(keyId[k])) {
        order[next[sectorRank[keyScope[k]]]++] = k;
      }
    }
    long[] entity = new long[keys];
    NameArena entities = entityKeys(order, entity);
    long[] newName = new long[(n + 63) >>> 6];
    for (int r = 0; r + 1 < start.length; r++) {
      NameSort.sortOnTwoThreads(entities, entity, order, start[r], start[r + 1], newName); // a sector's first is new
    }
    keyGroup = new int[keys];
    Arrays.fill(keyGroup, NONE);
    int group = NONE;
    for (int i = 0; i < n; i++) {
      if ((newName[i >>> 6] & 1L << i) != 0) {
        group++;
      }
      keyGroup[order[i]] = group;
    }
    groups = group + 1;
  }

  /**
   * The entity key of each key of {@code order}, made once for the sort (a name's canonical form) and
   * kept as UTF-8 until the sort is done (a String each took ~100 bytes an entity at the report's
   * peak), made from the name's UTF-8 without a String of either (the Strings were 281 MB allocated at
   * one million entities, round 12); its handle put in {@code entity} by key number. Many keys: the
   * second half's made on another thread into an arena of its own, appended after — the canonical
   * forms were 25–38 of the serial end's samples at one million entities, the other core idle (round 11).
   */
  private NameArena entityKeys(int[] order, long[] entity) {
    NameArena entities = new NameArena(names.size()); // a folded key is about as long as its spelling, or shorter
    int n = order.length;
    if (n < TWO_THREADS_FROM || !Beside.worthIt()) {
      addEntityKeys(order, 0, n, entity, entities);
      return entities;
    }
    int half = n / 2;
    Beside<NameArena> secondHalf = Beside.start("sctb-ranks",
        () -> addEntityKeys(order, half, n, entity, new NameArena(names.size() / 2)));
    addEntityKeys(order, 0, half, entity, entities);
    long shift = entities.append(secondHalf.join());
    for (int i = half; i < n; i++) {
      entity[order[i]] += shift;
    }
    return entities;
  }

  private NameArena addEntityKeys(int[] order, int from, int to, long[] entity, NameArena into) {
    for (int i = from; i < to; i++) {
      int key = order[i];
      String id = keyId[key];
      entity[key] = id != null ? into.add(id) : EntityNames.addCanonical(names, keyName[key], into);
    }
    return into;
  }

  /** Per scope, the rank of its sector among the sectors the scopes name (in String order). */
  private int[] sectorRanks() {
    String[] sectors = scopes.stream().map(s -> s[2]).distinct().sorted().toArray(String[]::new);
    int[] rank = new int[scopes.size()];
    for (int s = 0; s < rank.length; s++) {
      rank[s] = Arrays.binarySearch(sectors, scopes.get(s)[2]);
    }
    return rank;
  }

  private String keySector(int key) {
    return scopes.get(keyScope[key])[2];
  }

  /** What {@link #eachKey} tells of a key. */
  interface KeyVisitor {
    void key(String indicator, String agency, String sector, String entityKey, String entity);
  }

  /**
   * Each key's indicator, agency answered for, sector, entity key and the entity as its first row spelled it,
   * for the keys of the agencies {@code agencies} accepts (the others' entity keys are not made again).
   */
  void eachKey(java.util.function.Predicate<String> agencies, KeyVisitor visitor) {
    for (int k = 0; k < keys; k++) {
      String[] scope = scopes.get(keyScope[k]);
      if (agencies.test(scope[1])) {
        visitor.key(scope[0], scope[1], scope[2], keyEntity(k), names.get(keyName[k]));
      }
    }
  }

  /** The entity's key: kept, or made again from its name. */
  private String keyEntity(int key) {
    String id = keyId[key];
    return id != null ? id : EntityNames.canonical(names, keyName[key]);
  }

  /** The rows taken, numbered 0 … rows() - 1. */
  int rows() {
    return rows;
  }

  /** Entity ranks: how many there are, and a row's (rows of an aggregate have none). */
  int groups() {
    return groups;
  }

  /** A row's entity rank; -1 for a row of an aggregate. */
  int group(int id) {
    return keyGroup[rowKey[id]];
  }

  /** A row's place in the one order of rows. */
  int ordinal(int id) {
    return ordinal[id];
  }

  Period period(int id) {
    return periods.get(rowPeriod[id]);
  }

  /** The number of a row's period, as {@link #periodsEndingAfter} numbers them. */
  int periodNumber(int id) {
    return rowPeriod[id];
  }

  /** The periods of the rows, by number ({@link #periodNumber}). */
  List<Period> periods() {
    return Collections.unmodifiableList(periods);
  }

  /** Whether any key is an aggregate's (a row naming no entity). */
  boolean hasAggregates() {
    return aggregateKeys > 0;
  }

  /** Per period number, whether that period ends after {@code end}. */
  boolean[] periodsEndingAfter(LocalDate end) {
    boolean[] after = new boolean[periods.size()];
    for (int p = 0; p < after.length; p++) {
      after[p] = periods.get(p).end().isAfter(end);
    }
    return after;
  }

  private Usual usual(int id) {
    Said own = unusual.isEmpty() ? null : unusual.get(id);
    return own != null ? own.usual() : keyUsual[rowKey[id]];
  }

  /** The spelling of row {@code id} ({@link #NONE}: the first of {@code key}'s rows). */
  private String name(int key, int id) {
    Said own = id == NONE || unusual.isEmpty() ? null : unusual.get(id);
    return own != null ? own.name() : names.get(keyName[key]);
  }

  String agency(int id) {
    return usual(id).agency();
  }

  String sector(int id) {
    return keySector(rowKey[id]);
  }

  /** A row's entity key when it is a register id's, else null (only those name an entry of the register). */
  String idKeyOf(int id) {
    String key = keyId[rowKey[id]];
    return key == null || key.isEmpty() ? null : key;
  }

  boolean aggregate(int id) {
    return "".equals(keyId[rowKey[id]]);
  }

  BigDecimal numerator(int id) {
    return numerators.get(id);
  }

  BigDecimal denominator(int id) {
    return denominators.get(id);
  }

  /** Σ of the numerators of rows {@code ids[from, to)}, a missing one as 0. */
  BigDecimal numeratorSum(int[] ids, int from, int to) {
    return numerators.sum(ids, from, to);
  }

  /** Σ of the denominators of rows {@code ids[from, to)}, a missing one as 0. */
  BigDecimal denominatorSum(int[] ids, int from, int to) {
    return denominators.sum(ids, from, to);
  }

  /** Adds row {@code id}'s denominator to {@code sum}. */
  void addDenominator(DecimalSum sum, int id) {
    denominators.addTo(sum, id);
  }

  long packedAt(int id) {
    return rowAt[id];
  }

  LocationTable places() {
    return places;
  }

  /** The row as it was handed over. */
  IndicatorRow row(int id) {
    int key = rowKey[id];
    Usual says = usual(id);
    String[] scope = scopes.get(keyScope[key]);
    return new IndicatorRow(places.unpack(rowAt[id]), period(id), says.agency(), scope[0], scope[2], name(key, id),
        numerators.get(id), denominators.get(id), says.unit(), says.note(), says.entityId(), says.submittedOn(),
        keyEntity(key));
  }
}
