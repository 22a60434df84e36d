package sctb.core.text;

import java.util.Locale;
import java.util.Optional;

/** The two languages every user-facing text exists in; Vietnamese is the default and the source of truth. */
public enum Language {
  VI("vi"),
  EN("en");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public Locale locale() {
    return Locale.forLanguageTag(code);
  }

  /** Reads "vi", "en", "VI", "en_US"…; empty when the text names neither language. */
  public static Optional<Language> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.trim().toLowerCase(Locale.ROOT);
    for (Language l : values()) {
      if (t.equals(l.code) || t.startsWith(l.code + "_") || t.startsWith(l.code + "-")) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
