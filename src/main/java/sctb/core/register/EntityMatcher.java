package sctb.core.register;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sctb.core.text.Fold;
import sctb.core.text.NamePattern;

/**
 * The one rule that says which entity a row is about (docs/methodology.md §2.5). With a register: the
 * id column first; then the official name or another spelling ({@link Fold#key}); then the name with
 * legal forms written one way ({@link EntityNames#canonical}); then without them
 * ({@link EntityNames#bare}) — each step only when it names exactly one entry of the kind the
 * indicator counts. A row so matched is counted under its entry's key ({@code #} and the id). A name
 * the register does not hold, and every name when there is no register, is counted under its
 * canonical name. Immutable: shared by the reader's threads.
 */
public final class EntityMatcher {
  /** How a row's entity was found. */
  public enum Method { ID, NAME, CANONICAL, BARE, UNMATCHED, AMBIGUOUS, NO_REGISTER, AGGREGATE }

  /**
   * The key the row is counted under, the entry it names (null when none), how it was found, and,
   * when the id named no entry, that id ({@code unknownId}, else null).
   */
  public record Match(String key, RegisterEntry entry, Method how, String unknownId) {}

  private final boolean present;
  private final Map<String, RegisterEntry> byId = new HashMap<>();
  private final Map<String, List<RegisterEntry>> byName = new HashMap<>();
  private final Map<String, List<RegisterEntry>> byCanonical = new HashMap<>();
  private final Map<String, List<RegisterEntry>> byBare = new HashMap<>();
  /**
   * Per word of a bare name, the places in {@link #entries} (ascending) of those whose bare name holds
   * it: candidates for "closest".
   */
  private final Map<String, int[]> byWord = new HashMap<>();
  private final List<RegisterEntry> entries;
  /**
   * One bit per value of the low bits of a hash, set for the hashes of the bare names in {@link #byBare}
   * (32 to 64 bits a name, at least 8 KB): most names of a national roll-up find theirs clear, one read, and need no
   * other key; a set bit only sends a name on to the look-ups.
   */
  private final long[] bareHashBits;
  /** Each entry's key, one String for all the rows matched to it. */
  private final Map<RegisterEntry, String> keys = new java.util.IdentityHashMap<>();
  /** Each entry's official name without legal forms, by its place in {@link #entries}, compared by {@link #closest}. */
  private final NamePattern[] bareNames;

  EntityMatcher(Register register) {
    this.present = register.present();
    this.entries = register.entries();
    this.bareNames = new NamePattern[entries.size()];
    Map<String, List<Integer>> wordEntries = new HashMap<>();
    for (int place = 0; place < entries.size(); place++) {
      RegisterEntry e = entries.get(place);
      keys.put(e, e.key());
      bareNames[place] = new NamePattern(EntityNames.bare(e.name()));
      byId.putIfAbsent(idOf(e.id()), e);
      Set<String> names = new LinkedHashSet<>();
      names.add(e.name());
      names.addAll(e.otherNames());
      Set<String> folded = new LinkedHashSet<>();
      Set<String> canonical = new LinkedHashSet<>();
      Set<String> bare = new LinkedHashSet<>();
      for (String n : names) {
        folded.add(Fold.key(n));
        canonical.add(EntityNames.canonical(n));
        bare.add(EntityNames.bare(n));
      }
      folded.forEach(k -> byName.computeIfAbsent(k, x -> new ArrayList<>(1)).add(e));
      canonical.forEach(k -> byCanonical.computeIfAbsent(k, x -> new ArrayList<>(1)).add(e));
      bare.forEach(k -> byBare.computeIfAbsent(k, x -> new ArrayList<>(1)).add(e));
      Set<String> words = new LinkedHashSet<>();
      bare.forEach(b -> words.addAll(List.of(b.split("_"))));
      int at = place;
      words.forEach(w -> wordEntries.computeIfAbsent(w, x -> new ArrayList<>()).add(at));
    }
    wordEntries.forEach((w, places) -> byWord.put(w, places.stream().mapToInt(Integer::intValue).toArray()));
    bareHashBits = new long[Math.max(1 << 16, Integer.highestOneBit(byBare.size() * 32) << 1) / 64];
    for (String bare : byBare.keySet()) {
      int bit = bareHashBit(bare.hashCode());
      bareHashBits[bit >>> 6] |= 1L << bit;
    }
  }

  /** The key of a register id: {@code #} and the id as written in the register (no name folds to one). */
  public static String idKey(String id) {
    return "#" + id;
  }

  /** True for a key made from an id, not from a name. */
  public static boolean isIdKey(String key) {
    return key.startsWith("#");
  }

