package sctb.render.collect.model;

import java.util.List;
import sctb.core.text.Language;
import sctb.render.report.model.DocView;
import sctb.render.report.model.PeriodView;
import sctb.render.report.model.PlanView;

/**
 * The data model of a reminder letter (công văn đôn đốc, docs/collection.md lists each name): the plan,
 * its legal basis, the signing date ({@code doc}, blank unless given), the period, today, the due date,
 * the day to send by and whether the due date is past, the agencies it goes to — one, or several with a
 * table ({@code combined}) — with what each still owes (a report split between successors is one item
 * each), the agencies written to (each once), how many agencies must report to the Department, how many
 * sent, how many reports the letter is about and how many are still owed in all (more when the officer chose
 * some agencies), and whom to call.
 */
public record ReminderView(
    Language lang,
    PlanView plan,
    BasisView basis,
    DocView doc,
    PeriodView period,
    String today,
    String due,
    String sendBy,
    boolean pastDue,
    boolean combined,
    List<ReminderItem> agencies,
    List<AgencyView> addressees,
    String expectedCount,
    String sentCount,
    String owingCount,
    String owingTotal,
    ContactView contact) {

  public ReminderView {
    agencies = List.copyOf(agencies);
    addressees = List.copyOf(addressees);
  }
}
