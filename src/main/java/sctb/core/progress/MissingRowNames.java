package sctb.core.progress;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import sctb.core.plan.Plan;
import sctb.core.plan.Sector;
import sctb.core.text.Fold;
import sctb.core.text.VietnameseOrder;

/**
 * Names the indicator rows an agency is short of (docs/collection.md): {@link IndicatorDuties} keeps only
 * 64-bit fingerprints of the rows, so the names are found once, at the end and only for the agencies
 * short, among the entities the kept rows hold (every entity's latest row up to P is kept, so every
 * row of a previous report is there): share and count rows by their key, reduction rows by their
 * establishment; a row the plan asks for is named by its indicator and sector. At most {@link #LISTED} an agency are named, in plan, sector and Vietnamese name order — enough for
 * a clerk to find them, bounded however many are missing.
 */
final class MissingRowNames {
  /** Missing rows named per agency; the rest are counted. */
  static final int LISTED = 20;

  private MissingRowNames() {}

  /** {@code fromPlan}: per agency, the rows the plan asks for that it is short of (named as they are). */
  static Map<String, IndicatorDuty> named(Plan plan, Map<String, IndicatorDuty> duties, Map<String, long[]> missing,
      Map<String, List<MissingRow>> fromPlan, Map<String, ShareTable> shares,
      Map<String, Map<String, ReductionRows>> reductions) {
    if (missing.isEmpty() && fromPlan.isEmpty()) {
      return duties;
    }
    Map<String, Integer> order = new HashMap<>();
    plan.indicators().forEach(i -> order.put(i.id(), order.size()));
    plan.outputs().keySet().forEach(id -> order.put(id, order.size())); // task outputs after the indicators, in plan order
    Map<String, Integer> sectors = new HashMap<>();
    plan.sectors().forEach(x -> sectors.put(x.id(), sectors.size()));
    Comparator<Named> byPlan = Comparator.comparing((Named n) -> order.getOrDefault(n.row().indicator(), order.size()))
        .thenComparing(n -> n.row().indicator()).thenComparing(n -> sectors.getOrDefault(n.row().sector(), sectors.size()))
        .thenComparing(n -> n.row().sector()).thenComparing(Named::name);
    Map<String, TreeSet<Named>> found = new TreeMap<>();
    missing.keySet().forEach(a -> found.put(a, new TreeSet<>(byPlan)));
    fromPlan.forEach((a, rows) -> rows.forEach(r -> keep(found.computeIfAbsent(a, x -> new TreeSet<>(byPlan)), r)));
    shares.forEach((id, table) -> {
      // a task output's row is owed by whoever carries the task now, not always the agency it is kept under
      boolean output = plan.outputs().containsKey(id);
      table.eachKey(output ? a -> true : missing::containsKey, (indicator, agency, sector, entityKey, entity) -> {
        long key = IndicatorDuties.key(indicator, sector, entityKey);
        for (String owing : output ? missing.keySet() : java.util.Set.of(agency)) {
          if (Arrays.binarySearch(missing.get(owing), key) >= 0) {
            keep(found.get(owing), new MissingRow(indicator, sector, entity));
          }
        }
      });
    });
    reductions.forEach((indicator, bySector) -> bySector.forEach((sectorKey, rows) -> {
      String sector = sectorOf(plan, sectorKey);
      for (int slot = 0; slot < rows.size(); slot++) {
        long key = IndicatorDuties.key(indicator, sector, rows.key(slot));
        for (Map.Entry<String, long[]> e : missing.entrySet()) {
          if (Arrays.binarySearch(e.getValue(), key) >= 0) {
            String name = rows.keptName(slot);
            keep(found.get(e.getKey()), new MissingRow(indicator, sector, name == null ? "" : name));
          }
        }
      }
    }));
    Map<String, IndicatorDuty> out = new TreeMap<>(duties);
    found.forEach((agency, rows) -> out.computeIfPresent(agency, (a, d) -> d.naming(rows.stream().map(Named::row).toList())));
    return out;
  }

  /** A row with its entity's Vietnamese sort key, made once (names in the order a clerk looks them up). */
  private record Named(MissingRow row, VietnameseOrder.Key name) {}

  /** Adds {@code row}, keeping the first {@link #LISTED}. */
  private static void keep(TreeSet<Named> rows, MissingRow row) {
    rows.add(new Named(row, VietnameseOrder.key(row.entity())));
    if (rows.size() > LISTED) {
      rows.pollLast();
    }
  }

  /** The plan's id of the sector whose folded form is {@code sectorKey} (reduction rows are kept by it). */
  private static String sectorOf(Plan plan, String sectorKey) {
    for (Sector s : plan.sectors()) {
      if (Fold.key(s.id()).equals(sectorKey)) {
        return s.id();
      }
    }
    return sectorKey;
  }
}
