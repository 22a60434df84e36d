package sctb.core.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import sctb.core.diag.Location;
import sctb.core.period.Period;
import sctb.core.submission.IndicatorRow;
import sctb.core.text.Fold;

/**
 * The reduction rule for one sector (docs/methodology.md §2.1): the panel of establishments with
 * positive output in both the baseline year B and the latest period C, intensity Σconsumption /
 * Σoutput over the panel, reduction = 100 × (1 − I_C / I_B); everyone else listed with a reason.
 */
public final class ReductionPanel {
  private ReductionPanel() {}

  /** The figure: C (null when there is no data after B), the reduction (null when undefined) and its detail. */
  public record Figure(Period asOf, BigDecimal value, ReductionDetail detail) {}

  /** {@code rows}: this indicator's rows for one sector, all with periods ending on or before P's end. */
  public static Figure compute(List<IndicatorRow> rows, int baselineYear) {
    Map<String, Measure> baseline = new TreeMap<>();
    Map<String, List<Location>> incomplete = new TreeMap<>();
    Map<String, String> names = new TreeMap<>();
    baseline(rows, baselineYear, baseline, incomplete, names);
    Optional<Period> current = rows.stream().map(IndicatorRow::period)
        .filter(p -> p.end().getYear() > baselineYear).max(Comparator.naturalOrder());
    Map<String, Measure> atC = new TreeMap<>();
    current.ifPresent(c -> perEntity(rows.stream().filter(r -> r.period().equals(c)), names)
        .forEach((k, r) -> atC.put(k, measure(List.of(r)))));
    if (current.isEmpty()) {
      return new Figure(null, null, null);
    }
    List<PanelEntity> panel = new ArrayList<>();
    List<Exclusion> excluded = new ArrayList<>();
    BigDecimal totalC = sumOutput(atC);
    BigDecimal totalB = sumOutput(baseline);
    TreeSet<String> keys = new TreeSet<>(names.keySet());
    for (String key : keys) {
      Measure b = baseline.get(key);
      Measure c = atC.get(key);
      String name = names.get(key);
      if (b != null && c != null && b.positiveOutput() && c.positiveOutput()) {
        panel.add(new PanelEntity(name, b, c));
        continue;
      }
      ExclusionReason reason;
      if (c != null && b == null) {
        reason = incomplete.containsKey(key) ? ExclusionReason.BASELINE_INCOMPLETE : ExclusionReason.NO_BASELINE;
      } else if (b != null && !b.positiveOutput()) {
        reason = ExclusionReason.ZERO_OUTPUT_BASELINE;
      } else if (c == null) {
        reason = b == null ? ExclusionReason.BASELINE_INCOMPLETE : ExclusionReason.NO_CURRENT;
      } else {
        reason = ExclusionReason.ZERO_OUTPUT_CURRENT;
      }
      List<Location> sources = new ArrayList<>();
      if (b != null) {
        sources.addAll(b.sources());
      }
      if (c != null) {
        sources.addAll(c.sources());
      }
      sources.addAll(incomplete.getOrDefault(key, List.of()));
      if (c != null) {
        BigDecimal out = Numbers.zeroIfNull(c.output());
        excluded.add(new Exclusion(name, reason, out, Numbers.div(out, totalC), "current", Sources.sorted(sources.stream())));
      } else {
        BigDecimal out = b == null ? null : Numbers.zeroIfNull(b.output());
        excluded.add(new Exclusion(name, reason, out, Numbers.div(out, totalB), "baseline", Sources.sorted(sources.stream())));
      }
    }
    BigDecimal excludedShare = excluded.stream().filter(e -> e.shareBasis().equals("current"))
        .map(e -> Numbers.zeroIfNull(e.outputShare())).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal cb = BigDecimal.ZERO;
    BigDecimal ob = BigDecimal.ZERO;
    BigDecimal cc = BigDecimal.ZERO;
    BigDecimal oc = BigDecimal.ZERO;
    for (PanelEntity p : panel) {
      cb = cb.add(Numbers.zeroIfNull(p.baseline().consumption()));
      ob = ob.add(p.baseline().output());
      cc = cc.add(Numbers.zeroIfNull(p.current().consumption()));
      oc = oc.add(p.current().output());
    }
    BigDecimal value = null;
    ReductionDetail detail;
    if (panel.isEmpty()) {
      detail = new ReductionDetail(null, null, null, null, null, null, panel, excluded, excludedShare);
    } else {
      BigDecimal ib = Numbers.div(cb, ob);
      BigDecimal ic = Numbers.div(cc, oc);
      // One division, (cc × ob) / (oc × cb), so that I_C / I_B carries no rounding from the intensities.
      BigDecimal relative = Numbers.div(cc.multiply(ob), oc.multiply(cb));
      value = relative == null ? null : Numbers.HUNDRED.multiply(BigDecimal.ONE.subtract(relative));
      detail = new ReductionDetail(cb, ob, cc, oc, ib, ic, panel, excluded, excludedShare);
    }
    return new Figure(current.get(), value, detail);
  }

