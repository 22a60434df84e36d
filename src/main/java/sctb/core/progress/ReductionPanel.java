package sctb.core.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import sctb.core.period.Period;
import sctb.core.plan.Fraction;
import sctb.core.register.EntityNames;
import sctb.core.register.Register;
import sctb.core.register.RegisterEntry;
import sctb.core.text.NameArena;

/**
 * The reduction rule for one sector (docs/methodology.md §2.1): the panel of establishments with
 * positive output in both the baseline year B and the latest period C, intensity Σconsumption /
 * Σoutput over the panel, reduction = 100 × (1 − I_C / I_B); everyone else listed with a reason.
 * It reads the sector's {@link ReductionRows} and writes the panel and the exclusions into compact
 * lists, so no establishment is ever an object of its own until a renderer reads it.
 */
public final class ReductionPanel {
  private ReductionPanel() {}

  /**
   * The figure: C (null when there is no data after B), the reduction (null when undefined), its
   * detail, and of the establishments asked about ({@code watched}), those in the panel.
   */
  public record Result(Period asOf, BigDecimal value, ReductionDetail detail, java.util.Set<String> watchedInPanel) {
    Result(Period asOf, BigDecimal value, ReductionDetail detail) {
      this(asOf, value, detail, java.util.Set.of());
    }
  }

  /**
   * The panel at the sector's C up to {@code until}; {@code rows}: this indicator's rows for one
   * sector as the accumulator kept them (null: none). An establishment the register holds is shown by
   * its official name, and one it says had closed before C is left out as closed, not as silent.
   */
  static Result compute(ReductionRows rows, Period until, Register register) {
    return compute(rows, until, register, true, java.util.Set.of());
  }

  /**
   * The figure alone, for the previous report's period: the panel's sums and coverage without its
   * lists (no establishment listed, nothing sorted), and which of the {@code watched} establishments
   * (matching keys) it holds.
   */
  static Result sums(ReductionRows rows, Period until, java.util.Set<String> watched) {
    return compute(rows, until, Register.NONE, false, watched);
  }

