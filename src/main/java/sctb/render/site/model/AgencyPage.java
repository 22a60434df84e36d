package sctb.render.site.model;

import java.util.List;

/**
 * An agency over the whole plan: who it is, whom it took over from ({@code predecessors}) and who took
 * it over ({@code successors}: the successor, then any taking only some of its tasks), the tasks it led
 * or carried with their status in every period, the tasks it is a partner in, its reporting in every
 * period, and the indicators it sent data for.
 */
public record AgencyPage(PageFrame frame, Agency agency, List<AgencyLink> predecessors, List<AgencyLink> successors,
    List<PeriodLink> periods, List<TaskHistory> tasks, List<TaskLink> partnerTasks, List<ReportingCell> reporting,
    List<IndicatorLink> indicators) {

  public AgencyPage {
    predecessors = List.copyOf(predecessors);
    successors = List.copyOf(successors);
    periods = List.copyOf(periods);
    tasks = List.copyOf(tasks);
    partnerTasks = List.copyOf(partnerTasks);
    reporting = List.copyOf(reporting);
    indicators = List.copyOf(indicators);
  }

  /** The agency: code, name, and the plan's note about it. */
  public record Agency(String id, String name, String note) {}
}
