package sctb.core.template;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import sctb.core.period.Period;
import sctb.core.plan.Indicator;
import sctb.core.plan.IndicatorKind;
import sctb.core.plan.Plan;
import sctb.core.plan.Successions;
import sctb.core.plan.Target;
import sctb.core.plan.Task;
import sctb.core.submission.Column;
import sctb.core.submission.FileKind;
import sctb.core.submission.IndicatorRow;
import sctb.core.text.Fold;

/**
 * The rows of the CSV an agency fills in for a period (docs/submissions.md, "Template"), under the
 * Vietnamese headers a clerk expects ({@link Column#header()}).
 * Tasks: every task the agency carries at the period's due date (successions followed) and whose
 * years include the period's, id and Vietnamese title filled, status blank. Indicators: the rows the
 * agency reported in its latest earlier period (same indicator, sector, entity, unit; numbers blank);
 * when it reported none: one row per output of its tasks, and for the plan's reporting recipient (the
 * SCT) one row per sector of each reduction indicator and one per share or count indicator. Indicators
 * and sectors are written by their Vietnamese names, which read back as the plan's ids.
 */
public final class TemplateRows {
  private TemplateRows() {}

  /** Header then one row per task. */
  public static List<List<String>> tasks(Plan plan, String agency, Period period) {
    LocalDate due = plan.reporting().dueDate(period);
    List<List<String>> rows = new ArrayList<>();
    rows.add(header(FileKind.TASKS));
    plan.tasks()
        .filter(t -> t.period() == null || t.period().contains(period.year()))
        .filter(t -> Successions.responsibleFor(plan, t, due).equals(agency))
        .forEach(t -> rows.add(taskRow(period, agency, t)));
    return rows;
  }

  /** Header then the indicator rows expected; {@code history} is every accepted row already submitted. */
  public static List<List<String>> indicators(Plan plan, String agency, Period period, List<IndicatorRow> history) {
    LocalDate due = plan.reporting().dueDate(period);
    List<List<String>> rows = new ArrayList<>();
    rows.add(header(FileKind.INDICATORS));
    Optional<Period> latest = history.stream()
        .filter(r -> r.period().compareTo(period) < 0 && !r.period().isYear())
        .filter(r -> Successions.follow(plan, r.agency(), null, due).equals(agency))
        .map(IndicatorRow::period)
        .max(Comparator.naturalOrder());
    if (latest.isPresent()) {
      Set<String> seen = new LinkedHashSet<>();
      history.stream()
          .filter(r -> r.period().equals(latest.get()) && Successions.follow(plan, r.agency(), null, due).equals(agency))
          .filter(r -> seen.add(r.indicator() + "|" + r.sector() + "|" + Fold.key(r.entity())))
          .forEach(r -> rows.add(indicatorRow(plan, period, agency, r.indicator(), r.sector(), r.entity(), r.unit())));
      return rows;
    }
    plan.tasks()
        .filter(t -> Successions.responsibleFor(plan, t, due).equals(agency))
        .flatMap(t -> t.outputs().stream())
        .forEach(o -> rows.add(indicatorRow(plan, period, agency, o.id(), "", "", o.unit().vi())));
    if (agency.equals(plan.reporting().recipient())) {
      for (Indicator i : plan.indicators()) {
        if (i.kind() == IndicatorKind.REDUCTION) {
          for (String sector : sectors(plan, i, period)) {
            String unit = plan.sector(sector).map(s -> s.intensityUnit().vi()).orElse("");
            rows.add(indicatorRow(plan, period, agency, i.id(), sector, "", unit));
          }
        } else if (i.kind() == IndicatorKind.SHARE || i.kind() == IndicatorKind.COUNT) {
          rows.add(indicatorRow(plan, period, agency, i.id(), "", "", ""));
        }
      }
    }
    return rows;
  }

  /** The sectors of the target whose phase holds the period's year (all targets' sectors otherwise). */
  private static Set<String> sectors(Plan plan, Indicator indicator, Period period) {
    Set<String> all = new LinkedHashSet<>();
    Optional<String> phase = plan.phaseOf(period.year()).map(p -> p.id());
    for (Target t : indicator.targets()) {
      if (phase.isEmpty() || t.phase().equals(phase.get())) {
        all.addAll(t.sectors());
      }
    }
    return all;
  }

  private static List<String> header(FileKind kind) {
    return kind.columns().stream().map(Column::header).toList();
  }

  private static List<String> taskRow(Period period, String agency, Task task) {
    List<String> row = new ArrayList<>(List.of(period.toString(), agency, task.id(), task.title().vi()));
    while (row.size() < FileKind.TASKS.columns().size()) {
      row.add("");
    }
    return row;
  }

  private static List<String> indicatorRow(Plan plan, Period period, String agency, String indicator, String sector,
      String entity, String unit) {
    String indicatorName = plan.reportedName(indicator).map(n -> n.vi()).orElse(indicator);
    String sectorName = sector.isEmpty() ? "" : plan.sector(sector).map(s -> s.name().vi()).orElse(sector);
    return List.of(period.toString(), agency, indicatorName, sectorName, entity, "", "", unit, "");
  }
}