  /** An id as compared: no spaces, upper case ("0101234567-001", " 0101234567 - 001" are the same). */
  public static String idOf(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean drop = Character.isWhitespace(c) || Character.isSpaceChar(c);
      char up = Character.toUpperCase(c);
      if (out == null && (drop || up != c)) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null && !drop) {
        out.append(up);
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * The entity of a row: {@code id} and {@code name} as written ("" when blank), {@code kind} the
   * kind the indicator counts (null: any). Blank both: an aggregate row (key "").
   */
  public Match match(String id, String name, EntityKind kind) {
    String idText = idOf(id);
    if (name.isBlank() && idText.isEmpty()) {
      return new Match("", null, Method.AGGREGATE, null);
    }
    if (!present) {
      return name.isBlank() ? new Match(idKey(idText), null, Method.NO_REGISTER, null)
          : new Match(EntityNames.canonical(name), null, Method.NO_REGISTER, null);
    }
    String unknownId = null;
    if (!idText.isEmpty()) {
      RegisterEntry e = byId.get(idText);
      if (e != null && (kind == null || e.kind() == kind)) {
        return new Match(keys.get(e), e, Method.ID, null);
      }
      unknownId = id.strip();
    }
    if (name.isBlank()) {
      return new Match(idKey(idText), null, Method.UNMATCHED, unknownId);
    }
    EntityNames.Canonical named = EntityNames.canonicalWithBareHash(name);
    String canonical = named.name();
    if (!mayHoldBare(named.bareHash())) {
      // No bare name of the register has this hash (most names of a national roll-up). Equal folded
      // names have equal canonical names, and those equal bare names: no step can match.
      return new Match(canonical, null, Method.UNMATCHED, unknownId);
    }
    String folded = Fold.key(name);
    Method[] steps = {Method.NAME, Method.CANONICAL, Method.BARE};
    List<Map<String, List<RegisterEntry>>> maps = List.of(byName, byCanonical, byBare);
    for (int i = 0; i < steps.length; i++) {
      String key = i == 0 ? folded : i == 1 ? canonical : EntityNames.bareOfCanonical(canonical);
      List<RegisterEntry> found = ofKind(maps.get(i).get(key), kind);
      if (found.size() == 1) {
        return new Match(keys.get(found.get(0)), found.get(0), steps[i], unknownId);
      }
      if (found.size() > 1) {
        return new Match(canonical, null, Method.AMBIGUOUS, unknownId);
      }
    }
    return new Match(canonical, null, Method.UNMATCHED, unknownId);
  }

  /** False when no bare name of the register has this hash; true also, rarely, when another hash shares its bit. */
  private boolean mayHoldBare(int hash) {
    int bit = bareHashBit(hash);
    return (bareHashBits[bit >>> 6] & (1L << bit)) != 0;
  }

  /** The bit of {@link #bareHashBits} for a bare name's hash (its high bits folded in). */
  private int bareHashBit(int hash) {
    return (hash ^ (hash >>> 16)) & (bareHashBits.length * 64 - 1);
  }

  /** The entries of {@code kind} (null: any) one name step finds, in register order. */
  private static List<RegisterEntry> ofKind(List<RegisterEntry> found, EntityKind kind) {
    if (found == null) {
      return List.of();
    }
    return kind == null ? found : found.stream().filter(e -> e.kind() == kind).toList();
  }

  /** True when {@code name} is one of the entry's names, compared as {@link #match} compares them. */
  public static boolean isNameOf(RegisterEntry entry, String name) {
    String bare = EntityNames.bare(name);
    List<String> names = new ArrayList<>();
    names.add(entry.name());
    names.addAll(entry.otherNames());
    return names.stream().anyMatch(n -> EntityNames.bare(n).equals(bare));
  }

  /** The entries a name is ambiguous between (for the warning), in register order. */
  public List<RegisterEntry> candidates(String name, EntityKind kind) {
    String[] keys = {Fold.key(name), EntityNames.canonical(name), EntityNames.bare(name)};
    List<Map<String, List<RegisterEntry>>> maps = List.of(byName, byCanonical, byBare);
    for (int i = 0; i < keys.length; i++) {
      List<RegisterEntry> found = ofKind(maps.get(i).get(keys[i]), kind);
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  /**
   * The register entry of {@code kind} whose name is nearest {@code name} (edit distance between bare
   * names, among the entries sharing a word with it, or all of them when none does); null when the
   * register has no entry of that kind.
   */
  public RegisterEntry closest(String name, EntityKind kind) {
    String bare = EntityNames.bare(name);
    String[] words = bare.split("_");
    int[][] lists = new int[words.length][];
    Nearest nearest = new Nearest(bare);
    boolean shared = false;
    for (int w = 0; w < words.length; w++) {
      lists[w] = byWord.getOrDefault(words[w], NONE);
      for (int place : lists[w]) {
        // Each entry once, where it first comes (the words in order, each one's entries in register order).
        if ((kind == null || entries.get(place).kind() == kind) && !inAnyOf(lists, w, place)) {
          shared = true;
          nearest.consider(place);
        }
      }
    }
    if (!shared) {
      for (int place = 0; place < entries.size(); place++) {
        if (kind == null || entries.get(place).kind() == kind) {
          nearest.consider(place);
        }
      }
    }
    return nearest.best < 0 ? null : entries.get(nearest.best);
  }

  private static final int[] NONE = new int[0];

  /** Whether {@code place} is in one of {@code lists[0, before)} (each ascending). */
  private static boolean inAnyOf(int[][] lists, int before, int place) {
    for (int w = 0; w < before; w++) {
      if (java.util.Arrays.binarySearch(lists[w], place) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The entry nearest a bare name among those considered: the first of the smallest edit distance. */
  private final class Nearest {
    private final String bare;
    private int best = -1;
    private int bestDistance = Integer.MAX_VALUE;

    Nearest(String bare) {
      this.bare = bare;
    }

    void consider(int place) {
      NamePattern other = bareNames[place];
      if (Math.abs(other.text().length() - bare.length()) >= bestDistance) {
        return; // at least that many edits apart: cannot be strictly nearer
      }
      int d = other.distanceTo(bare);
      if (d < bestDistance) {
        best = place;
        bestDistance = d;
      }
    }
  }

}