  private static Result compute(ReductionRows rows, Period until, Register register, boolean listed,
      java.util.Set<String> watched) {
    Period current = rows == null ? null : rows.current(until);
    if (current == null) {
      return new Result(null, null, null);
    }
    LocationTable places = rows.places();
    // The establishments the rule reads (a row of B or of a half of B, or one at C), by matching key
    // (one in the register by its official name, then its key).
    int n = rows.size();
    // The order's texts kept as UTF-8 and compared there (NameArena.compare is String order): a
    // name's key made from its UTF-8 without a String of it or of the key (round 12).
    String[] idKeys = new String[listed ? n : 0];
    NameArena orderTexts = listed ? new NameArena() : null;
    long[] order = new long[listed ? n : 0];
    long[] sorted = new long[n];
    int read = 0;
    for (int s = 0; s < n; s++) {
      if (hasBaselineRow(rows, s) || rows.hasAt(s, current)) {
        if (listed) {
          idKeys[s] = rows.idKey(s); // only an id's key can be a register entry's
          RegisterEntry entry = entryOf(register, idKeys[s]);
          order[s] = entry == null ? rows.addKey(s, orderTexts)
              : orderTexts.add(EntityNames.canonical(entry.name()) + "\u0000" + idKeys[s]);
        }
        sorted[read++] = s;
      }
    }
    if (listed) {
      LongSort.sort(sorted, read, (a, b) -> orderTexts.compare(order[(int) a], order[(int) b]));
    }
    java.util.Set<String> watchedInPanel = new java.util.TreeSet<>();
    BigDecimal totalB = BigDecimal.ZERO;
    BigDecimal totalC = BigDecimal.ZERO;
    BigDecimal consumedC = BigDecimal.ZERO;
    int panelSize = 0;
    for (int i = 0; i < read; i++) {
      int s = (int) sorted[i];
      Measured b = baseline(rows, s);
      Measured c = atC(rows, s, current);
      totalB = b == null ? totalB : totalB.add(b.output());
      totalC = c == null ? totalC : totalC.add(c.output());
      consumedC = c == null ? consumedC : consumedC.add(c.consumption());
      panelSize += inPanel(b, c) ? 1 : 0;
    }
    Reported reported = new Reported(totalB, totalC, consumedC);
    PanelList panel = new PanelList(listed ? panelSize : 0, places);
    ExclusionList excluded = new ExclusionList(listed ? read - panelSize : 0, totalB, totalC, places);
    BigDecimal excludedShare = BigDecimal.ZERO;
    BigDecimal cb = BigDecimal.ZERO;
    BigDecimal ob = BigDecimal.ZERO;
    BigDecimal cc = BigDecimal.ZERO;
    BigDecimal oc = BigDecimal.ZERO;
    long[] sources = new long[4];
    for (int i = 0; i < read; i++) {
      int s = (int) sorted[i];
      Measured b = baseline(rows, s);
      Measured c = atC(rows, s, current);
      if (!listed) {
        if (inPanel(b, c)) {
          cb = cb.add(b.consumption());
          ob = ob.add(b.output());
          cc = cc.add(c.consumption());
          oc = oc.add(c.output());
          if (!watched.isEmpty() && watched.contains(rows.key(s))) {
            watchedInPanel.add(rows.key(s));
          }
        }
        continue;
      }
      RegisterEntry entry = entryOf(register, idKeys[s]);
      String name = entry != null ? entry.name() : rows.listedName(s, hasBaselineRow(rows, s), c != null);
      if (inPanel(b, c)) {
        panel.add(name, b.consumption(), b.output(), b.at(), b.at2(), c.consumption(), c.output(), c.at());
        cb = cb.add(b.consumption());
        ob = ob.add(b.output());
        cc = cc.add(c.consumption());
        oc = oc.add(c.output());
        continue;
      }
      // Only one half of B: the row is listed, but B cannot be built from it.
      long incomplete = !rows.has(s, ReductionRows.WHOLE) && b == null
          ? rows.at(s, rows.has(s, ReductionRows.FIRST_HALF) ? ReductionRows.FIRST_HALF : ReductionRows.SECOND_HALF)
          : LocationTable.NONE;
      ExclusionReason reason;
      if (c != null && b == null) {
        reason = incomplete != LocationTable.NONE ? ExclusionReason.BASELINE_INCOMPLETE : ExclusionReason.NO_BASELINE;
      } else if (b != null && !b.positiveOutput()) {
        reason = ExclusionReason.ZERO_OUTPUT_BASELINE;
      } else if (c == null) {
        reason = b == null ? ExclusionReason.BASELINE_INCOMPLETE
            : entry != null && entry.closedBefore(current) ? ExclusionReason.CLOSED : ExclusionReason.NO_CURRENT;
      } else {
        reason = ExclusionReason.ZERO_OUTPUT_CURRENT;
      }
      sources[0] = b == null ? LocationTable.NONE : b.at();
      sources[1] = b == null ? LocationTable.NONE : b.at2();
      sources[2] = c == null ? LocationTable.NONE : c.at();
      sources[3] = incomplete;
      long[] at = places.sortedDistinct(sources, sources.length);
      BigDecimal out = c != null ? c.output() : b == null ? null : b.output();
      excluded.add(name, reason, out, c != null, at, at.length);
      if (c != null) {
        excludedShare = excludedShare.add(DecimalMath.zeroIfNull(excluded.outputShare(excluded.size() - 1)));
      }
    }
    BigDecimal value = null;
    ReductionDetail detail;
    if (panelSize == 0) {
      detail = new ReductionDetail(null, null, null, null, null, null, panel, excluded, excludedShare, reported,
          panel.sources());
    } else {
      BigDecimal ib = DecimalMath.div(cb, ob);
      BigDecimal ic = DecimalMath.div(cc, oc);
      // One division, (cc × ob) / (oc × cb), so that I_C / I_B carries no rounding from the intensities.
      BigDecimal relative = DecimalMath.div(cc.multiply(ob), oc.multiply(cb));
      value = relative == null ? null : DecimalMath.HUNDRED.multiply(BigDecimal.ONE.subtract(relative));
      detail = new ReductionDetail(cb, ob, cc, oc, ib, ic, panel, excluded, excludedShare, reported, panel.sources());
    }
    return new Result(current, value, detail, watchedInPanel);
  }

  /** The register's entry of an id's key; null for none (a name's key, null here, names none). */
  private static RegisterEntry entryOf(Register register, String idKey) {
    return idKey == null ? null : register.byKey(idKey).orElse(null);
  }

