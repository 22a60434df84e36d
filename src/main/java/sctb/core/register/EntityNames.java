package sctb.core.register;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import sctb.core.text.Fold;
import sctb.core.text.NameArena;

/**
 * How an entity's name is compared (docs/methodology.md §2.5): folded ({@link Fold#key}: case,
 * diacritics, spacing and punctuation ignored), then with the words of legal forms and of zone types
 * written one way ("Công ty", "Cty", "CTy", "C.ty" → cty; "Cổ phần" → cp; "Trách nhiệm hữu hạn" →
 * tnhh; "Một thành viên" → mtv; "Doanh nghiệp tư nhân" → dntn; "Hợp tác xã" → htx; "Tổng công ty" →
 * tct; "Chi nhánh" → cn; "Khu công nghiệp" → kcn, "Cụm công nghiệp" → ccn, "Khu kinh tế" → kkt,
 * "Trung tâm thương mại" → tttm) — the {@link #canonical} name; and, last, without the legal-form
 * words at all — the {@link #bare} name ("Cty CP Giấy X" and "Công ty Giấy X" are both "giay_x").
 */
public final class EntityNames {
  private EntityNames() {}

  /** Per first word, the word sequences starting with it and the one word each is written as; longer sequences first. */
  private static final Map<String, List<String[]>> REWRITES = rules(
      rule("tct", "tong", "cong", "ty"), rule("tct", "tong", "cty"), rule("tct", "tong", "c", "ty"),
      rule("tnhh", "trach", "nhiem", "huu", "han"), rule("dntn", "doanh", "nghiep", "tu", "nhan"),
      rule("tttm", "trung", "tam", "thuong", "mai"), rule("mtv", "mot", "thanh", "vien"), rule("mtv", "1", "thanh", "vien"),
      rule("kcn", "khu", "cong", "nghiep"), rule("ccn", "cum", "cong", "nghiep"), rule("kkt", "khu", "kinh", "te"),
      rule("htx", "hop", "tac", "xa"), rule("cty", "cong", "ty"), rule("cty", "c", "ty"), rule("cp", "co", "phan"),
      rule("cn", "chi", "nhanh"));
  /** The words that start a rewrite. */
  private static final String[] FIRST_WORDS = REWRITES.keySet().stream().sorted().toArray(String[]::new);
  /** {@link #REWRITES} of each of {@link #FIRST_WORDS}, by its index: no map look-up for every word of every name. */
  private static final String[][][] RULES_OF_FIRST = Stream.of(FIRST_WORDS).map(w -> REWRITES.get(w).toArray(String[][]::new))
      .toArray(String[][][]::new);
  private static final int LONGEST_FIRST_WORD = Stream.of(FIRST_WORDS).mapToInt(String::length).max().orElse(0);
  /**
   * Per first letter (ASCII) and length of a word, the indexes in {@link #FIRST_WORDS} of the words it
   * could be: most words find none in one array read. Comparing each word that starts with a rewrite's
   * letter against every first word cost ~40 ns of a name's ~450 ns match (bench/EntityMatch.java's
   * names, round 10).
   */
  private static final int[][] FIRST_WORDS_BY_START = firstWordsByStart();

  private static int[][] firstWordsByStart() {
    int[][] table = new int[128 * (LONGEST_FIRST_WORD + 1)][];
    Arrays.fill(table, new int[0]);
    for (int f = 0; f < FIRST_WORDS.length; f++) {
      int at = startIndex(FIRST_WORDS[f].charAt(0), FIRST_WORDS[f].length());
      table[at] = IntStream.concat(IntStream.of(table[at]), IntStream.of(f)).toArray();
    }
    return table;
  }

  private static int startIndex(char first, int length) {
    return first * (LONGEST_FIRST_WORD + 1) + length;
  }

  /** Legal-form words, left out of the bare name. */
  private static final String[] FORMS = {"tct", "cty", "cp", "tnhh", "mtv", "dntn", "htx", "cn"};

  private static String[] rule(String to, String... words) {
    String[] r = new String[words.length + 1];
    r[0] = to;
    System.arraycopy(words, 0, r, 1, words.length);
    return r;
  }

  private static Map<String, List<String[]>> rules(String[]... all) {
    Map<String, List<String[]>> byFirst = new HashMap<>();
    for (String[] r : all) {
      byFirst.computeIfAbsent(r[1], k -> new ArrayList<>()).add(r);
    }
    return Map.copyOf(byFirst);
  }

  /** The folded name with legal forms and zone types written one way: the key of a name without a register. */
  public static String canonical(String name) {
    if (name == null) {
      return "";
    }
    char[] chars = work(name.length());
    name.getChars(0, name.length(), chars, 0);
    int n = (int) canonicalInPlace(chars, name.length(), false);
    return n < 0 ? canonicalOfKey(Fold.key(name)) : new String(chars, 0, n);
  }

