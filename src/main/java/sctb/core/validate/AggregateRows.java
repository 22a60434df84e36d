package sctb.core.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Location;
import sctb.core.period.Period;
import sctb.core.submission.IndicatorRow;
import sctb.core.text.Fold;

/**
 * The population rule (docs/methodology.md §2.2): in one period, an aggregate row (blank entity) of an
 * indicator and sector that also has rows naming entities is added to them, so it must stand for the
 * entities not named; unless its note says so ("còn lại", "remaining", "the rest", "others"), it gets
 * an {@code aggregate-with-entities} warning. Per period, a count of entity rows and the places of the
 * unmarked aggregate rows per indicator and sector: a few numbers, judged when the period is complete.
 */
final class AggregateRows {
  private record Group(Period period, String indicator, String sector) {}

  private static final class Seen {
    int entityRows;
    final List<Location> unmarked = new ArrayList<>(1);
  }

  private final Map<Group, Seen> groups = new HashMap<>();
  private final List<Diagnostic> found = new ArrayList<>();

  /** True when a note says its aggregate row is the rest of a population. */
  static boolean remainder(String note) {
    String key = "_" + Fold.key(note) + "_";
    return key.contains("_con_lai_") || key.contains("_remaining_") || key.contains("_the_rest_")
        || key.contains("_others_");
  }

  /** An accepted indicator row (an aggregate not marked as the rest is remembered by its entity cell). */
  void add(CheckedFile.IndicatorCandidate candidate) {
    IndicatorRow row = candidate.row();
    Seen seen = groups.computeIfAbsent(new Group(row.period(), row.indicator(), row.sector()), g -> new Seen());
    if (!row.aggregate()) {
      seen.entityRows++;
    } else if (!candidate.remainder()) {
      seen.unmarked.add(candidate.keyAt());
    }
  }

  /** Judges the groups of every period that ends before {@code horizon} and forgets them. */
  void complete(LocalDate horizon) {
    var it = groups.entrySet().iterator();
    while (it.hasNext()) {
      var e = it.next();
      if (e.getKey().period().end().isBefore(horizon)) {
        judge(e.getKey(), e.getValue());
        it.remove();
      }
    }
  }

  /** Every warning, after judging what is left. */
  List<Diagnostic> find() {
    complete(LocalDate.MAX);
    return found;
  }

  private void judge(Group g, Seen seen) {
    if (seen.entityRows == 0) {
      return;
    }
    for (Location at : seen.unmarked) {
      found.add(Diagnostic.of(Code.AGGREGATE_WITH_ENTITIES, at, "", "indicator:" + g.indicator(),
          Integer.toString(seen.entityRows), g.period().toString()));
    }
  }
}
