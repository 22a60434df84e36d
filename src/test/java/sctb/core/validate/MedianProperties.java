package sctb.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * {@link Median} by selection is, to the bit, the median read off the sorted values (what the outlier
 * rule computed before), whatever the values: repeated ones, zeros, infinities, NaN, sorted or reversed runs.
 */
class MedianProperties {

  @Property(tries = 2000)
  void isTheMedianOfTheSortedValues(@ForAll("intensities") @Size(min = 1, max = 3000) List<Double> list) {
    double[] values = list.stream().mapToDouble(Double::doubleValue).toArray();
    assertThat(Double.doubleToRawLongBits(Median.of(values.clone()))).isEqualTo(Double.doubleToRawLongBits(sorted(values)));
  }

  @Test
  void orderedRunsAndManyEqualValues() {
    for (int size : new int[] {1, 2, 5, 17, 18, 1000, 1001, 65_536}) {
      double[] rising = new double[size];
      double[] steps = new double[size];
      for (int i = 0; i < size; i++) {
        rising[i] = i * 0.5;
        steps[i] = i % 3;
      }
      double[] falling = rising.clone();
      for (int i = 0; i < size; i++) {
        falling[i] = rising[size - 1 - i];
      }
      for (double[] values : List.of(rising, falling, steps)) {
        assertThat(Median.of(values.clone())).as("size %d", size).isEqualTo(sorted(values));
      }
    }
  }

  private static double sorted(double[] values) {
    double[] copy = values.clone();
    Arrays.sort(copy);
    int size = copy.length;
    return size % 2 == 1 ? copy[size / 2] : (copy[size / 2 - 1] + copy[size / 2]) / 2;
  }

  @Provide
  Arbitrary<List<Double>> intensities() {
    Arbitrary<Double> few = Arbitraries.of(0.0, 1.0, 2.5, 3.0, Double.POSITIVE_INFINITY, Double.NaN, Double.MIN_VALUE);
    Arbitrary<Double> any = Arbitraries.doubles().between(0, 1e6);
    return Arbitraries.frequencyOf(Tuple.of(1, few), Tuple.of(3, any)).list();
  }
}
