package sctb.core.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;

/**
 * A reporting period: a half-year ({@code 2024H1}, {@code 2024H2}) or a whole year ({@code 2024}).
 * {@code half} is 1 or 2 for a half-year and 0 for a whole year. The canonical text is what sctb
 * writes back everywhere; {@link PeriodParser} reads the spellings people use.
 */
public record Period(int year, int half) implements Comparable<Period> {

  /** Ordered by end date, then a year before its second half (both end 31/12). */
  public static final Comparator<Period> BY_END = Period::compareTo;

  public Period {
    if (half < 0 || half > 2) {
      throw new IllegalArgumentException("half must be 0, 1 or 2: " + half);
    }
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("year out of range: " + year);
    }
  }

  /**
   * Written out: the record's generated equals goes through method handles, whose compiled code
   * speculated that the argument is never null; a null met mid-run (the first row's "no period yet")
   * made the optimising compiler throw away and recompile every caller that had inlined it.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Period p && year == p.year && half == p.half;
  }

  public static Period half(int year, int half) {
    return new Period(year, half);
  }

  public static Period year(int year) {
    return new Period(year, 0);
  }

  /** The half-year that contains {@code day}. */
  public static Period halfContaining(LocalDate day) {
    return half(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
  }

  public boolean isYear() {
    return half == 0;
  }

  public LocalDate start() {
    int i = textIndex();
    return i >= 0 ? STARTS[i] : startOf(year, half);
  }

  public LocalDate end() {
    int i = textIndex();
    return i >= 0 ? ENDS[i] : endOf(year, half);
  }

  private static LocalDate startOf(int year, int half) {
    return LocalDate.of(year, half == 2 ? 7 : 1, 1);
  }

  private static LocalDate endOf(int year, int half) {
    return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
  }

  public YearMonth endMonth() {
    return YearMonth.from(end());
  }

  /** Whole months from the end of {@code year} (31/12) to the end of this period. */
  public int monthsAfterEndOf(int baseYear) {
    return (year - baseYear - 1) * 12 + endMonth().getMonthValue();
  }

  /** True when this period lies within (or is) the given year. */
  public boolean within(int y) {
    return year == y;
  }

  /** The half-year before this one (for a year, the year before). */
  public Period previous() {
    if (half == 0) {
      return year(year - 1);
    }
    return half == 2 ? half(year, 1) : half(year - 1, 2);
  }

  /** Ordered by end date, then a year before its second half (both end 31/12). */
  @Override
  public int compareTo(Period other) {
    int c = Integer.compare(year, other.year);
    return c != 0 ? c : Integer.compare(endRank(), other.endRank());
  }

  /** Within a year: the first half ends first, then the year, then its second half. */
  private int endRank() {
    return half == 1 ? 0 : half == 0 ? 1 : 2;
  }

  /** Canonical text: {@code 2024H1}, {@code 2024H2}, {@code 2024}. */
  @Override
  public String toString() {
    int i = textIndex();
    return i >= 0 ? TEXTS[i] : text(year, half);
  }

  /** The period's place in the tables made once for this century, or -1. */
  private int textIndex() {
    return year >= TEXT_FROM && year < TEXT_FROM + TEXTS.length / 3 ? (year - TEXT_FROM) * 3 + half : -1;
  }

  private static String text(int year, int half) {
    return half == 0 ? Integer.toString(year) : year + "H" + half;
  }

  // The canonical texts and dates of this century's periods, made once: every row's key holds its
  // text, and rows are compared and placed by their dates.
  private static final int TEXT_FROM = 2000;
  private static final String[] TEXTS = new String[100 * 3];
  private static final LocalDate[] STARTS = new LocalDate[TEXTS.length];
  private static final LocalDate[] ENDS = new LocalDate[TEXTS.length];

  static {
    for (int i = 0; i < TEXTS.length; i++) {
      TEXTS[i] = text(TEXT_FROM + i / 3, i % 3);
      STARTS[i] = startOf(TEXT_FROM + i / 3, i % 3);
      ENDS[i] = endOf(TEXT_FROM + i / 3, i % 3);
    }
  }
}
