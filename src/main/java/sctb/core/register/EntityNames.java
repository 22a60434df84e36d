package sctb.core.register;

import java.util.List;
import java.util.Set;
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

  /** Word sequences and the one word each is written as; longer sequences first. */
  private static final List<String[]> REWRITES = List.of(
      rule("tct", "tong", "cong", "ty"), rule("tct", "tong", "cty"), rule("tct", "tong", "c", "ty"),
      rule("tnhh", "trach", "nhiem", "huu", "han"), rule("dntn", "doanh", "nghiep", "tu", "nhan"),
      rule("tttm", "trung", "tam", "thuong", "mai"), rule("mtv", "mot", "thanh", "vien"), rule("mtv", "1", "thanh", "vien"),
      rule("kcn", "khu", "cong", "nghiep"), rule("ccn", "cum", "cong", "nghiep"), rule("kkt", "khu", "kinh", "te"),
      rule("htx", "hop", "tac", "xa"), rule("cty", "cong", "ty"), rule("cty", "c", "ty"), rule("cp", "co", "phan"),
      rule("cn", "chi", "nhanh"));
  /** The first words of {@link #REWRITES}: a name without any of them is already canonical. */
  private static final Set<String> STARTS = Set.of("tong", "trach", "doanh", "trung", "mot", "1", "khu", "cum", "hop",
      "cong", "c", "co", "chi");
  /** Legal-form words, left out of the bare name. */
  private static final Set<String> FORMS = Set.of("tct", "cty", "cp", "tnhh", "mtv", "dntn", "htx", "cn");

  private static String[] rule(String to, String... words) {
    String[] r = new String[words.length + 1];
    r[0] = to;
    System.arraycopy(words, 0, r, 1, words.length);
    return r;
  }

  /** The folded name with legal forms and zone types written one way: the key of a name without a register. */
  public static String canonical(String name) {
    return canonicalOfKey(Fold.key(name));
  }

  /** The canonical name without its legal-form words ("" when nothing else is left). */
  public static String bare(String name) {
    String[] words = canonical(name).split("_");
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      if (!w.isEmpty() && !FORMS.contains(w)) {
        out.append(out.length() == 0 ? "" : "_").append(w);
      }
    }
    return out.toString();
  }

  /** {@link #canonical} of a name already folded. */
  static String canonicalOfKey(String key) {
    if (key.isEmpty()) {
      return key;
    }
    String[] words = key.split("_");
    boolean any = false;
    for (String w : words) {
      any |= STARTS.contains(w);
    }
    if (!any) {
      return key; // the common case: nothing to rewrite, no copy
    }
    StringBuilder out = new StringBuilder(key.length());
    for (int i = 0; i < words.length; ) {
      String to = null;
      int length = 1;
      for (String[] r : REWRITES) {
        if (matches(words, i, r)) {
          to = r[0];
          length = r.length - 1;
          break;
        }
      }
      out.append(out.length() == 0 ? "" : "_").append(to != null ? to : words[i]);
      i += length;
    }
    return out.toString();
  }

  private static boolean matches(String[] words, int at, String[] rule) {
    if (at + rule.length - 1 > words.length) {
      return false;
    }
    for (int k = 1; k < rule.length; k++) {
      if (!words[at + k - 1].equals(rule[k])) {
        return false;
      }
    }
    return true;
  }
}
