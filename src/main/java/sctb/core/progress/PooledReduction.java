package sctb.core.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import sctb.core.period.Period;

/**
 * The sectors' reductions pooled into one figure, as context only (the verdict goes by the sectors):
 * each sector's panel consumption at C converted to the plan's common unit (TOE), against what the
 * same output would have consumed at the sector's baseline intensity, I_B × output_C:
 * 100 × (1 − Σ consumption_C / Σ I_B × output_C). Output units are never added up (tonnes and
 * hectolitres stay apart); a sector without a conversion factor, without data, or with data too old
 * to decide is left out and named.
 */
public record PooledReduction(
    Period asOf, BigDecimal value, BigDecimal consumptionCurrent, BigDecimal consumptionAtBaselineIntensity,
    List<String> included, List<LeftOut> leftOut) {

  public PooledReduction {
    included = List.copyOf(included);
    leftOut = List.copyOf(leftOut);
  }

  /** A sector left out of the pooled figure, and why. */
  public record LeftOut(String sector, Reason reason) {}

  /** Why a sector is left out; ids are what the JSON uses. */
  public enum Reason {
    NO_DATA("no-data"),
    NOT_CURRENT("not-current"),
    NO_CONVERSION("no-conversion");

    private final String id;

    Reason(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  /** Pools {@code sectors}; {@code factor}: common units per consumption unit of a sector id (null: none). */
  static PooledReduction of(List<ReductionSector> sectors, Function<String, BigDecimal> factor) {
    BigDecimal actual = BigDecimal.ZERO;
    BigDecimal atBaseline = BigDecimal.ZERO;
    Period asOf = null;
    List<String> included = new ArrayList<>();
    List<LeftOut> leftOut = new ArrayList<>();
    for (ReductionSector s : sectors) {
      ReductionDetail d = s.detail();
      BigDecimal f = factor.apply(s.sector());
      if (s.figure().value() == null || d == null) {
        leftOut.add(new LeftOut(s.sector(), Reason.NO_DATA));
      } else if (!SectorBasedJudgment.hasCurrentData(s.figure())) {
        leftOut.add(new LeftOut(s.sector(), Reason.NOT_CURRENT));
      } else if (f == null) {
        leftOut.add(new LeftOut(s.sector(), Reason.NO_CONVERSION));
      } else {
        actual = actual.add(d.consumptionCurrent().multiply(f));
        // I_B × output_C = consumption_B × output_C / output_B, one division
        atBaseline = atBaseline.add(DecimalMath.div(d.consumptionBaseline().multiply(d.outputCurrent()).multiply(f),
            d.outputBaseline()));
        included.add(s.sector());
        asOf = asOf == null || s.figure().asOf().compareTo(asOf) > 0 ? s.figure().asOf() : asOf;
      }
    }
    BigDecimal relative = DecimalMath.div(actual, atBaseline);
    BigDecimal value = relative == null ? null : DecimalMath.HUNDRED.multiply(BigDecimal.ONE.subtract(relative));
    return new PooledReduction(asOf, value, included.isEmpty() ? null : actual,
        included.isEmpty() ? null : atBaseline, included, leftOut);
  }
}
