package sctb.render.report.model;

import sctb.core.text.NumberFormats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Location;
import sctb.core.period.Period;
import sctb.core.plan.Indicator;
import sctb.core.plan.IndicatorKind;
import sctb.core.plan.Plan;
import sctb.core.plan.ProgressSettings;
import sctb.core.plan.Retirements;
import sctb.core.plan.Target;
import sctb.core.progress.AgencyReport;
import sctb.core.progress.CumulativeFall;
import sctb.core.progress.DataQuality;
import sctb.core.progress.Exclusion;
import sctb.core.progress.Figure;
import sctb.core.progress.FinalRevision;
import sctb.core.progress.LateSubmission;
import sctb.core.progress.GroupSummary;
import sctb.core.progress.IndicatorProgress;
import sctb.core.progress.DecimalMath;
import sctb.core.progress.Omission;
import sctb.core.progress.OmissionReason;
import sctb.core.progress.OtherPhaseVerdict;
import sctb.core.progress.Outcome;
import sctb.core.progress.OutputProgress;
import sctb.core.progress.PooledReduction;
import sctb.core.progress.PopulationCheck;
import sctb.core.progress.ProgressReport;
import sctb.core.progress.ReductionDetail;
import sctb.core.progress.ReductionOutcome;
import sctb.core.progress.ReductionSector;
import sctb.core.progress.SectorProgress;
import sctb.core.progress.Sources;
import sctb.core.progress.TallyOutcome;
import sctb.core.progress.TallySector;
import sctb.core.progress.TaskProgress;
import sctb.core.progress.TaskShareOutcome;
import sctb.core.progress.TrendForecast;
import sctb.core.progress.Verdict;
import sctb.core.progress.VerdictTally;
import sctb.core.submission.IndicatorRow;
import sctb.core.submission.TaskRow;
import sctb.core.text.Fold;
import sctb.core.text.Language;
import sctb.i18n.Messages;
import sctb.render.report.model.CompiledText.TextSource;

/** Builds the {@link ReportView} of the engine's result: names from the plan, figures formatted for the language. */
public final class ReportViews {
  /** The order a multi-sector target's verdicts are listed in: those that judge the value, best first, then the others. */
  private static final List<Verdict> LISTED = List.of(Verdict.ACHIEVED, Verdict.ON_TRACK, Verdict.ACCELERATION_NEEDED,
      Verdict.LIMITED_PROGRESS, Verdict.DETERIORATION, Verdict.NOT_ACHIEVED, Verdict.INSUFFICIENT_DATA, Verdict.NO_DATA,
      Verdict.QUALITATIVE);
  private final ProgressReport report;
  private final Language lang;
  private final NumberFormats nf;
  private final PlanNames names;
  private final ChangeViews changes;
  /** The rows that correct an earlier one: their reports are marked so. */
  private final Set<Location> correcting;

  private ReportViews(ProgressReport report, Language lang) {
    this.report = report;
    this.lang = lang;
    this.nf = NumberFormats.of(lang);
    this.names = new PlanNames(report.plan(), lang);
    this.changes = new ChangeViews(report.changes(), nf);
    this.correcting = report.corrections().stream().map(c -> c.newer().at()).collect(Collectors.toSet());
  }

  /** The view of {@code report} in {@code lang}; {@code signed} is the signing date (--date), or null. */
  public static ReportView of(ProgressReport report, Language lang, LocalDate signed) {
    return new ReportViews(report, lang).view(signed);
  }

