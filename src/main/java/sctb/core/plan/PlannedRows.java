package sctb.core.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import sctb.core.period.Period;
import sctb.core.text.Localized;

/**
 * The indicator rows the plan asks for in a period (docs/methodology.md §12, "rows the plan asks for"), at
 * least one row of each indicator and sector due, by the agency that carries it at the period's due date
 * (successions followed):
 * <ul>
 *   <li>each output of a task whose years contain the period's year: one count row, by whoever carries the task;</li>
 *   <li>each reduction, share or count indicator of section II.2 with a target due in the period: the plan names
 *       no lead for them, so the reporting recipient (the Department of Industry and Trade, which consolidates
 *       them) owes one row per sector of a reduction (establishment rows: at least one) and one row of a share
 *       or count (its summary row, or entity rows).</li>
 * </ul>
 * A target is due from its baseline year to its target year: the 2026–2030 reduction, measured against 2025, asks
 * for its new sectors' rows in 2025 already; a target whose year is over is no longer asked for (an agency that goes
 * on reporting it is still expected to by its previous report). Task-kind indicators come from task rows, not here;
 * an indicator an amendment no longer tracks in the period ({@link Retirements}) is not asked for.
 */
public final class PlannedRows {
  private PlannedRows() {}

  /** Every row the plan asks for in {@code period}, task outputs in task order, then indicators in plan order. */
  public static List<PlannedRow> of(Plan plan, Period period) {
    LocalDate due = plan.reporting().dueDate(period);
    int year = period.year();
    List<PlannedRow> rows = new ArrayList<>();
    plan.tasks().filter(t -> t.period().contains(year)).forEach(t -> {
      String agency = Successions.responsibleFor(plan, t, due);
      t.outputs().forEach(o -> rows.add(new PlannedRow(agency, o.id(), "", o.unit())));
    });
    String consolidator = Successions.follow(plan, plan.reporting().recipient(), null, due);
    for (Indicator i : plan.indicators()) {
      Set<String> sectors = new LinkedHashSet<>();
      boolean asked = false;
      for (Target t : i.targets()) {
        if (t.baseline() <= year && year <= t.year()) {
          asked = true;
          sectors.addAll(t.sectors());
        }
      }
      if (!asked || i.kind() == IndicatorKind.TASKS || Retirements.retiredIn(plan, i, period)) {
        continue;
      }
      if (i.kind() == IndicatorKind.REDUCTION) {
        sectors.forEach(s -> rows.add(new PlannedRow(consolidator, i.id(), s,
            plan.sector(s).map(Sector::intensityUnit).orElse(Localized.EMPTY))));
      } else {
        rows.add(new PlannedRow(consolidator, i.id(), "", Localized.EMPTY));
      }
    }
    return rows;
  }

  /** The rows {@link #of} asks of {@code agency}. */
  public static List<PlannedRow> of(Plan plan, Period period, String agency) {
    return of(plan, period).stream().filter(r -> r.agency().equals(agency)).toList();
  }
}
