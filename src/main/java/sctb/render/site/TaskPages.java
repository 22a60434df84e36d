package sctb.render.site;

import java.util.ArrayList;
import java.util.List;
import sctb.core.plan.Task;
import sctb.core.plan.TaskGroup;
import sctb.core.plan.TaskOutput;
import sctb.core.progress.OutputProgress;
import sctb.render.report.model.CompiledText;
import sctb.core.text.NumberFormats;
import sctb.render.report.model.ReportViews;
import sctb.render.report.model.TaskView;
import sctb.render.site.model.IndicatorLink;
import sctb.render.site.model.PageKind;
import sctb.render.site.model.TaskPage;

/** Builds a task's page in one language. */
final class TaskPages {
  private TaskPages() {}

  static TaskPage of(PageParts parts, Task task) {
    SiteSource source = parts.source;
    String path = parts.files.task(parts.lang, task.id());
    TaskGroup group = source.plan().groups().stream().filter(g -> g.id().equals(task.groupId())).findFirst().orElseThrow();
    List<IndicatorLink> indicators = source.plan().indicators().stream().filter(i -> i.tasks().contains(task.id()) && source.tracked(i.id()))
        .map(i -> new IndicatorLink(i.id(), i.name().in(parts.lang), SiteFiles.link(path, parts.files.indicator(parts.lang, i.id())),
            List.of()))
        .toList();
    TaskPage.Task info = new TaskPage.Task(task.id(), task.title().in(parts.lang), task.text(), group.id(), group.title().in(parts.lang),
        SiteFiles.link(path, parts.files.statuses(parts.lang) + "#" + StatusPages.anchor(group)), parts.agency(path, task.lead()),
        task.leadText(), task.partners().stream().map(p -> parts.agency(path, p)).toList(), task.partnersText(),
        Integer.toString(task.period().from()), Integer.toString(task.period().to()), indicators);
    List<TaskPage.TaskAt> history = new ArrayList<>();
    for (int i = 0; i < source.periods().size(); i++) {
      TaskView at = parts.view(task, i);
      history.add(new TaskPage.TaskAt(parts.period(path, i), task.period().contains(source.periods().get(i).year()),
          parts.agency(path, at.leadId()), at, onTask(source.view(parts.lang, i).difficulties(), task),
          onTask(source.view(parts.lang, i).proposals(), task)));
    }
    List<TaskPage.OutputHistory> outputs = new ArrayList<>();
    NumberFormats nf = NumberFormats.of(parts.lang);
    for (TaskOutput output : task.outputs()) {
      List<TaskPage.OutputAt> periods = new ArrayList<>();
      for (int i = 0; i < source.periods().size(); i++) {
        OutputProgress progress = source.report(i).outputs().stream().filter(o -> o.output().id().equals(output.id())).findFirst()
            .orElseThrow();
        periods.add(new TaskPage.OutputAt(parts.period(path, i), ReportViews.output(progress, source.report(i), parts.lang)));
      }
      String unit = output.unitFor(output.target(), parts.lang);
      String target = nf.plain(output.target(), 2) + (unit.isEmpty() ? "" : " " + unit);
      outputs.add(new TaskPage.OutputHistory(output.id(), output.name().in(parts.lang), target, periods));
    }
    return new TaskPage(parts.frame(path, PageKind.TASK), info, history, outputs);
  }

  /** The texts written on {@code task}, each with only the agencies that wrote it there. */
  private static List<CompiledText> onTask(List<CompiledText> texts, Task task) {
    List<CompiledText> out = new ArrayList<>();
    for (CompiledText text : texts) {
      List<CompiledText.TextSource> here = text.sources().stream().filter(s -> s.task().equals(task.id())).toList();
      if (!here.isEmpty()) {
        out.add(new CompiledText(text.text(), here));
      }
    }
    return out;
  }
}
