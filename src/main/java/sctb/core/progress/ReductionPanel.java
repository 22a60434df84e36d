package sctb.core.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import sctb.core.period.Period;
import sctb.core.plan.Fraction;
import sctb.core.register.EntityNames;
import sctb.core.register.Register;
import sctb.core.register.RegisterEntry;
import sctb.core.text.NameArena;

/**
 * The reduction rule for one sector (docs/methodology.md §2.1): the panel of establishments with
 * positive output in both the baseline year B and the latest period C whose intensity changed less than
 * the plan's {@code outlier_factor} times between them, intensity Σconsumption /
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
  static Result compute(ReductionRows rows, Period until, Register register, BigDecimal factor) {
    return compute(rows, until, register, factor, true, java.util.Set.of());
  }

  /**
   * The figure alone, for the previous report's period: the panel's sums and coverage without its
   * lists (no establishment listed, nothing sorted), and which of the {@code watched} establishments
   * (matching keys) it holds.
   */
  static Result sums(ReductionRows rows, Period until, BigDecimal factor, java.util.Set<String> watched) {
    return compute(rows, until, Register.NONE, factor, false, watched);
  }

  private static Result compute(ReductionRows rows, Period until, Register register, BigDecimal factor, boolean listed,
      java.util.Set<String> watched) {
    Period current = rows == null ? null : rows.current(until);
    if (current == null) {
      return new Result(null, null, null);
    }
    // Each step a method of its own: as one method of four loops C2 compiled it four to five times at
    // the end of a 2-5 M-row report, 24-46 kB of code each; the steps take half that code in all.
    Read read = read(rows, current, register, listed);
    Measured[] b = new Measured[read.size()];
    Measured[] c = new Measured[read.size()];
    Reported reported = reported(rows, current, read, b, c);
    if (listed) {
      return listed(rows, current, register, factor, read, b, c, reported);
    }
    PanelSums sums = new PanelSums();
    for (int i = 0; i < read.size(); i++) {
      if (inPanel(b[i], c[i], factor)) {
        sums.add(b[i], c[i]);
      }
    }
    LocationTable places = rows.places();
    return sums.result(current, new PanelList(0, places),
        new ExclusionList(0, reported.outputBaseline(), reported.outputCurrent(), places), BigDecimal.ZERO, reported,
        watchedInPanel(rows, read, b, c, factor, watched));
  }

  /**
   * The establishments the rule reads (a row of B or of a half of B, or one at C): their slots, in
   * order of their matching key (one in the register by its official name, then its key) when
   * {@code listed}, else as kept; when listed, by slot, the key of each one known by a register id
   * (null for one known by its name: only an id's key can be a register entry's).
   */
  private record Read(int[] slots, String[] idKeys, int size) {}

  private static Read read(ReductionRows rows, Period current, Register register, boolean listed) {
    int n = rows.size();
    // The order's texts kept as UTF-8 and compared there (NameArena.compare is String order): a
    // name's key made from its UTF-8 without a String of it or of the key (round 12).
    String[] idKeys = listed ? new String[n] : null;
    NameArena orderTexts = listed ? new NameArena() : null;
    long[] order = listed ? new long[n] : null;
    int[] slots = new int[n];
    int read = 0;
    for (int s = 0; s < n; s++) {
      if (hasBaselineRow(rows, s) || rows.cellAt(s, current) != null) {
        if (listed) {
          idKeys[s] = rows.idKey(s);
          RegisterEntry entry = entryOf(register, idKeys[s]);
          order[s] = entry == null ? rows.addKey(s, orderTexts)
              : orderTexts.add(EntityNames.canonical(entry.name()) + "\u0000" + idKeys[s]);
        }
        slots[read++] = s;
      }
    }
    if (listed) {
      // By bytes rather than a merge sort comparing two texts read at random from the arena: an int and
      // a long of room a name instead of three longs, twice as fast once compiled; at the end of a 5 M-row
      // report, where each sector sorts once, 4-23 samples against 17-21 (docs/performance.md, round 13).
      NameSort.sortThenByIndex(orderTexts, order, slots, read);
    }
    slots = read == n ? slots : Arrays.copyOf(slots, read);
    return new Read(slots, idKeys, read);
  }

  /**
   * What was reported for B and C by every establishment read, each one's B and C figures kept in
   * {@code b} and {@code c} (null: none) for the pass that lists them, so that each row is looked up
   * and made a decimal once.
   */
  private static Reported reported(ReductionRows rows, Period current, Read read, Measured[] b, Measured[] c) {
    BigDecimal totalB = BigDecimal.ZERO;
    BigDecimal totalC = BigDecimal.ZERO;
    BigDecimal consumedC = BigDecimal.ZERO;
    for (int i = 0; i < read.size(); i++) {
      int s = read.slots()[i];
      Measured mb = baseline(rows, s);
      Measured mc = atC(rows, s, current);
      b[i] = mb;
      c[i] = mc;
      totalB = mb == null ? totalB : totalB.add(mb.output());
      totalC = mc == null ? totalC : totalC.add(mc.output());
      consumedC = mc == null ? consumedC : consumedC.add(mc.consumption());
    }
    return new Reported(totalB, totalC, consumedC);
  }

  /**
   * The panel and everyone else with a reason, in order of {@code read}; an establishment the register
   * holds is shown by its official name, else by the smallest spelling of its rows the rule reads.
   */
  private static Result listed(ReductionRows rows, Period current, Register register, BigDecimal factor, Read read,
      Measured[] b, Measured[] c, Reported reported) {
    LocationTable places = rows.places();
    int panelSize = 0;
    for (int i = 0; i < read.size(); i++) {
      panelSize += inPanel(b[i], c[i], factor) ? 1 : 0;
    }
    PanelList panel = new PanelList(panelSize, places);
    ExclusionList excluded = new ExclusionList(read.size() - panelSize, reported.outputBaseline(),
        reported.outputCurrent(), places);
    PanelSums sums = new PanelSums();
    BigDecimal excludedShare = BigDecimal.ZERO;
    long[] sources = new long[4];
    for (int i = 0; i < read.size(); i++) {
      int s = read.slots()[i];
      Measured mb = b[i];
      Measured mc = c[i];
      RegisterEntry entry = entryOf(register, read.idKeys()[s]);
      String name = entry != null ? entry.name() : rows.listedName(s, hasBaselineRow(rows, s), mc != null);
      if (inPanel(mb, mc, factor)) {
        panel.add(name, mb.consumption(), mb.output(), mb.at(), mb.at2(), mc.consumption(), mc.output(), mc.at());
        sums.add(mb, mc);
        continue;
      }
      // Only one half of B: the row is listed, but B cannot be built from it.
      long incomplete = !rows.has(s, ReductionRows.WHOLE) && mb == null
          ? rows.at(s, rows.has(s, ReductionRows.FIRST_HALF) ? ReductionRows.FIRST_HALF : ReductionRows.SECOND_HALF)
          : LocationTable.NONE;
      sources[0] = mb == null ? LocationTable.NONE : mb.at();
      sources[1] = mb == null ? LocationTable.NONE : mb.at2();
      sources[2] = mc == null ? LocationTable.NONE : mc.at();
      sources[3] = incomplete;
      long[] at = places.sortedDistinct(sources, sources.length);
      BigDecimal out = mc != null ? mc.output() : mb == null ? null : mb.output();
      excluded.add(name, reason(mb, mc, incomplete, entry, current), out, mc != null, at, at.length);
      if (mc != null) {
        excludedShare = excludedShare.add(DecimalMath.zeroIfNull(excluded.outputShare(excluded.size() - 1)));
      }
    }
    return sums.result(current, panel, excluded.sortedByName(), excludedShare, reported, java.util.Set.of());
  }

  /** Why an establishment read is not in the panel ({@code incomplete}: its one half of B, when that is all). */
  private static ExclusionReason reason(Measured b, Measured c, long incomplete, RegisterEntry entry, Period current) {
    if (c != null && b == null) {
      return incomplete != LocationTable.NONE ? ExclusionReason.BASELINE_INCOMPLETE : ExclusionReason.NO_BASELINE;
    }
    if (b != null && !b.positiveOutput()) {
      return ExclusionReason.ZERO_OUTPUT_BASELINE;
    }
    if (c == null) {
      return b == null ? ExclusionReason.BASELINE_INCOMPLETE
          : entry != null && entry.closedBefore(current) ? ExclusionReason.CLOSED : ExclusionReason.NO_CURRENT;
    }
    return c.positiveOutput() ? ExclusionReason.IMPLAUSIBLE_CHANGE : ExclusionReason.ZERO_OUTPUT_CURRENT;
  }

  /** Σ consumption and Σ output in B and at C over the panel, and the figure and detail they give. */
  private static final class PanelSums {
    private BigDecimal cb = BigDecimal.ZERO;
    private BigDecimal ob = BigDecimal.ZERO;
    private BigDecimal cc = BigDecimal.ZERO;
    private BigDecimal oc = BigDecimal.ZERO;
    private int size;

    void add(Measured b, Measured c) {
      cb = cb.add(b.consumption());
      ob = ob.add(b.output());
      cc = cc.add(c.consumption());
      oc = oc.add(c.output());
      size++;
    }

    Result result(Period current, PanelList panel, ExclusionList excluded, BigDecimal excludedShare, Reported reported,
        java.util.Set<String> watchedInPanel) {
      if (size == 0) {
        return new Result(current, null, new ReductionDetail(null, null, null, null, null, null, panel, excluded,
            excludedShare, reported, panel.sources()), watchedInPanel);
      }
      BigDecimal ib = DecimalMath.div(cb, ob);
      BigDecimal ic = DecimalMath.div(cc, oc);
      // One division, (cc × ob) / (oc × cb), so that I_C / I_B carries no rounding from the intensities.
      BigDecimal relative = DecimalMath.div(cc.multiply(ob), oc.multiply(cb));
      BigDecimal value = relative == null ? null : DecimalMath.HUNDRED.multiply(BigDecimal.ONE.subtract(relative));
      return new Result(current, value, new ReductionDetail(cb, ob, cc, oc, ib, ic, panel, excluded, excludedShare,
          reported, panel.sources()), watchedInPanel);
    }
  }

  /** The register's entry of an id's key; null for none (a name's key, null here, names none). */
  private static RegisterEntry entryOf(Register register, String idKey) {
    return idKey == null ? null : register.byKey(idKey).orElse(null);
  }

  /** The panel's sums alone (the previous report's figure): which of the {@code watched} establishments it holds. */
  private static java.util.Set<String> watchedInPanel(ReductionRows rows, Read read, Measured[] b, Measured[] c,
      BigDecimal factor, java.util.Set<String> watched) {
    java.util.Set<String> watchedInPanel = new java.util.TreeSet<>();
    if (watched.isEmpty()) {
      return watchedInPanel;
    }
    for (int i = 0; i < read.size(); i++) {
      if (inPanel(b[i], c[i], factor) && watched.contains(rows.key(read.slots()[i]))) {
        watchedInPanel.add(rows.key(read.slots()[i]));
      }
    }
    return watchedInPanel;
  }
  /**
   * The sector's value at every period of its series up to {@code until} ({@link ReductionRows#series}):
   * each computed as the figure at C is, on that period's own panel; a period without a panel is left out.
   */
  static List<Observation> series(ReductionRows rows, Period until, BigDecimal factor) {
    List<Period> periods = rows == null ? List.of() : rows.series(until);
    if (periods.isEmpty()) {
      return List.of();
    }
    // Per period: Σ consumption and Σ output in B, then at the period, over that period's panel.
    BigDecimal[][] sums = new BigDecimal[periods.size()][4];
    for (BigDecimal[] sum : sums) {
      Arrays.fill(sum, BigDecimal.ZERO);
    }
    for (int s = 0; s < rows.size(); s++) {
      Measured b = baseline(rows, s);
      if (b == null || !b.positiveOutput()) {
        continue;
      }
      for (int i = 0; i < periods.size(); i++) {
        Measured c = atC(rows, s, periods.get(i));
        if (inPanel(b, c, factor)) {
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

  private static boolean inPanel(Measured b, Measured c, BigDecimal factor) {
    return b != null && c != null && b.positiveOutput() && c.positiveOutput() && plausible(b, c, factor);
  }

  /**
   * Whether an establishment's intensity at C lies within {@code factor} times its intensity in B either
   * way, compared without a division: I_C / I_B = (cc × ob) / (oc × cb) with both consumptions positive.
   * A plant does not use a thousandth, or three times, the energy per tonne it used in the baseline
   * year: such a change is a unit written differently (kgOE then TOE) or a mistyped figure, and would
   * show a sector "achieved" (99.9% lower) on it.
   */
  private static boolean plausible(Measured b, Measured c, BigDecimal factor) {
    if (b.consumption().signum() <= 0 || c.consumption().signum() <= 0) {
      return false;
    }
    BigDecimal now = c.consumption().multiply(b.output());
    BigDecimal then = c.output().multiply(b.consumption());
    return now.compareTo(factor.multiply(then)) <= 0 && factor.multiply(now).compareTo(then) >= 0;
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
    ReductionRows.Cell cell = rows.cellAt(s, current);
    return cell == null ? null
        : new Measured(asSummed(cell.consumption()), asSummed(cell.output()), cell.at(), LocationTable.NONE);
  }

  /** One row's figures, blanks as 0 and added to 0 as sums are (so scales are those of a sum). */
  private static Measured measured(ReductionRows rows, int s, int kind) {
    return new Measured(asSummed(rows.consumption(s, kind)), asSummed(rows.output(s, kind)), rows.at(s, kind),
        LocationTable.NONE);
  }

  /**
   * {@code value} added to 0: itself unless its scale is negative (0 + x has scale max(0, scale of x)),
   * without a new decimal for each row of each panel.
   */
  private static BigDecimal asSummed(BigDecimal value) {
    return value.scale() >= 0 ? value : BigDecimal.ZERO.add(value);
  }

  /** An establishment's consumption and output in B or C with its one or two rows (packed, sorted). */
  private record Measured(BigDecimal consumption, BigDecimal output, long at, long at2) {
    boolean positiveOutput() {
      return output.signum() > 0;
    }
  }
}