  private ReportView view(LocalDate signed) {
    Plan plan = report.plan();
    Period p = report.period();
    var decision = plan.info().implementsDecision();
    return new ReportView(
        lang,
        new PlanView(plan.info().title().in(lang), plan.info().shortTitle().in(lang), decision == null ? "" : decision.number()),
        DocView.of(signed),
        new PeriodView(p.toString(), Integer.toString(p.year()), Integer.toString(p.half()), NumberFormats.dmy(p.start()),
            NumberFormats.dmy(p.end()), NumberFormats.dmy(report.reporting().dueDate()), report.standing().provisional(),
            NumberFormats.dmy(report.standing().dataUntil())),
        new PhaseView(report.phase().id(), report.phase().name().in(lang), Integer.toString(report.phase().end())),
        plan.progress().method(),
        rules(plan.progress()),
        report.indicators().stream().map(this::indicator).toList(),
        report.retired().stream().map(this::retired).toList(),
        report.groups().stream().map(this::group).toList(),
        compiled(TaskRow::difficulties),
        compiled(TaskRow::proposals),
        new ReportingViews(nf, names).of(report.reporting()),
        previous(),
        new CorrectionViews(report, lang, nf, names, this::figures).of(),
        diagnostics(report.dataQuality(), report.period()));
  }

  private RetiredView retired(Indicator indicator) {
    Period from = Retirements.firstPeriod(report.plan(), indicator).orElseThrow();
    return new RetiredView(indicator.id(), indicator.name().in(lang), from.toString(), Integer.toString(from.year()),
        Integer.toString(from.half()), NumberFormats.dmy(indicator.retiredFrom()));
  }

  private PreviousView previous() {
    Period p = report.changes().previous();
    return new PreviousView(p.toString(), Integer.toString(p.year()), Integer.toString(p.half()),
        NumberFormats.dmy(report.plan().reporting().dueDate(p)), report.changes().samePhase());
  }

  /** How an indicator's or task output's values are shown, by its id; null for an id the plan does not have. */
  private Figures figures(String id) {
    Optional<IndicatorProgress> indicator = report.indicator(id);
    if (indicator.isPresent()) {
      return figures(indicator.get());
    }
    return report.outputs().stream().filter(o -> o.output().id().equals(id)).findFirst().map(this::figures).orElse(null);
  }

  /** How a task output's values are shown: as a count. */
  private Figures figures(OutputProgress o) {
    return new Figures(nf, IndicatorKind.COUNT, o.output().unit().in(lang), o.output().unitFor(BigDecimal.ONE, lang),
        o.goal().min(), null,
        ratioBounds(report.plan().progress()), report.period());
  }

  private Figures figures(IndicatorProgress ip) {
    return figures(ip, ip.target());
  }

  /** How an indicator's values are shown against the target {@code t} (null: none). */
  private Figures figures(IndicatorProgress ip, Target t) {
    return new Figures(nf, ip.indicator().kind(), unit(ip.indicator(), lang), unitOne(ip.indicator(), lang),
        t == null ? null : t.min(),
        t == null ? null : t.stretch(), ratioBounds(report.plan().progress()), report.period());
  }

  private IndicatorView indicator(IndicatorProgress ip) {
    Target t = ip.target();
    BigDecimal min = t == null ? null : t.min();
    BigDecimal stretch = t == null ? null : t.stretch();
    Figures figures = figures(ip);
    String id = ip.indicator().id();
    FigureView overall = figures.of(ip.figure());
    List<SectorView> sectors = new ArrayList<>();
    List<Chart.Row> rows = new ArrayList<>();
    for (SectorProgress s : ip.sectors()) {
      SectorView sector = sector(s, figures, changes.of(id, s.sector(), s.figure(), figures));
      sectors.add(sector);
      rows.add(new Chart.Row(sector.name(), s.figure().value(), sector.figure().value(), expected(s.figure()),
          sector.figure().expected()));
    }
    if (rows.isEmpty()) {
      rows.add(new Chart.Row(lang == Language.EN ? "Province" : "Toàn tỉnh", ip.figure().value(), overall.value(),
          expected(ip.figure()), overall.expected()));
    }
    Outcome outcome = ip.outcome();
    ReductionOutcome reduction = outcome instanceof ReductionOutcome r ? r : null;
    List<Omission> omitted = outcome instanceof TallyOutcome tally ? tally.leftOut() : List.of();
    return new IndicatorView(id, ip.indicator().kind(), ip.indicator().name().in(lang), figures.unit(),
        ip.indicator().measure().in(lang), goal(t, figures, lang), overall, counted(outcome, true), counted(outcome, false),
        reduction == null ? "" : Integer.toString(reduction.sectorsMeetingMin()),
        reduction == null ? "" : Integer.toString(reduction.sectors().size()),
        reduction == null ? List.of() : sectorVerdicts(reduction.sectors()),
        reduction == null ? PooledView.NONE : pooled(reduction, figures), otherPhase(ip),
        changes.of(id, null, ip.figure(), figures),
        omitted.stream().map(this::leftOut).toList(), count(omitted.stream().filter(o -> o.reason() == OmissionReason.CLOSED).count()),
        count(omitted.stream().filter(o -> o.reason() == OmissionReason.STALE).count()),
        outcome instanceof TallyOutcome tally ? population(tally.population()) : PopulationView.NONE,
        outcome instanceof TallyOutcome tally ? tally.falls().stream().map(this::fall).toList() : List.of(),
        sectors, Chart.of(rows, min, stretch));
  }

