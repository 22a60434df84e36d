package sctb.render.collect.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import sctb.core.collect.Addressee;
import sctb.core.collect.AgencyIntake;
import sctb.core.collect.CollectionStatus;
import sctb.core.collect.Deadlines;
import sctb.core.collect.FileIntake;
import sctb.core.collect.IntakeState;
import sctb.core.diag.Diagnostic;
import sctb.core.period.Period;
import sctb.core.plan.Agency;
import sctb.core.plan.Plan;
import sctb.core.plan.PlanInfo;
import sctb.core.plan.ReportingRule;
import sctb.core.plan.TaskOutput;
import sctb.core.progress.IndicatorDuty;
import sctb.core.progress.MissingRow;
import sctb.core.text.Language;
import sctb.i18n.Messages;
import sctb.render.report.model.DocView;
import sctb.core.text.NumberFormats;
import sctb.render.report.model.PeriodView;
import sctb.render.report.model.PlanView;

/**
 * Builds the feedback and reminder models from where collection stands, in one language: names from the
 * plan, problems worded and placed as the clerk finds them, dates as Vietnamese documents write them,
 * the day to send by from the plan's rule ({@link Deadlines}) unless the officer gives one.
 */
public final class CollectViews {
  private final CollectionStatus status;
  private final Language lang;
  private final Messages messages;
  private final LocalDate sendBy;

  /** {@code sendBy}: the day agencies are asked to send by; null for the plan's rule. */
  public CollectViews(CollectionStatus status, Language lang, LocalDate sendBy) {
    this.status = status;
    this.lang = lang;
    this.messages = Messages.of(lang).withPlan(status.plan());
    this.sendBy = sendBy != null ? sendBy
        : Deadlines.sendBy(status.dueDate(), status.today(), status.plan().reporting().resendDays());
  }

  /**
   * The feedback to {@code to} on its part of a report, dated today: for the general successor the report's
   * files, indicator rows, and the problems and tasks owed that are its part; for the successor of a task
   * split off, the task it now owes and the problems on the rows about it — it sent no file of its own.
   */
  public FeedbackView feedback(Addressee to) {
    AgencyIntake a = to.report();
    List<ProblemView> problems = ProblemGroups.of(to.problems()).stream().map(this::problem).toList();
    return new FeedbackView(lang, plan(), DocView.of(status.today()), period(), agencyAs(to.agency(), a.agency()),
        to.state(), NumberFormats.dmy(a.receivedOn()), a.timeliness(),
        to.general() ? a.files().stream().sorted(SENT_ORDER).map(this::file).toList() : List.of(),
        problems.stream().filter(p -> p.severity() == sctb.core.diag.Severity.ERROR).toList(),
        problems.stream().filter(p -> p.severity() != sctb.core.diag.Severity.ERROR).toList(),
        Long.toString(to.errors()), Long.toString(to.warnings()),
        tasks(to.tasks()), others(to), rows(to.general() ? a.indicators() : IndicatorDuty.NONE), NumberFormats.dmy(sendBy),
        contact());
  }

