package sctb.core.register;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import sctb.core.text.Fold;

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
    int n = canonicalInto(name, chars);
    return n < 0 ? canonicalOfKey(Fold.key(name)) : new String(chars, 0, n);
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
    int n = canonicalInto(name, chars);
    if (n < 0) {
      String canonical = canonicalOfKey(Fold.key(name));
      return new Canonical(canonical, bareHashOfCanonical(canonical));
    }
    return new Canonical(new String(chars, 0, n), bareHash(chars, n));
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

  /** Folds {@code name} into {@code chars} and rewrites it there; its length, or -1 when it needs the general path. */
  private static int canonicalInto(String name, char[] chars) {
    int n = Fold.asciiKeyInto(name, chars);
    return n < 0 ? -1 : rewrite(chars, n);
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

  /** {@code bareOfCanonical(canonical).hashCode()}, without making the bare name. */
  static int bareHashOfCanonical(String canonical) {
    return bareHash(canonical.toCharArray(), canonical.length());
  }

  /** The hash of the bare name of the canonical name in {@code canonical[0, n)}. */
  private static int bareHash(char[] canonical, int n) {
    int hash = 0;
    boolean first = true;
    for (int start = 0, end; start <= n; start = end + 1) {
      end = wordEnd(canonical, n, start);
      if (kept(canonical, start, end)) {
        hash = first ? hash : 31 * hash + '_';
        for (int i = start; i < end; i++) {
          hash = 31 * hash + canonical[i];
        }
        first = false;
      }
    }
    return hash;
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
    int n = rewrite(chars, chars.length);
    return n == key.length() ? key : new String(chars, 0, n); // every rewrite shortens the key
  }

  /**
   * Rewrites the folded key in {@code key[0, n)} in place, one pass over its words (every rewrite is
   * shorter than the words it replaces, so what is written never passes what is still to read); its
   * new length.
   */
  private static int rewrite(char[] key, int n) {
    int written = 0;
    int start = 0;
    while (start < n) {
      int end = wordEnd(key, n, start);
      String[] rule = ruleAt(key, n, start, end);
      if (rule != null) {
        end = wordsEnd(key, n, start, rule.length - 1); // before writing: the rewrite may cover its first words
        rule[0].getChars(0, rule[0].length(), key, written);
        written += rule[0].length();
      } else {
        System.arraycopy(key, start, key, written, end - start);
        written += end - start;
      }
      if (end < n) {
        key[written++] = '_';
      }
      start = end + 1;
    }
    return written;
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
