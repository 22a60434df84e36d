package sctb.render.site.model;

import java.util.List;
import sctb.render.report.model.CompiledText;
import sctb.render.report.model.FigureView;
import sctb.render.report.model.TaskView;

/**
 * A task over the whole plan: what the plan says (text, group, lead and partners, years, the
 * indicators counting it), how every period's report found it with every agency's results, difficulties
 * and proposals, and the quantities the plan names in it ({@code outputs}) in every period.
 */
public record TaskPage(PageFrame frame, Task task, List<TaskAt> history, List<OutputHistory> outputs) {

  public TaskPage {
    history = List.copyOf(history);
    outputs = List.copyOf(outputs);
  }

  /**
   * The task as the plan states it: id, short title, the annex's full words, its group (with the link
   * to it on the statuses page), the lead agency and partners (and the annex's words for them), its
   * years, and the indicators that count it.
   */
  public record Task(String id, String title, String text, String group, String groupTitle, String groupHref, AgencyLink lead,
      String leadText, List<AgencyLink> partners, String partnersText, String from, String to, List<IndicatorLink> indicators) {

    public Task {
      partners = List.copyOf(partners);
      indicators = List.copyOf(indicators);
    }
  }

  /**
   * The task in one period: whether it was due (its years include the period), the agency responsible,
   * the report's view of it (status, progress, every agency's row) and the difficulties and proposals
   * written on it.
   */
  public record TaskAt(PeriodLink period, boolean due, AgencyLink responsible, TaskView at, List<CompiledText> difficulties,
      List<CompiledText> proposals) {

    public TaskAt {
      difficulties = List.copyOf(difficulties);
      proposals = List.copyOf(proposals);
    }
  }

  /** A quantity the task names (IV.2's enterprises): its name, target with unit, and its figure in every period. */
  public record OutputHistory(String id, String name, String target, List<OutputAt> periods) {

    public OutputHistory {
      periods = List.copyOf(periods);
    }
  }

  /** The quantity's figure in one period (read flat: {@code value}, {@code status}…). */
  public record OutputAt(PeriodLink period, FigureView figure) {}
}
