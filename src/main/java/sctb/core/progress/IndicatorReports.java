package sctb.core.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import sctb.core.period.Period;
import sctb.core.plan.Indicator;
import sctb.core.plan.Plan;
import sctb.core.submission.IndicatorRow;
import sctb.core.submission.Submissions;

/** The figures one agency sent data for: an indicator or task output id and the periods of its rows, in order. */
public record IndicatorReports(String indicator, List<Period> periods) {

  public IndicatorReports {
    periods = List.copyOf(periods);
  }

  /** Per agency code as written in the rows: its indicators and task outputs, plan order (then unknown ids sorted). */
  public static Map<String, List<IndicatorReports>> byAgency(Plan plan, Submissions rows) {
    Map<String, Map<String, SortedSet<Period>>> found = new TreeMap<>();
    for (IndicatorRow r : rows.indicators()) {
      found.computeIfAbsent(r.agency(), k -> new TreeMap<>())
          .computeIfAbsent(r.indicator(), k -> new TreeSet<>(Period.BY_END)).add(r.period());
    }
    List<String> order = new ArrayList<>(plan.indicators().stream().map(Indicator::id).toList());
    order.addAll(plan.outputs().keySet());
    Map<String, List<IndicatorReports>> out = new TreeMap<>();
    found.forEach((agency, byIndicator) -> {
      List<IndicatorReports> list = new ArrayList<>();
      order.stream().filter(byIndicator::containsKey).forEach(id -> list.add(new IndicatorReports(id, List.copyOf(byIndicator.get(id)))));
      byIndicator.keySet().stream().filter(id -> !order.contains(id)).forEach(id -> list.add(new IndicatorReports(id, List.copyOf(byIndicator.get(id)))));
      out.put(agency, List.copyOf(list));
    });
    return out;
  }
}
