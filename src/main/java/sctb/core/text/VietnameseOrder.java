package sctb.core.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Vietnamese alphabetical order for names shown to a user (establishments, zones, supermarkets, craft
 * villages): a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y (f j w z in their Latin places),
 * letters before their tones, case aside; then tones word by word in dictionary order — none, huyền,
 * hỏi, ngã, sắc, nặng ("Ba" &lt; "Bà" &lt; "Bả" &lt; "Bã" &lt; "Bá" &lt; "Bạ"); then lower case before upper case;
 * then the text itself, so that the order is total. A fixed rule in code rather than
 * {@code java.text.Collator}, whose Vietnamese rules depend on the Java runtime's locale data: the same
 * names sort the same on every machine (docs/methodology.md). Spaces and punctuation sort before digits,
 * digits before letters.
 */
public final class VietnameseOrder {
  /** Compares names by {@link #key}; for few names (a key is made at each comparison). */
  public static final Comparator<String> NAMES = Comparator.comparing(VietnameseOrder::key);

  private static final String LETTERS = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";
  private static final String TONES = "\u0300\u0309\u0303\u0301\u0323"; // huyền, hỏi, ngã, sắc, nặng
  private static final int LETTER_BASE = 0x20000; // above every code point: letters after digits and the rest

  private VietnameseOrder() {}

  /** {@code items} in the Vietnamese order of {@code name}: each key made once. */
  public static <T> List<T> sorted(List<T> items, Function<T, String> name) {
    if (items.size() < 2) {
      return items;
    }
    List<Keyed<T>> keyed = new ArrayList<>(items.size());
    items.forEach(item -> keyed.add(new Keyed<>(key(name.apply(item)), item)));
    keyed.sort(null);
    return keyed.stream().map(Keyed::item).toList();
  }

  /** The positions of {@code names[0, n)} in their Vietnamese order: each key made once. */
  public static int[] order(String[] names, int n) {
    List<Keyed<Integer>> keyed = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      keyed.add(new Keyed<>(key(names[i]), i));
    }
    keyed.sort(null);
    return keyed.stream().mapToInt(Keyed::item).toArray();
  }

  /** The sort key of {@code name}: comparing keys compares names in Vietnamese order. */
  public static Key key(String name) {
    String d = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD);
    int[] letters = new int[d.length()];
    byte[] tones = new byte[d.length()];
    byte[] cases = new byte[d.length()];
    int n = 0;
    for (int i = 0; i < d.length(); ) {
      int c = d.codePointAt(i);
      i += Character.charCount(c);
      int tone = TONES.indexOf(c);
      if (n > 0 && tone >= 0) {
        tones[n - 1] = (byte) (tone + 1);
        continue;
      }
      int lower = Character.toLowerCase(c);
      int letter = LETTERS.indexOf(lower);
      if (n > 0 && letters[n - 1] >= LETTER_BASE && isVowelMark(c)) {
        // ă â ê ô ơ ư: a letter of its own, after its base
        int base = LETTERS.charAt(letters[n - 1] - LETTER_BASE);
        int marked = LETTERS.indexOf(Normalizer.normalize(new String(Character.toChars(base)) + (char) c, Normalizer.Form.NFC));
        if (marked >= 0) {
          letters[n - 1] = LETTER_BASE + marked;
          continue;
        }
      }
      letters[n] = letter >= 0 ? LETTER_BASE + letter : c;
      cases[n] = (byte) (lower != c ? 1 : 0);
      n++;
    }
    return new Key(Arrays.copyOf(letters, n), Arrays.copyOf(tones, n), Arrays.copyOf(cases, n), name == null ? "" : name);
  }

  private static boolean isVowelMark(int c) {
    return c == '\u0306' || c == '\u0302' || c == '\u031B'; // breve, circumflex, horn
  }

  /** A name's letters, their tones and cases, and the name: compared in that order. */
  public record Key(int[] letters, byte[] tones, byte[] cases, String name) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      int c = Arrays.compare(letters, o.letters);
      if (c == 0) {
        c = Arrays.compare(tones, o.tones);
      }
      if (c == 0) {
        c = Arrays.compare(cases, o.cases);
      }
      return c != 0 ? c : name.compareTo(o.name);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && name.equals(k.name);
    }

    @Override
    public int hashCode() {
      return name.hashCode();
    }
  }

  private record Keyed<T>(Key key, T item) implements Comparable<Keyed<T>> {
    @Override
    public int compareTo(Keyed<T> o) {
      return key.compareTo(o.key);
    }
  }
}
