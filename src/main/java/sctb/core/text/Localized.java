package sctb.core.text;

/** A text in Vietnamese (always present) with its English counterpart (may be missing). */
public record Localized(String vi, String en) {

  public static final Localized EMPTY = new Localized("", "");

  public Localized {
    vi = vi == null ? "" : vi;
    en = en == null ? "" : en;
  }

  public static Localized of(String vi, String en) {
    return new Localized(vi, en);
  }

  /** The text in the given language, falling back to Vietnamese when no English is written. */
  public String in(Language language) {
    return language == Language.EN && !en.isEmpty() ? en : vi;
  }

  public boolean isEmpty() {
    return vi.isEmpty() && en.isEmpty();
  }
}