  /** An indicator's unit in {@code lang}: its name there, else the plan's symbol ("%"). */
  private static String unit(Indicator indicator, Language lang) {
    String name = indicator.unitName().in(lang);
    return name.isEmpty() ? nullToEmpty(indicator.unit()) : name;
  }

  /** An indicator's unit after "1" in {@code lang} ("model"), as {@link #unit} when the plan gives no singular. */
  private static String unitOne(Indicator indicator, Language lang) {
    String one = indicator.unitFor(BigDecimal.ONE, lang);
    return one.isEmpty() ? unit(indicator, lang) : one;
  }

  /** An indicator's target of any phase as the reports write it, in {@code lang}. */
  public static GoalView goal(Indicator indicator, Target target, Language lang) {
    Figures figures = new Figures(NumberFormats.of(lang), indicator.kind(), unit(indicator, lang), unitOne(indicator, lang),
        target.min(), target.stretch(),
        List.of(), null);
    return goal(target, figures, lang);
  }

  /** A task output's figure in {@code report}, formatted as the reports format it. */
  public static FigureView output(OutputProgress output, ProgressReport report, Language lang) {
    return new ReportViews(report, lang).figures(output).of(output.figure());
  }

  /** An indicator's figure ({@code sector} null) or one sector's in {@code report}, formatted as the reports format it. */
  public static FigureView figure(IndicatorProgress ip, SectorProgress sector, ProgressReport report, Language lang) {
    return new ReportViews(report, lang).figures(ip).of(sector == null ? ip.figure() : sector.figure());
  }

  private LeftOutView leftOut(Omission o) {
    IndicatorRow r = o.row();
    boolean aggregate = r.entity().isBlank() && r.entityId().isBlank();
    return new LeftOutView(Fold.nfc(o.entity()), names.agency(r.agency()),
        o.reason(), r.period().toString(), aggregate, nf.plain(r.denominator(), 2));
  }

  private FallView fall(CumulativeFall f) {
    IndicatorRow before = f.earlier();
    IndicatorRow after = f.later();
    boolean aggregate = after.entity().isBlank() && after.entityId().isBlank();
    return new FallView(after.entity().isBlank() ? after.entityId() : Fold.nfc(after.entity().strip()),
        names.agency(after.agency()), aggregate, before.period().toString(), nf.plain(before.numerator(), 2),
        before.denominator() == null ? "" : nf.plain(before.denominator(), 2), Sources.text(before.at()),
        after.period().toString(), nf.plain(after.numerator(), 2),
        after.denominator() == null ? "" : nf.plain(after.denominator(), 2), Sources.text(after.at()));
  }

  private PopulationView population(PopulationCheck p) {
    return p == null ? PopulationView.NONE : new PopulationView(true, Optional.of(p.kind()), count(p.registered()),
        p.reported() == null ? "" : nf.plain(p.reported(), 2), p.matches());
  }

