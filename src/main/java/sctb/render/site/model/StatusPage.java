package sctb.render.site.model;

import java.util.List;

/**
 * Every task's status in every period, by task group and by the agency responsible in the last
 * period, with how many tasks are in each status at the last period, and every agency's reporting in
 * every period (who reported on time, late, not at all).
 */
public record StatusPage(PageFrame frame, List<PeriodLink> periods, List<StateCount> totals, List<Group> groups,
    List<Lead> leads, List<Reporting> reporting, String tasksCsv, String reportingCsv) {

  public StatusPage {
    periods = List.copyOf(periods);
    totals = List.copyOf(totals);
    groups = List.copyOf(groups);
    leads = List.copyOf(leads);
    reporting = List.copyOf(reporting);
  }

  /** A task group: id (its Roman numeral), title, the anchor of its section, its tasks and how many are in each status. */
  public record Group(String id, String title, String anchor, List<TaskHistory> tasks, List<StateCount> counts) {

    public Group {
      tasks = List.copyOf(tasks);
      counts = List.copyOf(counts);
    }
  }

  /** An agency responsible for tasks at the last period, with them and how many are in each status. */
  public record Lead(AgencyLink agency, List<TaskHistory> tasks, List<StateCount> counts) {

    public Lead {
      tasks = List.copyOf(tasks);
      counts = List.copyOf(counts);
    }
  }

  /** An agency's reporting in every period, and how many times it was on time, late or missing. */
  public record Reporting(AgencyLink agency, List<ReportingCell> cells, String onTime, String late, String missing) {

    public Reporting {
      cells = List.copyOf(cells);
    }
  }
}
