package sctb.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** {@link Decimals#sum} and {@link DecimalSum} against adding BigDecimals one by one: same value and same scale. */
class DecimalsSumProperties {
  @Property
  void sumsAsBigDecimalsAddDo(@ForAll("values") List<BigDecimal> values,
      @ForAll @Size(max = 80) List<Integer> picks) {
    Decimals column = new Decimals(Math.max(values.size(), 1));
    for (int i = 0; i < values.size(); i++) {
      column.set(i, values.get(i));
    }
    int[] ids = values.isEmpty() ? new int[0] : picks.stream().mapToInt(p -> Math.floorMod(p, values.size())).toArray();
    BigDecimal expected = BigDecimal.ZERO;
    for (int id : ids) {
      expected = expected.add(values.get(id) == null ? BigDecimal.ZERO : values.get(id));
    }
    BigDecimal sum = column.sum(ids, 0, ids.length);
    assertThat(sum).isEqualTo(expected); // equals: value and scale
    assertThat(sum.scale()).isEqualTo(expected.scale());
  }

  @Property
  void aRunningSumOfBigDecimalsIsTheirFold(@ForAll("values") List<BigDecimal> values) {
    DecimalSum sum = new DecimalSum();
    BigDecimal expected = BigDecimal.ZERO;
    for (BigDecimal v : values) {
      sum.add(v);
      expected = expected.add(v == null ? BigDecimal.ZERO : v);
      assertThat(sum.value()).isEqualTo(expected); // at every step, the long digits and after
    }
    assertThat(sum.value().scale()).isEqualTo(expected.scale());
  }

  /** Shares' 0 and 1, figures with decimals, negative scales, digits near a long's ends and beyond, nulls. */
  @Provide
  Arbitrary<List<BigDecimal>> values() {
    Arbitrary<BigInteger> digits = Arbitraries.oneOf(
        Arbitraries.of(BigInteger.ZERO, BigInteger.ONE),
        Arbitraries.longs().between(-1_000_000, 1_000_000).map(BigInteger::valueOf),
        Arbitraries.longs().map(BigInteger::valueOf),
        Arbitraries.bigIntegers().between(BigInteger.TEN.pow(17), BigInteger.TEN.pow(30)));
    Arbitrary<Integer> scales = Arbitraries.oneOf(Arbitraries.integers().between(-3, 6),
        Arbitraries.integers().between(-140, 140));
    return Combinators.combine(digits, scales).as(BigDecimal::new).injectNull(0.1).list().ofMaxSize(60);
  }
}