  /**
   * The verdict thresholds of a progress ratio, in percent, and 100% (where the figure should be by now,
   * which at the end of the target year is the target): no ratio is shown across one — 84,96% against 85%
   * is "99,8%" of the way, not "100%" beside "not achieved".
   */
  public static List<BigDecimal> ratioBounds(ProgressSettings s) {
    return java.util.stream.Stream.of(1.0, s.onTrack(), s.accelerationNeeded(), s.limitedProgress())
        .map(r -> BigDecimal.valueOf(r).multiply(DecimalMath.HUNDRED)).toList();
  }

  /**
   * What a figure counts: the numerator ({@code top}) or the denominator of a share's sums, a count's
   * sum (no denominator), or a task share's delivered and named tasks; "" for a reduction, or without data.
   */
  private String counted(Outcome outcome, boolean top) {
    BigDecimal n = null;
    if (outcome instanceof TallyOutcome tally) {
      n = top ? tally.numerator() : tally.denominator();
    } else if (outcome instanceof TaskShareOutcome share && share.delivered() != null) {
      n = BigDecimal.valueOf(top ? share.delivered() : share.named().size());
    }
    return n == null ? "" : nf.plain(n, 2);
  }

  /** How many sectors are in each verdict given (the judged ones best first, then those not judged), with their names. */
  private List<SectorVerdictView> sectorVerdicts(List<ReductionSector> all) {
    List<SectorVerdictView> out = new ArrayList<>();
    for (Verdict v : LISTED) {
      List<String> sectors = all.stream().filter(s -> s.figure().assessment().status() == v)
          .map(s -> names.sector(s.sector())).toList();
      if (!sectors.isEmpty()) {
        out.add(new SectorVerdictView(v, Integer.toString(sectors.size()), sectors));
      }
    }
    return out;
  }

  /** The other phase's final verdict, shown with that target's bounds; {@link OtherPhaseView#NONE} while its year is not over. */
  private OtherPhaseView otherPhase(IndicatorProgress ip) {
    OtherPhaseVerdict v = ip.otherPhaseVerdict();
    if (v == null) {
      return OtherPhaseView.NONE;
    }
    Target t = v.target();
    Figures figures = figures(ip, t);
    VerdictTally tally = v.sectorVerdicts();
    return new OtherPhaseView(true, Integer.toString(t.year()), range(t, figures), figures.of(v.figure()),
        tally == null ? "" : Integer.toString(tally.count(Verdict.ACHIEVED)),
        tally == null ? "" : Integer.toString(tally.total()), sectorVerdicts(v.sectors()),
        v.sectors().stream().filter(s -> s.figure().assessment().achievedLate() != null)
            .map(s -> new OtherPhaseView.LateSector(names.sector(s.sector()), s.figure().assessment().achievedLate().toString()))
            .toList(),
        NumberFormats.dmy(report.plan().reporting().dueDate(Period.half(t.year(), 2))), revisions(v, figures));
  }

  /** What corrections changed in a final verdict since it was published, the figure itself first. */
  private List<OtherPhaseView.Revision> revisions(OtherPhaseVerdict v, Figures figures) {
    List<OtherPhaseView.Revision> out = new ArrayList<>();
    for (FinalRevision r : v.revisions()) {
      Figure now = r.sector() == null ? v.figure()
          : v.sectors().stream().filter(s -> s.sector().equals(r.sector())).findFirst().orElseThrow().figure();
      boolean pooled = r.sector() == null && !v.sectors().isEmpty();
      BigDecimal published = r.restatement().published();
      out.add(new OtherPhaseView.Revision(r.sector() == null ? "" : names.sector(r.sector()),
          published == null ? "" : figures.display(published), r.published() == null ? "" : r.published().id(),
          pooled || now.value() == null ? "" : figures.display(now.value()), now.assessment().status().id(),
          !r.restatement().corrections().isEmpty(), lateFrom(r.restatement().late())));
    }
    return out;
  }

