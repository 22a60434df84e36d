package sctb.core.period;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sctb.core.text.Fold;

/**
 * Reads the period labels agencies write: {@code 2024H1}, {@code 2024-H1}, {@code 2024 H1},
 * {@code 2024S1}, {@code H1/2024}, {@code S1-2024}, {@code 6T-2024}, {@code 6T/2024} (first half),
 * {@code 6 tháng đầu năm 2024}, {@code 6 tháng cuối năm 2024}, {@code năm 2024}, {@code 2024}.
 * Anything else (e.g. {@code 2024Q1}, {@code 12T-2024}, a bare {@code 6T}) is not a period: an
 * ambiguous label is refused rather than guessed.
 */
public final class PeriodParser {
  private PeriodParser() {}

  // Matched against the folded key (lower case, no diacritics, separators as "_").
  private static final Pattern YEAR = Pattern.compile("(?:nam_)?(\\d{4})");
  private static final Pattern YEAR_HALF = Pattern.compile("(\\d{4})_?[hs]([12])");
  private static final Pattern HALF_YEAR = Pattern.compile("[hs]([12])_?(\\d{4})");
  private static final Pattern SIX_MONTHS = Pattern.compile("6_?t_?(\\d{4})");
  private static final Pattern SIX_MONTHS_WORDS =
      Pattern.compile("6_thang_(dau|cuoi)(?:_nam)?_(\\d{4})");

  public static Optional<Period> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String key = Fold.key(text);
    try {
      Matcher m;
      if ((m = YEAR.matcher(key)).matches()) {
        return Optional.of(Period.year(Integer.parseInt(m.group(1))));
      }
      if ((m = YEAR_HALF.matcher(key)).matches()) {
        return Optional.of(Period.half(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
      }
      if ((m = HALF_YEAR.matcher(key)).matches()) {
        return Optional.of(Period.half(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
      }
      if ((m = SIX_MONTHS.matcher(key)).matches()) {
        return Optional.of(Period.half(Integer.parseInt(m.group(1)), 1));
      }
      if ((m = SIX_MONTHS_WORDS.matcher(key)).matches()) {
        int half = m.group(1).equals("dau") ? 1 : 2;
        return Optional.of(Period.half(Integer.parseInt(m.group(2)), half));
      }
    } catch (IllegalArgumentException outOfRange) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
