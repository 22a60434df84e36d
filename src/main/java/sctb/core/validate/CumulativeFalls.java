package sctb.core.validate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Location;
import sctb.core.period.Period;
import sctb.core.plan.CumulativeRule;
import sctb.core.plan.IndicatorKind;
import sctb.core.plan.Plan;
import sctb.core.plan.Successions;
import sctb.core.submission.IndicatorRow;

/**
 * The {@code cumulative-fall} warning ({@link CumulativeRule}, docs/methodology.md §2.2): a count's row
 * (an entity's, or an agency's aggregate), or a share's aggregate row, whose numerator is below the
 * highest one of the same key in an earlier period — at the later row, with both figures and periods.
 * Only the rows the rule holds to growing are kept (counts and aggregate rows: a few per agency and
 * period, never a share's entity rows), each period's judged once complete ({@link #complete}), in
 * period order; within a period the last row of a key accepted is its figure (a correction replaces
 * the row before).
 */
final class CumulativeFalls {
  private record Key(String indicator, String sector, String entityKey, String agency) {}

  /** A key's highest figure so far: its period, numerator, denominator and the numerator's cell. */
  private record Highest(Period period, BigDecimal numerator, BigDecimal denominator, Location at) {}

  private record Held(IndicatorKind kind, IndicatorRow row, Location at) {}

  private final Plan plan;
  private final Lookup lookup;
  private final Map<String, IndicatorKind> kinds = new HashMap<>();
  /** Per agency written, the one it answers for after every succession (as the report's aggregate keys). */
  private final Map<String, String> answering = new HashMap<>();
  private final Map<Period, Map<Key, Held>> pending = new TreeMap<>();
  private final Map<Key, Highest> highest = new HashMap<>();
  private final List<Diagnostic> found = new ArrayList<>();

  CumulativeFalls(Plan plan, Lookup lookup) {
    this.plan = plan;
    this.lookup = lookup;
  }

  /** An accepted indicator row: kept when it holds a figure that only grows. */
  void add(CheckedFile.IndicatorCandidate candidate) {
    IndicatorRow row = candidate.row();
    IndicatorKind kind = kinds.computeIfAbsent(row.indicator(), id -> {
      Lookup.IndicatorRef ref = lookup.indicatorWithId(id);
      return ref == null ? IndicatorKind.REDUCTION : ref.kind();
    });
    if (!CumulativeRule.applies(kind, row.aggregate())) {
      return;
    }
    // A successor's aggregate row continues its predecessor's (SNNPTNT's 2024H1 total, then SNNMT's 2025H2).
    String agency = row.aggregate() ? answering.computeIfAbsent(row.agency(),
        a -> Successions.follow(plan, a, null, LocalDate.MAX)) : "";
    Key key = new Key(row.indicator(), row.sector(), row.entityKey(), agency);
    pending.computeIfAbsent(row.period(), p -> new LinkedHashMap<>()).put(key, new Held(kind, row, candidate.numeratorAt()));
  }

  /** Judges the rows of every period that ends before {@code horizon}, oldest first, and forgets them. */
  void complete(LocalDate horizon) {
    var it = pending.entrySet().iterator();
    while (it.hasNext()) {
      var e = it.next();
      if (!e.getKey().end().isBefore(horizon)) {
        return; // periods in order: none later is complete
      }
      e.getValue().forEach(this::judge);
      it.remove();
    }
  }

  /** Every warning, after judging what is left. */
  List<Diagnostic> find() {
    complete(LocalDate.MAX);
    return found;
  }

  private void judge(Key key, Held held) {
    IndicatorRow row = held.row();
    Highest before = highest.get(key);
    if (before != null && before.period().end().isBefore(row.period().end()) && CumulativeRule.fell(held.kind(),
        before.numerator(), before.denominator(), row.numerator(), row.denominator())) {
      found.add(warning(key, held, before));
    }
    if (row.numerator() != null && (before == null || row.numerator().compareTo(before.numerator()) > 0)) {
      highest.put(key, new Highest(row.period(), row.numerator(), row.denominator(), held.at()));
    }
  }

  private static Diagnostic warning(Key key, Held held, Highest before) {
    IndicatorRow row = held.row();
    boolean share = held.kind() == IndicatorKind.SHARE;
    String variant = share ? "share" : row.aggregate() ? "aggregate" : "entity";
    String who = row.aggregate() ? "agency:" + row.agency() : row.entity().isBlank() ? row.entityId() : row.entity();
    List<String> args = new ArrayList<>(List.of(variant, "indicator:" + row.indicator(), who,
        number(before.numerator()), before.period().toString(), Integer.toString(before.at().line()), before.at().file(),
        number(row.numerator()), row.period().toString()));
    if (share) {
      args.add(number(before.denominator()));
      args.add(number(row.denominator()));
    }
    return Diagnostic.of(Code.CUMULATIVE_FALL, held.at(), "", args.toArray(String[]::new));
  }

  private static String number(BigDecimal value) {
    return value == null ? "—" : "number:" + value.stripTrailingZeros().toPlainString();
  }
}