  /** Each agency that sent late rows, once, with the earliest day it sent one ("" when undated), earliest first. */
  private List<OtherPhaseView.LateFrom> lateFrom(List<LateSubmission> late) {
    Map<String, LocalDate> first = new TreeMap<>();
    for (LateSubmission l : late) {
      first.merge(l.agency(), l.submittedOn() == null ? LocalDate.MAX : l.submittedOn(),
          (a, b) -> a.isBefore(b) ? a : b);
    }
    return first.entrySet().stream().sorted(Map.Entry.comparingByValue())
        .map(e -> new OtherPhaseView.LateFrom(names.agency(e.getKey()),
            e.getValue().equals(LocalDate.MAX) ? "" : NumberFormats.dmy(e.getValue())))
        .toList();
  }

  private PooledView pooled(ReductionOutcome reduction, Figures figures) {
    PooledReduction p = reduction.pooled();
    List<PooledView.LeftOut> leftOut = p.leftOut().stream()
        .map(l -> new PooledView.LeftOut(names.sector(l.sector()), l.reason())).toList();
    return new PooledView(p.value() == null ? "" : figures.display(p.value()), report.plan().progress().commonUnit().in(lang),
        p.asOf() == null ? "" : p.asOf().toString(), Integer.toString(p.included().size()), leftOut);
  }

  private RulesView rules(ProgressSettings s) {
    Figures any = new Figures(nf, IndicatorKind.SHARE, "%", "%", null, null, List.of(), report.period());
    return new RulesView(ratio(s.onTrack()), ratio(s.accelerationNeeded()), ratio(s.limitedProgress()),
        any.threshold(s.coverage().minPanelOutput()), any.threshold(s.coverage().minCurrent()), Integer.toString(s.maxDataAge()),
        s.commonUnit().in(lang), Integer.toString(TrendForecast.MIN_MONTHS / 12),
        nf.plain(BigDecimal.valueOf(s.outlierFactor()), 2));
  }

  /** A ratio threshold (0.95) as the report writes it: "95%". */
  private String ratio(double r) {
    return nf.plain(BigDecimal.valueOf(r).multiply(DecimalMath.HUNDRED), 2) + "%";
  }

  /** Where a figure should be by now, null when there is no pace. */
  private static BigDecimal expected(Figure f) {
    return f.assessment().pace() == null ? null : f.assessment().pace().expected();
  }

  private static GoalView goal(Target t, Figures figures, Language lang) {
    if (t == null) {
      return new GoalView("", "", true, "", "", "", "");
    }
    NumberFormats nf = figures.nf();
    return new GoalView(Integer.toString(t.year()), Integer.toString(t.baseline()), t.isQualitative(),
        figures.withUnit(nf.plain(t.min(), 2)), figures.withUnit(nf.plain(t.stretch(), 2)), range(t, figures),
        t.text().in(lang));
  }

  /** A target as a range with the unit: {@code 5 - 8%}, or {@code 70%} when the plan gives one number. */
  private static String range(Target t, Figures figures) {
    NumberFormats nf = figures.nf();
    String min = figures.withUnit(nf.plain(t.min(), 2));
    return t.stretch() == null ? min : nf.plain(t.min(), 2) + " - " + figures.withUnit(nf.plain(t.stretch(), 2));
  }

  private SectorView sector(SectorProgress s, Figures figures, ChangeView change) {
    ReductionDetail d = s instanceof ReductionSector r ? r.detail() : null;
    List<Exclusion> excluded = d == null ? List.of() : d.excluded();
    // Only establishments still producing at C carry a share of current output; zero says nothing useful.
    BigDecimal share = d == null ? null : d.excludedOutputShare();
    return new SectorView(s.sector(), names.sector(s.sector()),
        report.plan().sector(s.sector()).map(x -> x.intensityUnit().in(lang)).orElse(""),
        figures.of(s.figure()),
        s instanceof TallySector t ? count(t.rows().size()) : d == null ? "" : count(d.panel().size()),
        LazyList.of(excluded, this::exclusion), Integer.toString(excluded.size()),
        share == null || share.signum() == 0 ? "" : percent(share), change);
  }

