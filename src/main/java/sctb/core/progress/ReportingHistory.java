package sctb.core.progress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import sctb.core.period.Period;
import sctb.core.plan.Agency;
import sctb.core.plan.Plan;

/**
 * Each agency's reporting in every period of a {@link ProgressHistory}, exactly as {@link ReportingCheck}
 * judged it in that period's report (empty: the agency had nothing to report then and sent nothing).
 * Everything shown about reporting over time reads it from here.
 */
public final class ReportingHistory {
  private final List<Period> periods;
  private final List<ReportingStatus> statuses;
  private final List<Map<String, AgencyReporting>> byAgency;
  private final List<String> agencies;

  private ReportingHistory(Plan plan, List<Period> periods, List<ReportingStatus> statuses) {
    this.periods = List.copyOf(periods);
    this.statuses = List.copyOf(statuses);
    List<Map<String, AgencyReporting>> indexed = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (ReportingStatus status : statuses) {
      Map<String, AgencyReporting> one = new HashMap<>();
      status.agencies().forEach(a -> one.put(a.agency(), a));
      indexed.add(one);
      seen.addAll(one.keySet());
    }
    this.byAgency = List.copyOf(indexed);
    List<String> order = new ArrayList<>(plan.agencies().stream().map(Agency::id).filter(seen::contains).toList());
    seen.stream().filter(id -> !order.contains(id)).sorted().forEach(order::add);
    this.agencies = List.copyOf(order);
  }

  public static ReportingHistory of(ProgressHistory history) {
    return new ReportingHistory(history.latest().plan(), history.periods(),
        history.reports().stream().map(ProgressReport::reporting).toList());
  }

  public List<Period> periods() {
    return periods;
  }

  /** Every agency that had to report, or reported, in at least one period: plan order, then unknown codes sorted. */
  public List<String> agencies() {
    return agencies;
  }

  /** The period's whole reporting status. */
  public ReportingStatus status(int period) {
    return statuses.get(period);
  }

  /** {@code agency}'s reporting in the {@code period}-th period; empty when it neither had to report nor reported. */
  public Optional<AgencyReporting> at(String agency, int period) {
    return Optional.ofNullable(byAgency.get(period).get(agency));
  }
}
