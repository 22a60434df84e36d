package sctb.render.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sctb.core.plan.Task;
import sctb.core.plan.TaskGroup;
import sctb.render.site.model.PageKind;
import sctb.render.site.model.ReportingCell;
import sctb.render.site.model.ReportingState;
import sctb.render.site.model.StatusPage;
import sctb.render.site.model.TaskHistory;

/** Builds the page of all statuses in one language. */
final class StatusPages {
  private StatusPages() {}

  /** The id of a task group's section on the statuses page. */
  static String anchor(TaskGroup group) {
    return "nhom-" + SiteFiles.slug(group.id());
  }

  static StatusPage of(PageParts parts) {
    SiteSource source = parts.source;
    String path = parts.files.statuses(parts.lang);
    Map<String, TaskHistory> histories = new LinkedHashMap<>();
    source.plan().tasks().forEach(t -> histories.put(t.id(), parts.history(path, t)));
    List<StatusPage.Group> groups = new ArrayList<>();
    for (TaskGroup g : source.plan().groups()) {
      List<TaskHistory> tasks = g.tasks().stream().map(t -> histories.get(t.id())).toList();
      groups.add(new StatusPage.Group(g.id(), g.title().in(parts.lang), anchor(g), tasks, PageParts.counts(tasks)));
    }
    Map<String, List<TaskHistory>> byLead = new LinkedHashMap<>();
    source.plan().agencies().forEach(a -> byLead.put(a.id(), new ArrayList<>()));
    for (Task t : source.plan().tasks().toList()) {
      byLead.computeIfAbsent(parts.latest(t).leadId(), k -> new ArrayList<>()).add(histories.get(t.id()));
    }
    List<StatusPage.Lead> leads = new ArrayList<>();
    byLead.forEach((agency, tasks) -> {
      if (!tasks.isEmpty()) {
        leads.add(new StatusPage.Lead(parts.agency(path, agency), tasks, PageParts.counts(tasks)));
      }
    });
    List<StatusPage.Reporting> reporting = new ArrayList<>();
    for (String agency : source.reporting().agencies()) {
      List<ReportingCell> cells = parts.reporting(path, agency);
      reporting.add(new StatusPage.Reporting(parts.agency(path, agency), cells, count(cells, ReportingState.ON_TIME),
          count(cells, ReportingState.LATE), count(cells, ReportingState.MISSING)));
    }
    List<TaskHistory> all = new ArrayList<>(histories.values());
    return new StatusPage(parts.frame(path, PageKind.STATUSES), parts.periods(path), PageParts.counts(all), groups, leads, reporting,
        SiteFiles.link(path, parts.files.tasksCsv(parts.lang)), SiteFiles.link(path, parts.files.reportingCsv(parts.lang)));
  }

  private static String count(List<ReportingCell> cells, ReportingState state) {
    return Long.toString(cells.stream().filter(c -> c.state() == state).count());
  }
}
