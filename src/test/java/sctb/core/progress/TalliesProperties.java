package sctb.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import sctb.core.period.Period;
import sctb.core.plan.IndicatorKind;
import sctb.core.register.Register;
import sctb.core.submission.IndicatorRow;

/**
 * The share rules' figures asked for again ({@link Tallies}) are the ones worked out afresh, whatever
 * is asked in between; rows by ascending number ({@link ShareRows#ascending}) are the same rows and sum
 * to the same, scale included. Random rows of {@link ShareTableProperties}.
 */
class TalliesProperties {
  private final ShareTableProperties tables = new ShareTableProperties();

  @Provide
  Arbitrary<List<IndicatorRow>> rows() {
    return tables.rows();
  }

  @Provide
  Arbitrary<List<Integer>> asks() {
    return Arbitraries.integers().between(0, 2 * ShareTableProperties.PERIODS.length - 1).list().ofMaxSize(30);
  }

  @Property(tries = 200)
  void aFigureAskedForAgainIsTheOneWorkedOutAfresh(@ForAll("rows") List<IndicatorRow> rows,
      @ForAll("asks") List<Integer> asks, @ForAll boolean share, @ForAll boolean twoReports) {
    IndicatorKind kind = share ? IndicatorKind.SHARE : IndicatorKind.COUNT;
    ShareRows table = ShareRows.of(rows);
    // Two reports' counting rules: the same figure under the other is another figure.
    Counting now = new Counting(ShareTableProperties.ANSWERS_FOR, 2, Register.NONE);
    Counting before = twoReports ? new Counting(a -> a, 1, Register.NONE) : now;
    Tallies tallies = new Tallies();
    for (int ask : asks) {
      Period until = ShareTableProperties.PERIODS[ask / 2];
      Counting counting = ask % 2 == 0 ? now : before;
      ShareCount.Tally fresh = ShareCount.at(kind, table, until, counting);
      if (ask % 3 == 0) {
        assertThat(tallies.valueAt(kind, table, until, counting)).as("value until %s", until).isEqualTo(fresh.value());
      } else {
        ShareCount.Tally kept = tallies.at(kind, table, until, counting);
        assertThat(kept).as("tally until %s", until).isEqualTo(fresh);
      }
    }
  }

  @Property(tries = 200)
  void rowsByAscendingNumberAreTheSameRowsAndSumTheSame(@ForAll("rows") List<IndicatorRow> rows) {
    for (Period until : ShareTableProperties.PERIODS) {
      ShareRows latest = (ShareRows) ShareCount.latest(rows, until, ShareTableProperties.ANSWERS_FOR);
      ShareRows ascending = latest.ascending();
      int[] sorted = IntStream.range(0, latest.size()).map(latest::id).sorted().toArray();
      assertThat(IntStream.range(0, ascending.size()).map(ascending::id).toArray()).containsExactly(sorted);
      assertThat(ascending.numeratorSum()).isEqualTo(sum(latest.stream().map(IndicatorRow::numerator).toList()));
      assertThat(ascending.denominatorSum()).isEqualTo(sum(latest.stream().map(IndicatorRow::denominator).toList()));
    }
  }

  /** Added to zero one by one, a missing figure as 0. */
  private static BigDecimal sum(List<BigDecimal> figures) {
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal f : figures) {
      sum = f == null ? sum : sum.add(f);
    }
    return sum;
  }
}
