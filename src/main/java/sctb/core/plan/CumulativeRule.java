package sctb.core.plan;

import java.math.BigDecimal;

/**
 * Which reported figures only grow, and when a later one has fallen (docs/methodology.md §2.2, "A
 * cumulative figure that falls"). A count is cumulative since its baseline (a model built stays built),
 * so each of its rows — an entity's or an agency's total — never falls; a share's aggregate row sums
 * many entities, so its numerator falling while its population did not is the same warning sign (the
 * clerk's "new in the period" instead of "cumulative"). A share's row naming one entity is a yes/no
 * state that may change (a supermarket back to plastic), shown by the change column: not held to it.
 */
public final class CumulativeRule {
  private CumulativeRule() {}

  /** Whether a row of {@code kind} ({@code aggregate}: naming no entity) holds a figure that only grows. */
  public static boolean applies(IndicatorKind kind, boolean aggregate) {
    return kind == IndicatorKind.COUNT || kind == IndicatorKind.SHARE && aggregate;
  }

  /**
   * Whether the later row (numerator, denominator) fell below the earlier one: a lower numerator, and
   * for a share a population (denominator) not lower — a smaller population may rightly hold fewer.
   * A missing numerator is not compared.
   */
  public static boolean fell(IndicatorKind kind, BigDecimal earlierNumerator, BigDecimal earlierDenominator,
      BigDecimal laterNumerator, BigDecimal laterDenominator) {
    if (earlierNumerator == null || laterNumerator == null || laterNumerator.compareTo(earlierNumerator) >= 0) {
      return false;
    }
    return kind != IndicatorKind.SHARE || earlierDenominator == null || laterDenominator == null
        || laterDenominator.compareTo(earlierDenominator) >= 0;
  }
}
