package sctb.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** A shown number stays on the side of every target bound that its true value is on. */
class ThresholdDisplayTest {
  static final List<BigDecimal> FIVE_TO_EIGHT = List.of(new BigDecimal("5"), new BigDecimal("8"));

  static String shown(String value, List<BigDecimal> bounds) {
    return ThresholdDisplay.displayed(new BigDecimal(value), bounds, 1).toPlainString();
  }

  @Test
  void justBelowTheMinimumIsNotShownAsTheMinimum() {
    assertThat(shown("4.996", FIVE_TO_EIGHT)).isEqualTo("4.99"); // not 5.0
    assertThat(shown("4.9999999", FIVE_TO_EIGHT)).isEqualTo("4.99");
    assertThat(shown("7.96", FIVE_TO_EIGHT)).isEqualTo("7.96"); // not 8.0 beside the stretch end
  }

  @Test
  void justAboveABoundIsNotShownOnIt() {
    assertThat(shown("5.0001", FIVE_TO_EIGHT)).isEqualTo("5.01"); // not 5.0, which reads as exactly the minimum
    assertThat(shown("-0.004", List.of(BigDecimal.ZERO))).isEqualTo("-0.01"); // a fall is not shown as 0.0
  }

  @Test
  void farFromABoundOrOnItTheUsualRoundingStays() {
    assertThat(shown("4.94", FIVE_TO_EIGHT)).isEqualTo("4.9");
    assertThat(shown("4.95", FIVE_TO_EIGHT)).isEqualTo("4.95"); // half up would reach the minimum
    assertThat(shown("6.66666", FIVE_TO_EIGHT)).isEqualTo("6.7");
    assertThat(shown("5", FIVE_TO_EIGHT)).isEqualTo("5.0"); // exactly the minimum is shown as it
    assertThat(shown("4.996", List.of())).isEqualTo("5.0");
    assertThat(ThresholdDisplay.decimals(new BigDecimal("4.996"), FIVE_TO_EIGHT, 1)).isEqualTo(2);
    assertThat(ThresholdDisplay.displayed(new BigDecimal("4.996"), Arrays.asList(null, new BigDecimal("5")), 1))
        .isEqualByComparingTo("4.99");
  }

  @Property(tries = 400)
  void theShownNumberIsOnEveryBoundsSideAndCloseToTheValue(@ForAll @LongRange(min = -2_000_000, max = 2_000_000) long units,
      @ForAll @IntRange(min = 0, max = 6) int scale, @ForAll @LongRange(min = -200, max = 200) long bound1,
      @ForAll @LongRange(min = -200, max = 200) long bound2, @ForAll @IntRange(min = 0, max = 2) int usual) {
    BigDecimal value = BigDecimal.valueOf(units, scale);
    List<BigDecimal> bounds = List.of(BigDecimal.valueOf(bound1, 1), BigDecimal.valueOf(bound2, 1));
    BigDecimal shown = ThresholdDisplay.displayed(value, bounds, usual);
    for (BigDecimal b : bounds) {
      assertThat(Integer.signum(shown.compareTo(b))).as("%s shown as %s beside %s", value, shown, b)
          .isEqualTo(Integer.signum(value.compareTo(b)));
    }
    assertThat(shown.scale()).isGreaterThanOrEqualTo(usual);
    // never further from the value than one unit of its last shown decimal
    assertThat(shown.subtract(value).abs()).isLessThan(BigDecimal.ONE.movePointLeft(shown.scale()));
    BigDecimal usualRounding = value.setScale(usual, RoundingMode.HALF_UP);
    boolean usualIsSafe = bounds.stream().allMatch(b -> usualRounding.compareTo(b) == value.compareTo(b));
    if (usualIsSafe) {
      assertThat(shown).isEqualTo(usualRounding);
    }
  }
}