  /** Files in the order they were sent (a correction after the first report), undated last, then by name. */
  private static final java.util.Comparator<FileIntake> SENT_ORDER = java.util.Comparator.comparing(FileIntake::submittedOn,
      java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())).thenComparing(FileIntake::file);

  /** For the general successor of a split report, the other successors' parts that still owe a task; else none. */
  private List<OtherPart> others(Addressee to) {
    if (!to.general()) {
      return List.of();
    }
    return Addressee.all(status.plan(), to.report(), status.today()).stream().filter(x -> !x.general() && !x.tasks().isEmpty())
        .map(x -> new OtherPart(agencyAs(x.agency(), x.agency()), tasks(x.tasks()), Long.toString(x.errors()))).toList();
  }

  /**
   * A reminder to {@code to}: one letter to each when alone, one to all with a table when {@code combined}.
   * The counts leave out the recipient of reports (the Department does not report to itself); an agency
   * named for two reports (the successor of two former departments) is addressed once.
   */
  public ReminderView reminder(List<Addressee> to, boolean combined, LocalDate signed) {
    String recipient = status.plan().reporting().recipient();
    List<AgencyIntake> expected = status.expected().stream().filter(a -> !a.agency().equals(recipient)).toList();
    long sent = expected.stream().filter(a -> a.state() != IntakeState.NOT_RECEIVED).count();
    long owing = to.stream().map(Addressee::report).distinct().count();
    long owingTotal = status.owing().stream().filter(a -> !a.agency().equals(recipient)).count();
    List<AgencyView> addressees = to.stream().map(Addressee::agency).distinct().map(id -> agencyAs(id, id)).toList();
    return new ReminderView(lang, plan(), basis(), DocView.of(signed), period(), NumberFormats.dmy(status.today()),
        NumberFormats.dmy(status.dueDate()), NumberFormats.dmy(sendBy), status.daysToDue() < 0, combined,
        to.stream().map(this::item).toList(), addressees, Integer.toString(expected.size()), Long.toString(sent),
        Long.toString(owing), Long.toString(Math.max(owing, owingTotal)), contact());
  }

  /** A part of a report for its addressee: the general successor's is all but the tasks gone to others. */
  private ReminderItem item(Addressee to) {
    AgencyIntake a = to.report();
    return new ReminderItem(agencyAs(to.agency(), a.agency()), to.state(), NumberFormats.dmy(a.receivedOn()),
        tasks(to.tasks()), rows(to.general() ? a.indicators() : IndicatorDuty.NONE),
        Long.toString(to.errors()));
  }

  private PlanView plan() {
    PlanInfo info = status.plan().info();
    PlanInfo.Decision decision = info.implementsDecision();
    return new PlanView(info.title().in(lang), info.shortTitle().in(lang), decision == null ? "" : decision.number());
  }

  private BasisView basis() {
    Plan plan = status.plan();
    PlanInfo.Issued issued = plan.info().issued();
    return new BasisView(issued.number(), NumberFormats.dmy(issued.date()), plan.info().issuer().in(lang),
        plan.reporting().text().in(lang));
  }

  private PeriodView period() {
    Period p = status.period();
    // feedback and letters are about collecting a period, not about its figures: never a provisional report
    return new PeriodView(p.toString(), Integer.toString(p.year()), Integer.toString(p.half()), NumberFormats.dmy(p.start()),
        NumberFormats.dmy(p.end()), NumberFormats.dmy(status.dueDate()), false, "");
  }

  /** {@code to}, written to about the report of {@code reportOf} (named when another body's). */
  private AgencyView agencyAs(String to, String reportOf) {
    Agency a = status.plan().agency(to).orElse(null);
    String whose = to.equals(reportOf) ? "" : status.plan().agency(reportOf).map(x -> x.name().in(lang)).orElse(reportOf);
    return a == null ? new AgencyView(to, to, "", whose) : new AgencyView(to, a.name().in(lang), a.kind(), whose);
  }

  private FileView file(FileIntake f) {
    return new FileView(name(f.file()), NumberFormats.dmy(f.submittedOn()), f.rows() > f.rejectedRows(), Integer.toString(f.rows()),
        Integer.toString(f.rejectedRows()), Integer.toString(f.otherPeriodRows()), Long.toString(f.errors()),
        Long.toString(f.warnings()), f.copies().stream().map(CollectViews::name).toList());
  }

  /** A problem, or the same one on several rows: its first place, then how many other rows have it. */
  private ProblemView problem(ProblemGroups.Group g) {
    Diagnostic d = g.first();
    String fix = "fix." + d.code().id();
    String place = messages.where(d.location());
    if (g.more() > 0) {
      place = g.counted() ? messages.get("collect.same-problem-more", place, Integer.toString(g.more()))
          : messages.get("collect.same-problem-rows", place, Integer.toString(g.more()), Integer.toString(g.lastLine()));
    }
    String own = d.location().file();
    Diagnostic worded = d.withArgs(d.args().stream().map(a -> asTheClerkKnowsIt(a, own)).toList());
    return new ProblemView(name(own), place, messages.diagnostic(worded), messages.has(fix) ? messages.get(fix) : "",
        d.severity(), d.code());
  }

  /** A file a problem names besides its own (the row it repeats, the row correcting it): a path in the workspace. */
  private static final java.util.regex.Pattern FILE_ARG = java.util.regex.Pattern.compile("(?i).+/[^/]+\\.(csv|xlsx|xlsm)");

  /**
   * A file named in a problem as the agency's clerk knows it, not by the officer's folders: its name when it is in
   * the folder of the file the problem is in ({@code own}), else with its period's folder ("2026H1/VCCI-nhiem-vu.csv",
   * beside this period's file of the same name); any other argument as it is.
   */
  static String asTheClerkKnowsIt(String arg, String own) {
    if (!FILE_ARG.matcher(arg).matches()) {
      return arg;
    }
    String folder = arg.substring(0, arg.lastIndexOf('/'));
    String ownFolder = own == null || own.lastIndexOf('/') < 0 ? "" : own.substring(0, own.lastIndexOf('/'));
    return folder.equals(ownFolder) ? name(arg) : arg.substring(folder.lastIndexOf('/') + 1);
  }

  private List<TaskRef> tasks(List<String> ids) {
    return ids.stream().map(id -> new TaskRef(id, status.plan().task(id).map(t -> t.title().in(lang)).orElse(""))).toList();
  }

  private RowsView rows(IndicatorDuty d) {
    return new RowsView(Integer.toString(d.expected()), Integer.toString(d.previous()), Integer.toString(d.fromPlan()), Integer.toString(d.received()),
        Integer.toString(d.missing()), Integer.toString(d.added()), missingRows(d.named()), Integer.toString(d.unnamed()));
  }

  /**
   * The rows named, one item per indicator and sector (they come in that order); a row the plan asks for is
   * an item of its own (its previous report had nothing of that indicator and sector).
   */
  private List<MissingRowView> missingRows(List<MissingRow> named) {
    Plan plan = status.plan();
    List<MissingRowView> out = new java.util.ArrayList<>();
    for (int from = 0, to; from < named.size(); from = to) {
      MissingRow first = named.get(from);
      to = from;
      while (to < named.size() && named.get(to).indicator().equals(first.indicator())
          && named.get(to).sector().equals(first.sector())) {
        to++;
      }
      out.add(new MissingRowView(first.indicator(), plan.reportedName(first.indicator()).map(n -> n.in(lang)).orElse(""),
          Optional.ofNullable(plan.outputs().get(first.indicator())).map(TaskOutput::taskId).orElse(""), first.sector(), plan.sector(first.sector()).map(s -> s.name().in(lang)).orElse(""),
          named.subList(from, to).stream().map(MissingRow::entity).toList(), first.fromPlan()));
    }
    return out;
  }

  private ContactView contact() {
    ReportingRule.Contact c = status.plan().reporting().contact();
    return new ContactView(c.known(), c.name(), c.unit().in(lang), c.phone(), c.email());
  }

  /** A file as the clerk saved it: its name without the folders it was filed in. */
  private static String name(String file) {
    return file == null ? "" : file.substring(file.lastIndexOf('/') + 1);
  }
}