  /**
   * The sector's value at every period of its series up to {@code until} ({@link ReductionRows#series}):
   * each computed as the figure at C is, on that period's own panel; a period without a panel is left out.
   */
  static List<Observation> series(ReductionRows rows, Period until) {
    List<Period> periods = rows == null ? List.of() : rows.series(until);
    if (periods.isEmpty()) {
      return List.of();
    }
    // Per period: Σ consumption and Σ output in B, then at the period, over that period's panel.
    BigDecimal[][] sums = new BigDecimal[periods.size()][4];
    for (BigDecimal[] sum : sums) {
      java.util.Arrays.fill(sum, BigDecimal.ZERO);
    }
    for (int s = 0; s < rows.size(); s++) {
      Measured b = baseline(rows, s);
      if (b == null || !b.positiveOutput()) {
        continue;
      }
      for (int i = 0; i < periods.size(); i++) {
        Measured c = atC(rows, s, periods.get(i));
        if (c != null && c.positiveOutput()) {
          BigDecimal[] sum = sums[i];
          sum[0] = sum[0].add(b.consumption());
          sum[1] = sum[1].add(b.output());
          sum[2] = sum[2].add(c.consumption());
          sum[3] = sum[3].add(c.output());
        }
      }
    }
    List<Observation> points = new ArrayList<>();
    for (int i = 0; i < periods.size(); i++) {
      BigDecimal[] sum = sums[i];
      BigDecimal relative = DecimalMath.div(sum[2].multiply(sum[1]), sum[3].multiply(sum[0]));
      if (relative != null) {
        points.add(new Observation(periods.get(i), DecimalMath.HUNDRED.multiply(BigDecimal.ONE.subtract(relative))));
      }
    }
    return points;
  }

  /**
   * What a sector's figure rests on: the panel's share of the output reported for C and for B (each
   * must reach the plan's {@code min_panel_output}), and of the consumption reported for C (shown).
   */
  static Coverage coverage(ReductionDetail d, Fraction minPanelOutput) {
    Reported r = d.reported();
    BigDecimal zero = BigDecimal.ZERO;
    return Coverage.of(
        new CoverageFact(CoverageKind.PANEL_OUTPUT_CURRENT, DecimalMath.zeroIfNull(d.outputCurrent()), r.outputCurrent(),
            minPanelOutput),
        new CoverageFact(CoverageKind.PANEL_OUTPUT_BASELINE, DecimalMath.zeroIfNull(d.outputBaseline()), r.outputBaseline(),
            minPanelOutput),
        new CoverageFact(CoverageKind.PANEL_CONSUMPTION_CURRENT,
            d.consumptionCurrent() == null ? zero : d.consumptionCurrent(), r.consumptionCurrent(), null));
  }

  private static boolean inPanel(Measured b, Measured c) {
    return b != null && c != null && b.positiveOutput() && c.positiveOutput();
  }

  private static boolean hasBaselineRow(ReductionRows rows, int s) {
    return rows.has(s, ReductionRows.WHOLE) || rows.has(s, ReductionRows.FIRST_HALF)
        || rows.has(s, ReductionRows.SECOND_HALF);
  }

  /**
   * B's figures of an establishment: its row for the year B; without one, the sum of its rows for
   * BH1 and BH2 (a workspace may hold only half-years). A single half is not a year: null.
   */
  private static Measured baseline(ReductionRows rows, int s) {
    if (rows.has(s, ReductionRows.WHOLE)) {
      return measured(rows, s, ReductionRows.WHOLE);
    }
    if (!rows.has(s, ReductionRows.FIRST_HALF) || !rows.has(s, ReductionRows.SECOND_HALF)) {
      return null;
    }
    Measured h1 = measured(rows, s, ReductionRows.FIRST_HALF);
    Measured h2 = measured(rows, s, ReductionRows.SECOND_HALF);
    int order = rows.places().compare(h1.at(), h2.at());
    return new Measured(h1.consumption().add(h2.consumption()), h1.output().add(h2.output()),
        order <= 0 ? h1.at() : h2.at(), order < 0 ? h2.at() : order > 0 ? h1.at() : LocationTable.NONE);
  }

  /** C's figures of an establishment, null when it has no row at C. */
  private static Measured atC(ReductionRows rows, int s, Period current) {
    return rows.hasAt(s, current) ? new Measured(BigDecimal.ZERO.add(rows.consumptionAt(s, current)),
        BigDecimal.ZERO.add(rows.outputAt(s, current)), rows.atAt(s, current), LocationTable.NONE) : null;
  }

  /** One row's figures, blanks as 0 and added to 0 as sums are (so scales are those of a sum). */
  private static Measured measured(ReductionRows rows, int s, int kind) {
    return new Measured(BigDecimal.ZERO.add(rows.consumption(s, kind)), BigDecimal.ZERO.add(rows.output(s, kind)),
        rows.at(s, kind), LocationTable.NONE);
  }

  /** An establishment's consumption and output in B or C with its one or two rows (packed, sorted). */
  private record Measured(BigDecimal consumption, BigDecimal output, long at, long at2) {
    boolean positiveOutput() {
      return output.signum() > 0;
    }
  }
}
