package sctb.render.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sctb.core.period.Period;
import sctb.core.plan.Agency;
import sctb.core.plan.Succession;
import sctb.core.plan.Successions;
import sctb.core.plan.Task;
import sctb.core.progress.IndicatorReports;
import sctb.core.text.Language;
import sctb.core.text.NumberFormats;
import sctb.render.site.model.AgencyLink;
import sctb.render.site.model.AgencyPage;
import sctb.render.site.model.IndicatorLink;
import sctb.render.site.model.PageKind;
import sctb.render.site.model.TaskHistory;
import sctb.render.site.model.TaskLink;

/** Builds an agency's page in one language. */
final class AgencyPages {
  private AgencyPages() {}

  static AgencyPage of(PageParts parts, Agency agency) {
    SiteSource source = parts.source;
    String path = parts.files.agency(parts.lang, agency.id());
    List<AgencyLink> predecessors = new ArrayList<>();
    for (Agency other : source.plan().agencies()) {
      Succession s = other.succession();
      if (s == null || other.id().equals(agency.id())) {
        continue;
      }
      List<String> moved = source.plan().inTaskOrder(s.byTask().entrySet().stream()
          .filter(e -> e.getValue().equals(agency.id())).map(Map.Entry::getKey).toList());
      boolean wholly = agency.id().equals(s.successor());
      if (wholly || !moved.isEmpty()) {
        predecessors.add(parts.agency(path, other.id(), NumberFormats.dmy(s.from()), wholly ? List.of() : moved));
      }
    }
    List<AgencyLink> successors = new ArrayList<>();
    if (agency.succession() != null) {
      Succession s = agency.succession();
      Map<String, List<String>> elsewhere = new LinkedHashMap<>();
      source.plan().inTaskOrder(s.byTask().keySet()).stream()
          .filter(task -> !s.byTask().get(task).equals(s.successor()))
          .forEach(task -> elsewhere.computeIfAbsent(s.byTask().get(task), k -> new ArrayList<>()).add(task));
      if (s.replacesAgency()) {
        successors.add(parts.agency(path, s.successor(), NumberFormats.dmy(s.from()), List.of()));
      }
      elsewhere.forEach((to, tasks) -> successors.add(parts.agency(path, to, NumberFormats.dmy(s.from()), tasks)));
    }
    List<TaskHistory> tasks = new ArrayList<>();
    List<TaskLink> partnerTasks = new ArrayList<>();
    source.plan().tasks().forEach(t -> {
      if (carried(parts, agency.id(), t)) {
        tasks.add(parts.history(path, t));
      } else if (t.partners().contains(agency.id())) {
        partnerTasks.add(parts.task(path, t));
      }
    });
    return new AgencyPage(parts.frame(path, PageKind.AGENCY),
        new AgencyPage.Agency(agency.id(), agency.name().in(parts.lang), agency.note().in(parts.lang)), predecessors,
        successors, parts.periods(path), tasks, partnerTasks, parts.reporting(path, agency.id()),
        indicators(parts, path, agency.id()));
  }

  /** Whether {@code agency} leads {@code task} in the plan or carried it at one of the site's periods (after a succession). */
  private static boolean carried(PageParts parts, String agency, Task task) {
    if (task.lead().equals(agency)) {
      return true;
    }
    for (Period p : parts.source.periods()) {
      if (Successions.responsibleFor(parts.source.plan(), task, parts.source.plan().reporting().dueDate(p)).equals(agency)) {
        return true;
      }
    }
    return false;
  }

  /** The indicators and task outputs the agency sent data for, linked to their page (a task output: its task's). */
  private static List<IndicatorLink> indicators(PageParts parts, String path, String agency) {
    Language lang = parts.lang;
    List<IndicatorLink> out = new ArrayList<>();
    for (IndicatorReports r : parts.source.indicatorReports().getOrDefault(agency, List.of())) {
      List<String> periods = r.periods().stream().map(Period::toString).toList();
      var indicator = parts.source.plan().indicator(r.indicator());
      var output = parts.source.plan().outputs().get(r.indicator());
      if (indicator.isPresent()) {
        out.add(new IndicatorLink(r.indicator(), indicator.get().name().in(lang),
            SiteFiles.link(path, parts.files.indicator(lang, r.indicator())), periods));
      } else if (output != null) {
        out.add(new IndicatorLink(r.indicator(), output.name().in(lang), SiteFiles.link(path, parts.files.task(lang, output.taskId())),
            periods));
      } else {
        out.add(new IndicatorLink(r.indicator(), r.indicator(), "", periods));
      }
    }
    return out;
  }
}