  /**
   * B's figures per establishment: its row for the year B; without one, the sum of its rows for BH1
   * and BH2 (a workspace may hold only half-years). A single half is not a year: "baseline-incomplete".
   */
  private static void baseline(List<IndicatorRow> rows, int year, Map<String, Measure> out,
      Map<String, List<Location>> incomplete, Map<String, String> names) {
    Map<String, IndicatorRow> whole = perEntity(rows.stream().filter(r -> r.period().equals(Period.year(year))), names);
    Map<String, IndicatorRow> h1 = perEntity(rows.stream().filter(r -> r.period().equals(Period.half(year, 1))), names);
    Map<String, IndicatorRow> h2 = perEntity(rows.stream().filter(r -> r.period().equals(Period.half(year, 2))), names);
    TreeSet<String> keys = new TreeSet<>();
    keys.addAll(whole.keySet());
    keys.addAll(h1.keySet());
    keys.addAll(h2.keySet());
    for (String key : keys) {
      if (whole.containsKey(key)) {
        out.put(key, measure(List.of(whole.get(key))));
      } else if (h1.containsKey(key) && h2.containsKey(key)) {
        out.put(key, measure(List.of(h1.get(key), h2.get(key))));
      } else {
        IndicatorRow half = h1.containsKey(key) ? h1.get(key) : h2.get(key);
        incomplete.put(key, List.of(half.at()));
      }
    }
  }

  /**
   * One row per establishment (matched by {@link Fold#key}); should a period hold two rows for one
   * establishment, the later one in file and line order counts (the reader warns about duplicates).
   */
  private static Map<String, IndicatorRow> perEntity(Stream<IndicatorRow> rows, Map<String, String> names) {
    Map<String, IndicatorRow> byKey = new TreeMap<>();
    rows.sorted(Sources.INDICATOR_ROW).forEach(r -> {
      String key = Fold.key(r.entity());
      byKey.put(key, r);
      names.merge(key, Fold.nfc(r.entity().strip()), (a, b) -> a.compareTo(b) <= 0 ? a : b);
    });
    return byKey;
  }

  private static Measure measure(List<IndicatorRow> rows) {
    BigDecimal consumption = BigDecimal.ZERO;
    BigDecimal output = BigDecimal.ZERO;
    for (IndicatorRow r : rows) {
      consumption = consumption.add(Numbers.zeroIfNull(r.numerator()));
      output = output.add(Numbers.zeroIfNull(r.denominator()));
    }
    return new Measure(consumption, output, Sources.sorted(rows.stream().map(IndicatorRow::at)));
  }

  private static BigDecimal sumOutput(Map<String, Measure> measures) {
    return measures.values().stream().map(m -> Numbers.zeroIfNull(m.output())).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
