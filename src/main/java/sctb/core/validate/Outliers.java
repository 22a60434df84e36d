package sctb.core.validate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Location;
import sctb.core.plan.IndicatorKind;
import sctb.core.submission.IndicatorRow;
import sctb.core.text.Fold;

/**
 * The outlier rule for reduction indicators (warnings only; docs/diagnostics.md). With F the plan's
 * {@code progress.outlier_factor} and intensity = numerator / denominator of an establishment's row:
 * (1) an establishment's intensity differs by more than F times from its previous reported period;
 * (2) in one period, with at least {@value #MIN_PEERS} establishments of a sector reporting, an
 * intensity above F × the sector's median or below the median / F. Rows with zero output or zero
 * consumption, or a blank entity, are left out.
 */
final class Outliers {
  static final int MIN_PEERS = 5;
  private static final MathContext SHOWN = new MathContext(4);

  /** An accepted reduction row with where to point at (the numerator cell). */
  record Measured(IndicatorRow row, Location at) {
    BigDecimal intensity() {
      return row.numerator().divide(row.denominator(), MathContext.DECIMAL64);
    }
  }

  private Outliers() {}

  static List<Diagnostic> find(List<Measured> rows, double factor, Lookup lookup) {
    List<Measured> usable = rows.stream()
        .filter(m -> lookup.indicator(m.row().indicator()).map(i -> i.kind() == IndicatorKind.REDUCTION).orElse(false))
        .filter(m -> !m.row().entity().isBlank() && m.row().denominator() != null)
        .filter(m -> m.row().numerator().signum() > 0 && m.row().denominator().signum() > 0)
        .toList();
    BigDecimal f = BigDecimal.valueOf(factor);
    List<Diagnostic> found = new ArrayList<>();
    for (List<Measured> series : group(usable, m -> m.row().indicator() + "|" + m.row().sector() + "|"
        + Fold.key(m.row().entity())).values()) {
      List<Measured> sorted = new ArrayList<>(series);
      sorted.sort(Comparator.comparing((Measured m) -> m.row().period()).thenComparing(m -> m.at().file())
          .thenComparingInt(m -> m.at().line()));
      for (int i = 1; i < sorted.size(); i++) {
        Measured before = sorted.get(i - 1);
        Measured now = sorted.get(i);
        if (before.row().period().equals(now.row().period())) {
          continue;
        }
        BigDecimal a = before.intensity();
        BigDecimal b = now.intensity();
        if (b.compareTo(a.multiply(f)) > 0 || a.compareTo(b.multiply(f)) > 0) {
          found.add(Diagnostic.of(Code.OUTLIER, now.at(), now.row().entity(), "previous", shown(b),
              before.row().period().toString(), shown(a), shown(f)));
        }
      }
    }
    for (List<Measured> peers : group(usable, m -> m.row().indicator() + "|" + m.row().sector() + "|"
        + m.row().period()).values()) {
      if (peers.size() < MIN_PEERS) {
        continue;
      }
      List<BigDecimal> values = peers.stream().map(Measured::intensity).sorted().toList();
      int n = values.size();
      BigDecimal median = n % 2 == 1 ? values.get(n / 2)
          : values.get(n / 2 - 1).add(values.get(n / 2)).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
      for (Measured m : peers) {
        BigDecimal v = m.intensity();
        if (v.compareTo(median.multiply(f)) > 0 || median.compareTo(v.multiply(f)) > 0) {
          found.add(Diagnostic.of(Code.OUTLIER, m.at(), m.row().entity(), "sector", shown(v),
              "sector:" + m.row().sector(), shown(median), shown(f)));
        }
      }
    }
    return found;
  }

  private static Map<String, List<Measured>> group(List<Measured> rows, Function<Measured, String> key) {
    Map<String, List<Measured>> groups = new TreeMap<>();
    rows.forEach(m -> groups.computeIfAbsent(key.apply(m), k -> new ArrayList<>()).add(m));
    return groups;
  }

  private static String shown(BigDecimal value) {
    return value.round(SHOWN).stripTrailingZeros().toPlainString();
  }
}
