package sctb.render.site;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import sctb.core.period.Period;
import sctb.core.plan.Task;
import sctb.core.progress.AgencyReporting;
import sctb.core.progress.ReportState;
import sctb.core.progress.TaskProgress;
import sctb.core.text.Language;
import sctb.core.text.NumberFormats;
import sctb.render.report.model.PlanNames;
import sctb.render.report.model.ReportView;
import sctb.render.report.model.ReportingView;
import sctb.render.report.model.TaskState;
import sctb.render.report.model.TaskView;
import sctb.render.site.model.AgencyLink;
import sctb.render.site.model.PageFrame;
import sctb.render.site.model.PageKind;
import sctb.render.site.model.PeriodLink;
import sctb.render.site.model.ReportingCell;
import sctb.render.site.model.ReportingState;
import sctb.render.site.model.StateCount;
import sctb.render.site.model.StatusCell;
import sctb.render.site.model.TaskHistory;
import sctb.render.site.model.TaskLink;

/**
 * What several pages of one language share, built the same way everywhere: the frame, links to
 * periods, agencies and tasks, a task's status in every period, an agency's reporting in every period
 * (read from {@link sctb.core.progress.ReportingHistory} here and nowhere else), and status counts.
 */
final class PageParts {
  final SiteSource source;
  final Language lang;
  final PlanNames names;
  final SiteFiles files;
  /** Per period, each task's view in that period's report. */
  private final List<Map<String, TaskView>> taskViews = new ArrayList<>();
  /** Per period, each task's progress in that period's report. */
  private final List<Map<String, TaskProgress>> taskProgress = new ArrayList<>();

  PageParts(SiteSource source, Language lang) {
    this.source = source;
    this.lang = lang;
    this.names = new PlanNames(source.plan(), lang);
    this.files = source.files();
    for (int i = 0; i < source.periods().size(); i++) {
      Map<String, TaskView> views = new HashMap<>();
      source.view(lang, i).groups().forEach(g -> g.tasks().forEach(t -> views.put(t.id(), t)));
      taskViews.add(views);
      Map<String, TaskProgress> progress = new HashMap<>();
      source.report(i).tasks().forEach(t -> progress.put(t.task().id(), t));
      taskProgress.add(progress);
    }
  }

  /** The frame of the page at {@code path}. */
  PageFrame frame(String path, PageKind kind) {
    ReportView last = source.view(lang, source.last());
    Language other = lang == Language.VI ? Language.EN : Language.VI;
    return new PageFrame(lang, last.plan(), last.rules(), last.method(), last.period(), source.periods().get(0).toString(), kind,
        new PageFrame.Links(SiteFiles.link(path, files.home(lang)), SiteFiles.link(path, files.statuses(lang)),
            SiteFiles.link(path, SiteFiles.CSS), SiteFiles.link(path, SiteFiles.inLanguage(path, lang, other)), other));
  }

  PeriodLink period(String from, int i) {
    Period p = source.periods().get(i);
    return new PeriodLink(p.toString(), SiteFiles.link(from, files.report(lang, p)));
  }

  List<PeriodLink> periods(String from) {
    List<PeriodLink> out = new ArrayList<>();
    for (int i = 0; i < source.periods().size(); i++) {
      out.add(period(from, i));
    }
    return out;
  }

  /** An agency of the plan with a link to its page; an unknown code by itself, without a link. */
  AgencyLink agency(String from, String id) {
    return agency(from, id, "", List.of());
  }

  AgencyLink agency(String from, String id, String since, List<String> tasks) {
    boolean known = source.plan().agency(id).isPresent();
    return new AgencyLink(id, names.agency(id), known ? SiteFiles.link(from, files.agency(lang, id)) : "", since, tasks);
  }

  TaskLink task(String from, Task t) {
    return new TaskLink(t.id(), t.title().in(lang), SiteFiles.link(from, files.task(lang, t.id())));
  }

  /** How the last period's report shows a task. */
  TaskView latest(Task t) {
    return taskViews.get(source.last()).get(t.id());
  }

  TaskView view(Task t, int period) {
    return taskViews.get(period).get(t.id());
  }

  TaskProgress progress(Task t, int period) {
    return taskProgress.get(period).get(t.id());
  }

  /** A task in every period, as each period's report found it. */
  TaskHistory history(String from, Task t) {
    List<StatusCell> cells = new ArrayList<>();
    for (int i = 0; i < source.periods().size(); i++) {
      TaskView v = view(t, i);
      cells.add(new StatusCell(source.periods().get(i).toString(), v.status(), v.reportedForPeriod(), v.asOf(), v.progress(),
          t.period().contains(source.periods().get(i).year()), v.leadId()));
    }
    return new TaskHistory(task(from, t), latest(t), cells);
  }

  /** An agency's reporting in every period, with its completeness as that period's report shows it. */
  List<ReportingCell> reporting(String from, String agency) {
    List<ReportingCell> cells = new ArrayList<>();
    for (int i = 0; i < source.periods().size(); i++) {
      Optional<AgencyReporting> a = source.reporting().at(agency, i);
      Optional<ReportingView.AgencyRow> row = source.view(lang, i).reporting().agencies().stream()
          .filter(r -> r.id().equals(agency)).findFirst();
      cells.add(new ReportingCell(period(from, i), a.map(r -> state(r.state())).orElse(ReportingState.NOT_DUE),
          a.map(r -> NumberFormats.dmy(r.submittedOn())).orElse(""), a.map(AgencyReporting::reportedBy).orElse(List.of()), row));
    }
    return cells;
  }

  private static ReportingState state(ReportState s) {
    return switch (s) {
      case ON_TIME -> ReportingState.ON_TIME;
      case LATE -> ReportingState.LATE;
      case UNDATED -> ReportingState.UNDATED;
      case MISSING -> ReportingState.MISSING;
      case UNEXPECTED -> ReportingState.UNEXPECTED;
    };
  }

  /** How many of {@code tasks} are in each status at the last period, every status listed (done first, never reported last). */
  static List<StateCount> counts(List<TaskHistory> tasks) {
    Map<TaskState, Integer> counts = new EnumMap<>(TaskState.class);
    for (TaskState s : ORDER) {
      counts.put(s, 0);
    }
    tasks.forEach(t -> counts.merge(t.latest().status(), 1, Integer::sum));
    return ORDER.stream().map(s -> new StateCount(s, Integer.toString(counts.get(s)))).toList();
  }

  /** Statuses from delivered to not reported. */
  static final List<TaskState> ORDER = List.of(TaskState.DONE, TaskState.ONGOING, TaskState.IN_PROGRESS, TaskState.DELAYED,
      TaskState.NOT_STARTED, TaskState.NONE);
}
