package sctb.core.progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import sctb.core.period.Period;
import sctb.core.plan.ProgressSettings;

/**
 * The overall verdict of a target set for each of several sectors ("5–8% for each sector"; docs/
 * methodology.md §8): judged from the sectors' own verdicts, never from a pooled figure.
 * <ul>
 *   <li>no sector with a value: no data, because nothing was reported or, when a sector has rows, because
 *       no establishment has output in both years compared (empty panels);</li>
 *   <li>final, with no sector's data from the target year: no data;</li>
 *   <li>final, with a sector not achieved: not achieved, however few sectors have data (the target
 *       holds for each); achieved late, at the latest sector's period, when every sector not achieved
 *       in time was achieved late;</li>
 *   <li>fewer than {@code min_current} of the sectors with current data: insufficient data;</li>
 *   <li>final: achieved when every sector achieved; otherwise (the rest lack a verdict) insufficient
 *       data;</li>
 *   <li>before: achieved only when every sector is achieved; otherwise the median sector's verdict
 *       — the best verdict that at least half of the sectors reach or beat — with "achieved" as the
 *       median read as on track (not every sector is there yet); when fewer than half of the sectors
 *       have a verdict, insufficient data.</li>
 * </ul>
 */
public final class SectorBasedJudgment {
  /** The first of {@code reasons} that a sector gives, else {@code NO_ROWS}. */
  private static VerdictReason reasonAmong(List<Figure> sectors, VerdictReason... reasons) {
    for (VerdictReason r : reasons) {
      if (sectors.stream().anyMatch(f -> f.assessment().reason() == r)) {
        return r;
      }
    }
    return VerdictReason.NO_ROWS;
  }

  /** Verdicts from best to worst, as the median rule ranks them. */
  static final List<Verdict> BEST_FIRST = List.of(Verdict.ACHIEVED, Verdict.ON_TRACK, Verdict.ACCELERATION_NEEDED,
      Verdict.LIMITED_PROGRESS, Verdict.DETERIORATION, Verdict.NOT_ACHIEVED);

  private SectorBasedJudgment() {}

  /** The overall assessment from the sectors' figures ({@code asOf}: the latest of their periods, null when none has data). */
  static Assessment judge(Goal goal, ProgressSettings settings, Period report, Period asOf, List<Figure> sectors) {
    boolean isFinal = goal.isFinalAt(report);
    Baseline baseline = goal.baseline();
    long current = sectors.stream().filter(SectorBasedJudgment::hasCurrentData).count();
    Coverage coverage = Coverage.of(CoverageFact.of(CoverageKind.SECTORS_CURRENT, current, sectors.size(),
        settings.coverage().minCurrent()));
    if (asOf == null) {
      // Sectors with rows but no establishment to compare (a missing baseline year), or with rows of the
      // baseline year only (the first half-year of a phase), are not "nothing reported".
      VerdictReason why = reasonAmong(sectors, VerdictReason.EMPTY_PANEL, VerdictReason.BASELINE_YEAR_ONLY);
      return Assessment.unjudged(baseline, Verdict.NO_DATA, why, null, isFinal, coverage);
    }
    if (goal.qualitative()) {
      return Assessment.unjudged(baseline, Verdict.QUALITATIVE, null, null, isFinal, coverage);
    }
    // As for one figure: no sector has data from the target year, so there is no final verdict to give,
    // and no "expected by now" of an earlier period to show beside it.
    if (goal.finalWithoutTargetYearData(report, asOf)) {
      return Assessment.unjudged(baseline, Verdict.NO_DATA, VerdictReason.NO_TARGET_YEAR_DATA, null, true, coverage);
    }
    int elapsed = Assessor.elapsed(goal, asOf);
    Pace pace = new Pace(Assessor.expected(goal, settings, elapsed), null, elapsed, goal.monthsTotal(), null, null);
    List<Assessment> judged = sectors.stream().map(Figure::assessment).filter(a -> a.status().judges()).toList();
    // The target holds for each sector, so one sector's final "not achieved" settles it however few others
    // have data: "insufficient data" would hide a failure already known.
    boolean oneNotAchieved = judged.stream().anyMatch(a -> a.status() == Verdict.NOT_ACHIEVED);
    if (isFinal && oneNotAchieved) {
      return new Assessment(baseline, Verdict.NOT_ACHIEVED, null, pace, false, true, achievedLate(sectors), null,
          coverage);
    }
    if (coverage.shortfall().isPresent()) {
      return Assessment.unjudged(baseline, Verdict.INSUFFICIENT_DATA, VerdictReason.LOW_COVERAGE, pace, isFinal, coverage);
    }
    boolean allAchieved = judged.size() == sectors.size()
        && judged.stream().allMatch(a -> a.status() == Verdict.ACHIEVED);
    boolean stretchMet = allAchieved && judged.stream().allMatch(Assessment::stretchMet);
    if (isFinal) {
      if (allAchieved) {
        return new Assessment(baseline, Verdict.ACHIEVED, null, pace, stretchMet, true, null, null, coverage);
      }
      return Assessment.unjudged(baseline, Verdict.INSUFFICIENT_DATA, VerdictReason.FEW_SECTORS_JUDGED, pace, true,
          coverage);
    }
    if (allAchieved) {
      return new Assessment(baseline, Verdict.ACHIEVED, null, pace, stretchMet, false, null, null, coverage);
    }
    Verdict median = median(sectors);
    if (median == null) {
      return Assessment.unjudged(baseline, Verdict.INSUFFICIENT_DATA, VerdictReason.FEW_SECTORS_JUDGED, pace, false,
          coverage);
    }
    return new Assessment(baseline, median == Verdict.ACHIEVED ? Verdict.ON_TRACK : median, null, pace, false, false,
        null, null, coverage);
  }

  /** The best verdict at least half of the sectors reach or beat; null when that half includes a sector without one. */
  static Verdict median(List<Figure> sectors) {
    List<Integer> ranks = new ArrayList<>();
    for (Figure f : sectors) {
      int rank = BEST_FIRST.indexOf(f.assessment().status());
      ranks.add(rank < 0 ? Integer.MAX_VALUE : rank);
    }
    ranks.sort(Comparator.naturalOrder());
    int rank = ranks.get((sectors.size() + 1) / 2 - 1);
    return rank == Integer.MAX_VALUE ? null : BEST_FIRST.get(rank);
  }

  /** A sector whose latest data may decide: it has a value not found too old or from before the target year. */
  static boolean hasCurrentData(Figure f) {
    VerdictReason r = f.assessment().reason();
    return f.value() != null && r != VerdictReason.STALE_DATA && r != VerdictReason.NO_TARGET_YEAR_DATA;
  }

  /** When every sector not achieved in time was achieved later: the latest of those periods. */
  private static Period achievedLate(List<Figure> sectors) {
    List<Period> late = new ArrayList<>();
    for (Figure f : sectors) {
      Assessment a = f.assessment();
      if (a.status() != Verdict.ACHIEVED) {
        if (a.achievedLate() == null) {
          return null;
        }
        late.add(a.achievedLate());
      }
    }
    return late.stream().filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
  }
}
