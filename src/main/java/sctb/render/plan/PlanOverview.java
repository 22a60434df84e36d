package sctb.render.plan;

import sctb.core.text.DayMonthYear;
import sctb.core.plan.Retirements;
import java.math.BigDecimal;
import java.util.Map;
import sctb.core.plan.Agency;
import sctb.core.plan.Indicator;
import sctb.core.plan.Plan;
import sctb.core.plan.Target;
import sctb.core.plan.Task;
import sctb.core.plan.TaskGroup;
import sctb.core.text.Language;
import sctb.i18n.Messages;
import sctb.core.text.NumberFormats;

/** The plan as a terminal overview ({@code sctb plan}): groups, tasks and leads, indicators and targets. */
public final class PlanOverview {
  private PlanOverview() {}

  public static String render(Plan plan, Messages messages) {
    Language lang = messages.language();
    StringBuilder out = new StringBuilder();
    out.append(plan.info().title().in(lang)).append('\n');
    out.append(messages.get("plan.issuer", plan.info().issuer().in(lang), plan.info().implementsDecision().number(),
        NumberFormats.dmy(plan.info().implementsDecision().date()))).append('\n');
    out.append(messages.get("plan.counts", plan.groups().size(), plan.tasks().count(), plan.agencies().size(),
        plan.indicators().size())).append("\n\n");
    out.append(messages.get("plan.groups-heading")).append('\n');
    for (TaskGroup g : plan.groups()) {
      out.append(String.format("%-5s %s (%d)%n", g.id(), g.title().in(lang), g.tasks().size()));
      for (Task t : g.tasks()) {
        out.append(String.format("  %-7s %-12s %s%n", t.id(), t.lead(), t.title().in(lang)));
      }
    }
    out.append('\n').append(messages.get("plan.indicators-heading")).append('\n');
    for (Indicator i : plan.indicators()) {
      out.append(String.format("%-22s %-9s %s%n", i.id(), i.kind().id(), i.name().in(lang)));
      for (Target t : i.targets()) {
        String goal = t.isQualitative() ? t.note().in(lang) : range(t.min(), t.stretch()) + " " + i.unit();
        out.append(String.format("  %d (%s %d): %s%n", t.year(), messages.get("plan.baseline"), t.baseline(), goal));
        if (!t.sectors().isEmpty()) {
          out.append("    ").append(String.join(", ", t.sectors())).append('\n');
        }
      }
      if (i.isRetired()) {
        out.append("  ").append(messages.get("plan.retired", Retirements.firstPeriod(plan, i).orElseThrow(),
            DayMonthYear.of(i.retiredFrom()))).append('\n');
      }
    }
    out.append('\n').append(messages.get("plan.successions-heading")).append('\n');
    for (Agency a : plan.agencies()) {
      if (a.succession() != null) {
        StringBuilder split = new StringBuilder();
        Map<String, String> byTask = a.succession().byTask();
        plan.inTaskOrder(byTask.keySet()).forEach(task -> split.append(", ").append(task).append(" → ").append(byTask.get(task)));
        String successor = a.hasSuccessor() ? a.succession().successor() : "—"; // "—": only the tasks listed move
        out.append(String.format("  %-11s → %-8s %s%s%n", a.id(), successor, NumberFormats.dmy(a.succession().from()), split));
      }
    }
    return out.toString();
  }

  private static String range(BigDecimal min, BigDecimal stretch) {
    return stretch == null ? "≥ " + min.toPlainString() : min.toPlainString() + "–" + stretch.toPlainString();
  }
}
