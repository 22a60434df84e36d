package sctb.core.template;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import sctb.core.period.Period;
import sctb.core.plan.IndicatorKind;
import sctb.core.plan.PlannedRow;
import sctb.core.plan.PlannedRows;
import sctb.core.plan.Plan;
import sctb.core.plan.Retirements;
import sctb.core.plan.Successions;
import sctb.core.plan.Task;
import sctb.core.progress.Sources;
import sctb.core.register.Register;
import sctb.core.register.RegisterEntry;
import sctb.core.submission.Column;
import sctb.core.submission.FileKind;
import sctb.core.submission.IndicatorRow;
import sctb.core.text.DayMonthYear;

/**
 * The rows of the CSV an agency fills in for a period (docs/submissions.md, "Template"), under the
 * Vietnamese headers a clerk expects ({@link Column#header()}).
 * Tasks: every task the agency carries at the period's due date (successions followed) and whose
 * years include the period's, id and Vietnamese title filled, status blank. Indicators: the rows the
 * agency reported in its latest earlier period (same indicator, sector, entity, unit; numbers blank;
 * an entity the register holds by its id and official name, one it says had closed left out), then
 * what the plan asks that those rows do not cover (all of it when the agency never reported; {@link PlannedRows}).
 * Register: its entries, then every entity the agency's rows (all rows, for the recipient) named up
 * to the period that it does not hold, id blank, for the department to complete. Indicators, sectors
 * and kinds are written by their Vietnamese names, which read back as the plan's ids.
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
  public static List<List<String>> indicators(Plan plan, Register register, String agency, Period period,
      List<IndicatorRow> history) {
    LocalDate due = plan.reporting().dueDate(period);
    List<List<String>> rows = new ArrayList<>();
    rows.add(header(FileKind.INDICATORS));
    Optional<Period> latest = history.stream()
        .filter(r -> r.period().compareTo(period) < 0 && !r.period().isYear())
        .filter(r -> Successions.follow(plan, r.agency(), null, due).equals(agency))
        .map(IndicatorRow::period)
        .max(Comparator.naturalOrder());
    Set<String> covered = new LinkedHashSet<>(); // indicator|sector the carried rows already ask for
    if (latest.isPresent()) {
      Set<String> seen = new LinkedHashSet<>();
      history.stream()
          .filter(r -> r.period().equals(latest.get()) && Successions.follow(plan, r.agency(), null, due).equals(agency))
          .filter(r -> plan.indicator(r.indicator()).filter(i -> Retirements.retiredIn(plan, i, period)).isEmpty())
          .filter(r -> seen.add(r.indicator() + "|" + r.sector() + "|" + r.entityKey()))
          .forEach(r -> {
            covered.add(r.indicator() + "|" + r.sector());
            Optional<RegisterEntry> entry = register.byKey(r.entityKey());
            if (entry.isPresent() && entry.get().closedBefore(period)) {
              return; // closed: nothing more to report
            }
            rows.add(indicatorRow(plan, period, agency, r.indicator(), r.sector(), entry.map(RegisterEntry::id).orElse(r.entityId()),
                entry.map(RegisterEntry::name).orElse(r.entity()), r.unit()));
          });
    }
    // What the plan asks of the agency that its last report did not cover: everything when it never
    // reported, an indicator, sector or task output the plan added (or the agency took over) since.
    for (PlannedRow expected : PlannedRows.of(plan, period, agency)) {
      if (!covered.contains(expected.indicator() + "|" + expected.sector())) {
        rows.add(indicatorRow(plan, period, agency, expected.indicator(), expected.sector(), "", "", expected.unit().vi()));
      }
    }
    return rows;
  }

  /**
   * Header, the register's entries, then the entities named in {@code history} up to {@code period}
   * (by the agency, or by anyone for the reporting recipient) that the register does not hold: the
   * latest spelling, the kind the indicator counts, the sector of a reduction row, id blank.
   */
  public static List<List<String>> register(Plan plan, Register register, String agency, Period period,
      List<IndicatorRow> history) {
    LocalDate due = plan.reporting().dueDate(period);
    boolean everyone = agency.equals(plan.reporting().recipient());
    List<List<String>> rows = new ArrayList<>();
    rows.add(header(FileKind.REGISTER));
    for (RegisterEntry e : register.entries()) {
      rows.add(List.of(e.id(), e.kind().label(), sectorName(plan, e.sector()), e.name(), String.join("; ", e.otherNames()),
          e.district(), e.commune(), DayMonthYear.of(e.openedOn()), DayMonthYear.of(e.closedOn()), ""));
    }
    Map<String, IndicatorRow> unheld = new TreeMap<>();
    for (IndicatorRow r : history) {
      boolean mine = everyone || Successions.follow(plan, r.agency(), null, due).equals(agency);
      if (!mine || r.aggregate() || r.period().compareTo(period) > 0 || register.byKey(r.entityKey()).isPresent()
          || r.entity().isBlank()) {
        continue;
      }
      unheld.merge(r.entityKey(), r, (a, b) -> Sources.INDICATOR_ROW.compare(a, b) >= 0 ? a : b);
    }
    for (IndicatorRow r : unheld.values()) {
      String kind = plan.indicators().stream().filter(i -> i.id().equals(r.indicator())).findFirst()
          .map(i -> i.registerKind() == null ? "" : i.registerKind().label()).orElse("");
      boolean reduction = plan.indicators().stream().anyMatch(i -> i.id().equals(r.indicator())
          && i.kind() == IndicatorKind.REDUCTION);
      rows.add(List.of(r.entityId(), kind, reduction ? sectorName(plan, r.sector()) : "", r.entity().strip(), "", "", "", "", "", ""));
    }
    return rows;
  }

  /** A sector as the plan names it in Vietnamese; "" for none. */
  private static String sectorName(Plan plan, String sector) {
    return sector.isEmpty() ? "" : plan.sector(sector).map(s -> s.name().vi()).orElse(sector);
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
      String entityId, String entity, String unit) {
    String indicatorName = plan.reportedName(indicator).map(n -> n.vi()).orElse(indicator);
    return List.of(period.toString(), agency, indicatorName, sectorName(plan, sector), entityId, entity, "", "", unit, "", "");
  }
}