  private ExclusionView exclusion(Exclusion e) {
    return new ExclusionView(Fold.nfc(e.entity()), e.reason(), e.outputShare() == null ? "" : percent(e.outputShare()),
        e.shareBasis());
  }

  /** A share (0.125) as a percentage with one decimal: "12,5%". */
  private String percent(BigDecimal share) {
    return nf.fixed(share.movePointRight(2), 1) + "%";
  }

  /** The plan's groups in order, each with its tasks as the engine found them. */
  private GroupView group(GroupSummary g) {
    List<TaskView> tasks = report.tasks().stream().filter(t -> t.task().groupId().equals(g.group().id())).map(this::task).toList();
    return new GroupView(g.group().id(), g.group().title().in(lang), tasks);
  }

  private TaskView task(TaskProgress tp) {
    TaskRow latest = tp.latest();
    List<TaskReportView> reports = new ArrayList<>();
    for (AgencyReport ar : tp.reports()) {
      TaskRow r = ar.row();
      reports.add(new TaskReportView(names.agency(r.agency()), nullToEmpty(r.agency()), nullToEmpty(ar.countsFor()), TaskState.of(r.status()),
          progress(r.progress()), NumberFormats.dmy(r.submittedOn()), isBlank(r.result()) ? "" : Fold.nfc(r.result().strip()),
          correcting.contains(r.at())));
    }
    return new TaskView(tp.task().id(), tp.task().title().in(lang), names.agency(tp.responsible()), nullToEmpty(tp.responsible()),
        TaskState.of(tp.status()), latest == null ? "" : progress(latest.progress()),
        latest == null ? "" : latest.period().toString(), tp.reportedForP(), reports, changes.of(tp));
  }

  private String progress(BigDecimal percent) {
    return percent == null ? "" : nf.plain(percent, 0) + "%";
  }

  /** Every non-blank text of a kind for the period, identical texts (after NFC and trimming) merged with all who wrote them. */
  private List<CompiledText> compiled(Function<TaskRow, String> field) {
    Map<String, List<TextSource>> byText = new LinkedHashMap<>();
    for (TaskProgress tp : report.tasks()) {
      for (AgencyReport ar : tp.reports()) {
        String raw = field.apply(ar.row());
        if (isBlank(raw)) {
          continue;
        }
        String agency = ar.row().agency();
        byText.computeIfAbsent(Fold.nfc(raw.strip()), k -> new ArrayList<>())
            .add(new TextSource(names.agency(agency), nullToEmpty(agency), tp.task().id()));
      }
    }
    List<CompiledText> out = new ArrayList<>();
    byText.forEach((text, sources) -> out.add(new CompiledText(text, sources)));
    return out;
  }

  private DiagnosticsView diagnostics(DataQuality q, Period period) {
    Messages messages = Messages.of(lang).withPlan(names.plan());
    List<DiagnosticsView.Item> items = new ArrayList<>();
    List<Diagnostic> own = q.ofPeriod(period);
    for (Diagnostic d : own) {
      items.add(new DiagnosticsView.Item(d.severity(), d.code(), messages.place(d.location()), messages.diagnostic(d)));
    }
    List<Diagnostic> elsewhere = q.elsewhere(period);
    long ownErrors = own.stream().filter(Diagnostic::isError).count();
    long elsewhereErrors = elsewhere.stream().filter(Diagnostic::isError).count();
    return new DiagnosticsView(count(q.files()), count(ownErrors), count(own.size() - ownErrors), count(q.rejectedRows()),
        items, count(elsewhereErrors), count(elsewhere.size() - elsewhereErrors));
  }

  /** A count with grouped thousands ("1.234"); "" for none. */
  private String count(Number n) {
    return n == null ? "" : nf.plain(BigDecimal.valueOf(n.longValue()), 0);
  }

  private static String text(Integer n) {
    return n == null ? "" : n.toString();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