  /**
   * {@link #canonical} of the name {@code names} holds under {@code handle}, made from its UTF-8 without
   * a String of the name (the report's end makes one for each of a million entities: round 11 measured
   * ~280 MB of such Strings at 1 M entities).
   */
  public static String canonical(NameArena names, long handle) {
    char[] chars = work(NameArena.length(handle));
    int n = canonicalOf(names, handle, chars);
    return n < 0 ? canonical(names.get(handle)) : new String(chars, 0, n);
  }

  /**
   * Keeps in {@code into} the {@link #canonical} name of the name {@code from} holds under
   * {@code handle}, from UTF-8 to UTF-8 without a String; its handle in {@code into}.
   */
  public static long addCanonical(NameArena from, long handle, NameArena into) {
    char[] chars = work(NameArena.length(handle));
    int n = canonicalOf(from, handle, chars);
    return n < 0 ? into.add(canonical(from.get(handle))) : into.add(chars, n);
  }

  /**
   * Whether {@code key} is the {@link #canonical} name of the name {@code names} holds under
   * {@code handle}, compared in the thread's array without a String of either.
   */
  public static boolean isCanonical(NameArena names, long handle, String key) {
    char[] chars = work(NameArena.length(handle));
    int n = canonicalOf(names, handle, chars);
    if (n < 0) {
      return canonical(names.get(handle)).equals(key);
    }
    if (n != key.length()) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (chars[i] != key.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The canonical name of {@code names}' name of {@code handle} in {@code chars}, its length; -1: the general path. */
  private static int canonicalOf(NameArena names, long handle, char[] chars) {
    int n = names.charsInto(handle, chars);
    return n < 0 ? -1 : (int) canonicalInPlace(chars, n, false);
  }

  /** A name's {@link #canonical} name and the {@code String.hashCode} of its {@link #bare} name, which is not made. */
  record Canonical(String name, int bareHash) {}

  /**
   * {@link #canonical} and the bare name's hash, both from the one array the name is folded and
   * rewritten in: a name the register holds under no bare name with this hash needs no other key
   * (most names of a national roll-up are not in the register).
   */
  static Canonical canonicalWithBareHash(String name) {
    char[] chars = work(name.length());
    name.getChars(0, name.length(), chars, 0);
    long made = canonicalInPlace(chars, name.length(), true);
    int n = (int) made;
    if (n < 0) {
      String canonical = canonicalOfKey(Fold.key(name));
      return new Canonical(canonical, bareOfCanonical(canonical).hashCode());
    }
    return new Canonical(new String(chars, 0, n), (int) (made >>> 32));
  }

  // Names are folded in an array each thread keeps (every row's name goes through here); a longer
  // name than this has an array of its own.
  private static final int WORK_CHARS = 1024;
  private static final ThreadLocal<char[]> WORK = ThreadLocal.withInitial(() -> new char[64]);

  /** An array of at least {@code length} chars, reused by the thread: read only until the next call. */
  private static char[] work(int length) {
    if (length > WORK_CHARS) {
      return new char[length];
    }
    char[] chars = WORK.get();
    if (chars.length < length) {
      chars = new char[Math.max(length, Math.min(WORK_CHARS, chars.length * 2))];
      WORK.set(chars);
    }
    return chars;
  }

  /**
   * The name in {@code chars[0, length)} folded and rewritten in place into its {@link #canonical} name;
   * as {@link #rewrite}: its length in the low 32 bits, -1 when it needs the general path ({@code chars}
   * then hold nothing of use).
   */
  private static long canonicalInPlace(char[] chars, int length, boolean hashBare) {
    int n = Fold.asciiKeyInPlace(chars, length);
    return n < 0 ? -1 : rewrite(chars, n, hashBare);
  }

  /** The canonical name without its legal-form words ("" when nothing else is left). */
  public static String bare(String name) {
    return bareOfCanonical(canonical(name));
  }

  /** {@link #bare} of a name already made {@link #canonical}; the same instance when it holds no legal-form word. */
  static String bareOfCanonical(String canonical) {
    char[] chars = canonical.toCharArray();
    int n = chars.length;
    StringBuilder out = null;
    for (int start = 0, end; start <= n; start = end + 1) {
      end = wordEnd(chars, n, start);
      boolean keep = kept(chars, start, end);
      if (out == null && !keep) {
        out = new StringBuilder(n).append(chars, 0, Math.max(0, start - 1));
      }
      if (out != null && keep) {
        out.append(out.length() == 0 ? "" : "_").append(chars, start, end - start);
      }
    }
    return out == null ? canonical : out.toString();
  }

  /** True when the bare name keeps the word from {@code start} to {@code end}: not empty, not a legal form. */
  private static boolean kept(char[] canonical, int start, int end) {
    return end > start && !isForm(canonical, start, end);
  }

  /** True when the word from {@code start} to {@code end} is one of {@link #FORMS}. */
  private static boolean isForm(char[] text, int start, int end) {
    int length = end - start;
    if (length < 2 || length > 4 || FORM_INITIALS.indexOf(text[start]) < 0) {
      return false; // most words: one look at their length and first letter
    }
    for (String form : FORMS) {
      if (form.length() == length && regionIs(text, start, form)) {
        return true;
      }
    }
    return false;
  }

  /** The first letters of {@link #FORMS}. */
  private static final String FORM_INITIALS = "cdhmt";

  /** {@link #canonical} of a name already folded; the same instance when nothing is rewritten. */
  static String canonicalOfKey(String key) {
    char[] chars = key.toCharArray();
    int n = (int) rewrite(chars, chars.length, false);
    return n == key.length() ? key : new String(chars, 0, n); // every rewrite shortens the key
  }

  /**
   * Rewrites the folded key in {@code key[0, n)} in place, one pass over its words (every rewrite is
   * shorter than the words it replaces, so what is written never passes what is still to read); its
   * new length in the low 32 bits and, when {@code hashBare}, in the high 32 the {@code String.hashCode}
   * of its {@link #bare} name, taken word by word as they are written: a second pass over the
   * canonical name for it had ~7 % of the reading workers' JFR samples in {@code validate} of 2 M rows,
   * though bench/EntityMatch.java cannot tell the two apart (round 12; round 10 measured it slower when
   * every caller hashed, hence {@code hashBare}).
   */
  private static long rewrite(char[] key, int n, boolean hashBare) {
    int written = 0;
    int start = 0;
    int bareHash = 0;
    boolean bareEmpty = true;
    while (start < n) {
      int end = wordEnd(key, n, start);
      String[] rule = ruleAt(key, n, start, end);
      int wordStart = written;
      if (rule != null) {
        end = wordsEnd(key, n, start, rule.length - 1); // before writing: the rewrite may cover its first words
        rule[0].getChars(0, rule[0].length(), key, written);
        written += rule[0].length();
      } else {
        System.arraycopy(key, start, key, written, end - start);
        written += end - start;
      }
      if (hashBare && kept(key, wordStart, written)) {
        bareHash = bareEmpty ? 0 : 31 * bareHash + '_';
        for (int i = wordStart; i < written; i++) {
          bareHash = 31 * bareHash + key[i];
        }
        bareEmpty = false;
      }
      if (end < n) {
        key[written++] = '_';
      }
      start = end + 1;
    }
    return (long) bareHash << 32 | written;
  }

  /** Where the word of {@code key[0, n)} that starts at {@code start} ends: at its "_" or at {@code n}. */
  private static int wordEnd(char[] key, int n, int start) {
    int end = start;
    while (end < n && key[end] != '_') {
      end++;
    }
    return end;
  }

  /** The rewrite whose words start at {@code start} (the word there ends at {@code end}), or null. */
  private static String[] ruleAt(char[] key, int n, int start, int end) {
    char first = key[start];
    if (first >= 128 || end - start > LONGEST_FIRST_WORD) {
      return null;
    }
    for (int f : FIRST_WORDS_BY_START[startIndex(first, end - start)]) {
      if (!regionIs(key, start, FIRST_WORDS[f])) {
        continue;
      }
      for (String[] r : RULES_OF_FIRST[f]) {
        if (matchesAt(key, n, start, r)) {
          return r;
        }
      }
    }
    return null;
  }

  /** True when the words of {@code rule} follow one another from {@code start}, each a whole word. */
  private static boolean matchesAt(char[] key, int n, int start, String[] rule) {
    int at = start;
    for (int k = 1; k < rule.length; k++) {
      String w = rule[k];
      int next = at + w.length();
      if (next > n || !regionIs(key, at, w) || (next < n && key[next] != '_')) {
        return false;
      }
      at = next + 1;
    }
    return true;
  }

  /** True when {@code key} holds {@code word} from {@code at} (the caller has checked it fits). */
  private static boolean regionIs(char[] key, int at, String word) {
    for (int i = 0; i < word.length(); i++) {
      if (key[at + i] != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Where the {@code words}-th word of {@code key[0, n)} from {@code start} ends. */
  private static int wordsEnd(char[] key, int n, int start, int words) {
    int end = start - 1;
    for (int k = 0; k < words; k++) {
      end = wordEnd(key, n, end + 1);
      if (end >= n) {
        return n;
      }
    }
    return end;
  }
}
