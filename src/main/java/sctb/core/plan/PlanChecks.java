package sctb.core.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Location;
import sctb.core.period.Period;
import sctb.core.text.Fold;
import sctb.core.text.Suggest;

/**
 * The plan's consistency rules, beyond what the JSON Schema can say: unique ids, every reference
 * defined, task ids inside their group, target years inside their phase, successions without cycles.
 * Problems point at a JSON pointer that the plan reader turns into line and column.
 */
public final class PlanChecks {
  private final Plan plan;
  private final String file;
  private final List<Diagnostic> found = new ArrayList<>();
  private final Set<String> agencyIds;

  private PlanChecks(Plan plan, String file) {
    this.plan = plan;
    this.file = file;
    this.agencyIds = plan.agencies().stream().map(Agency::id).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** Every rule, every problem. */
  public static List<Diagnostic> check(Plan plan, String file) {
    PlanChecks checks = new PlanChecks(plan, file);
    checks.phases();
    checks.uniqueIds();
    checks.agencies();
    checks.tasks();
    checks.indicators();
    checks.singularUnits();
    checks.reporting();
    return List.copyOf(checks.found);
  }

  private void phases() {
    List<Phase> phases = plan.info().phases();
    for (int i = 0; i < phases.size(); i++) {
      Phase p = phases.get(i);
      if (p.start() > p.end() || (i > 0 && p.start() <= phases.get(i - 1).end())) {
        report(Code.PLAN_PHASES, "/plan/phases/" + i, p.id(), "phase:" + p.id());
      }
    }
  }

  private void uniqueIds() {
    unique(plan.info().phases(), Phase::id, i -> "/plan/phases/" + i + "/id");
    unique(plan.sectors(), Sector::id, i -> "/sectors/" + i + "/id");
    unique(plan.agencies(), Agency::id, i -> "/agencies/" + i + "/id");
    unique(plan.groups(), TaskGroup::id, i -> "/groups/" + i + "/id");
    unique(plan.indicators(), Indicator::id, i -> "/indicators/" + i + "/id");
    Map<String, String> seenTasks = new HashMap<>();
    Map<String, String> seenOutputs = new HashMap<>();
    forEachTask((task, pointer) -> {
      if (seenTasks.putIfAbsent(task.id(), pointer) != null) {
        report(Code.PLAN_DUPLICATE_ID, pointer + "/id", task.id(), task.id(), "at:" + seenTasks.get(task.id()) + "/id");
      }
      for (int o = 0; o < task.outputs().size(); o++) {
        TaskOutput output = task.outputs().get(o);
        String at = pointer + "/outputs/" + o;
        String earlier = seenOutputs.putIfAbsent(output.id(), at);
        if (earlier != null) {
          report(Code.PLAN_DUPLICATE_ID, at + "/id", output.id(), output.id(), "at:" + earlier + "/id");
        } else if (plan.indicator(output.id()).isPresent()) {
          int i = plan.indicators().indexOf(plan.indicator(output.id()).get());
          report(Code.PLAN_DUPLICATE_ID, at + "/id", output.id(), output.id(), "at:/indicators/" + i + "/id");
        }
      }
    });
    // The same spelling may not name two agencies, or matching a submission would be a guess.
    Map<String, String> spellingOwner = new HashMap<>();
    for (int i = 0; i < plan.agencies().size(); i++) {
      Agency a = plan.agencies().get(i);
      List<String> spellings = new ArrayList<>();
      spellings.add(a.id());
      spellings.add(a.name().vi());
      spellings.add(a.name().en());
      spellings.addAll(a.aliases());
      for (int s = 0; s < spellings.size(); s++) {
        String key = Fold.key(spellings.get(s));
        if (key.isEmpty()) {
          continue;
        }
        String owner = spellingOwner.putIfAbsent(key, a.id());
        if (owner != null && !owner.equals(a.id())) {
          String at = s < 3 ? "/agencies/" + i : "/agencies/" + i + "/aliases/" + (s - 3);
          report(Code.PLAN_DUPLICATE_ID, at, spellings.get(s), spellings.get(s), "agency:" + owner);
        }
      }
    }
  }

  private void agencies() {
    for (int i = 0; i < plan.agencies().size(); i++) {
      Agency a = plan.agencies().get(i);
      if (a.succession() == null) {
        continue;
      }
      String at = "/agencies/" + i;
      Succession s = a.succession();
      if (s.replacesAgency()) {
        agencyRef(s.successor(), at + "/successor", "agency:" + a.id(), "successor");
        if (s.successor().equals(a.id())) {
          report(Code.PLAN_SUCCESSION, at + "/successor", s.successor(), "agency:" + a.id());
        }
      }
      s.byTask().forEach((taskId, successor) -> {
        String entry = at + "/successor_by_task/" + taskId;
        if (plan.task(taskId).isEmpty()) {
          report(Code.PLAN_UNKNOWN_TASK, entry, taskId, "agency:" + a.id(), "successor_by_task")
              .suggest(taskIds());
        }
        agencyRef(successor, entry, "agency:" + a.id(), "successor_by_task");
        plan.task(taskId).ifPresent(task -> carried(a, task, s.from(), entry));
        if (successor.equals(a.id())) {
          report(Code.PLAN_SUCCESSION, entry, successor, "agency:" + a.id());
        }
      });
      // A chain that comes back to this agency would make "who is responsible" undefined.
      if (s.replacesAgency() && cycles(a)) {
        report(Code.PLAN_SUCCESSION, at + "/successor", s.successor(), "agency:" + a.id());
      }
    }
  }

  /**
   * A task moved by {@code successor_by_task} must be the agency's to move: the lead of it (or a partner) the
   * day before the move, successions in force then followed. Otherwise the entry changes nothing, and the
   * task stays with the agency that does carry it, which nobody would see.
   */
  private void carried(Agency agency, Task task, LocalDate from, String entry) {
    LocalDate before = from.equals(LocalDate.MIN) ? from : from.minusDays(1); // MIN: no date, so always
    String responsible = Successions.follow(plan, task.lead(), task.id(), before);
    boolean partner = task.partners().stream()
        .anyMatch(p -> Successions.follow(plan, p, task.id(), before).equals(agency.id()));
    if (!responsible.equals(agency.id()) && !partner && agencyIds.contains(responsible)) {
      report(Code.PLAN_TASK_NOT_CARRIED, entry, task.id(), "agency:" + agency.id(), "agency:" + responsible,
          from.equals(LocalDate.MIN) ? "" : from.toString());
    }
  }

  private boolean cycles(Agency start) {
    Set<String> seen = new HashSet<>();
    String current = start.id();
    while (current != null && seen.add(current)) {
      Agency a = plan.agency(current).orElse(null);
      current = a == null || !a.hasSuccessor() ? null : a.succession().successor();
    }
    return current != null && current.equals(start.id()) && seen.size() > 1;
  }

  private void tasks() {
    for (int g = 0; g < plan.groups().size(); g++) {
      TaskGroup group = plan.groups().get(g);
      insidePlan(group.period(), "/groups/" + g + "/period", "group:" + group.id());
      for (int t = 0; t < group.tasks().size(); t++) {
        Task task = group.tasks().get(t);
        String at = "/groups/" + g + "/tasks/" + t;
        if (!task.period().equals(group.period())) {
          insidePlan(task.period(), at + "/period", "task:" + task.id());
        }
        if (!task.id().startsWith(group.id() + ".")) {
          report(Code.PLAN_TASK_ID_GROUP, at + "/id", task.id(), "task:" + task.id(), "group:" + group.id());
        }
        agencyRef(task.lead(), at + "/lead", "task:" + task.id(), "lead");
        for (int p = 0; p < task.partners().size(); p++) {
          agencyRef(task.partners().get(p), at + "/partners/" + p, "task:" + task.id(), "partners");
        }
      }
    }
  }

  /**
   * Years outside the plan (a group's 2021 - 2030 left in a 2031 - 2035 plan) would make its tasks due in no
   * period: no template row, no reminder, no status, and nothing would say why.
   */
  private void insidePlan(YearRange years, String pointer, String subject) {
    YearRange plan = this.plan.info().years();
    if (plan != null && (years.from() < plan.from() || years.to() > plan.to())) {
      report(Code.PLAN_PERIOD_OUTSIDE_PLAN, pointer, years.from() + " - " + years.to(), subject,
          plan.from() + " - " + plan.to());
    }
  }

  /**
   * A count's English unit ("models") without its singular (`unit_one`): English reports would write "1 models"
   * (docs/plan-format.md). Counts and task outputs only: a share's unit is "%".
   */
  private void singularUnits() {
    for (int i = 0; i < plan.indicators().size(); i++) {
      Indicator indicator = plan.indicators().get(i);
      if (indicator.kind() == IndicatorKind.COUNT && !indicator.unitName().en().isEmpty() && indicator.unitOne().isEmpty()) {
        report(Code.PLAN_UNIT_ONE_MISSING, "/indicators/" + i + "/unit_name/en", indicator.unitName().en(),
            "indicator:" + indicator.id());
      }
    }
    forEachTask((task, pointer) -> {
      for (int o = 0; o < task.outputs().size(); o++) {
        TaskOutput output = task.outputs().get(o);
        if (!output.unit().en().isEmpty() && output.unitOne().isEmpty()) {
          report(Code.PLAN_UNIT_ONE_MISSING, pointer + "/outputs/" + o + "/unit/en", output.unit().en(), "task:" + task.id());
        }
      }
    });
  }

  private void indicators() {
    Set<String> sectorIds = plan.sectors().stream().map(Sector::id).collect(Collectors.toSet());
    for (int i = 0; i < plan.indicators().size(); i++) {
      Indicator indicator = plan.indicators().get(i);
      String at = "/indicators/" + i;
      String subject = "indicator:" + indicator.id();
      boolean wantsTasks = indicator.kind() == IndicatorKind.TASKS;
      if (wantsTasks == indicator.tasks().isEmpty()) {
        report(Code.PLAN_KIND_MISMATCH, at + (wantsTasks ? "/kind" : "/tasks"), indicator.kind().id(), subject,
            wantsTasks ? "tasks" : "-tasks");
      }
      for (int t = 0; t < indicator.tasks().size(); t++) {
        String taskId = indicator.tasks().get(t);
        if (plan.task(taskId).isEmpty()) {
          report(Code.PLAN_UNKNOWN_TASK, at + "/tasks/" + t, taskId, subject, "tasks").suggest(taskIds());
        }
      }
      Map<String, Integer> phaseTargets = new HashMap<>();
      for (int t = 0; t < indicator.targets().size(); t++) {
        Target target = indicator.targets().get(t);
        target(indicator, target, at + "/targets/" + t, sectorIds);
        Integer first = phaseTargets.putIfAbsent(target.phase(), t);
        if (first != null) { // only the first is ever read (Indicator.targetFor): a second one would be silently ignored
          report(Code.PLAN_DUPLICATE_TARGET, at + "/targets/" + t + "/phase", target.phase(), subject,
              "at:" + at + "/targets/" + first + "/phase");
        }
      }
      laterTargetsNotLower(indicator, at);
      retirement(indicator, at);
    }
  }

  /**
   * A retirement must take effect within the plan, after its first period (retired from the start, the
   * indicator was never tracked: remove it instead). One before its first target year means no target of it
   * would ever come due: only a warning, since an amendment may drop such an indicator, but the year may be a typo.
   */
  private void retirement(Indicator indicator, String at) {
    Period first = Retirements.firstPeriod(plan, indicator).orElse(null);
    YearRange years = plan.info().years();
    if (first == null || years == null) {
      return;
    }
    String pointer = at + "/retired_from";
    String subject = "indicator:" + indicator.id();
    String value = indicator.retiredFrom().toString();
    if (first.year() > years.to() || first.compareTo(Period.half(years.from(), 1)) <= 0) {
      report(Code.PLAN_RETIRED_OUTSIDE_PLAN, pointer, value, subject, first.toString(),
          years.from() + " - " + years.to());
      return;
    }
    int firstTargetYear = indicator.targets().stream().mapToInt(Target::year).min().orElse(first.year());
    if (first.year() < firstTargetYear) {
      report(Code.PLAN_RETIRED_BEFORE_TARGET, pointer, value, subject, first.toString(),
          Integer.toString(firstTargetYear));
    }
  }

  /**
   * A later target below an earlier one on the same scale (100% by 2025, 90% by 2030) is almost always a
   * typo, and the later verdicts would be judged against it. Only a warning: a province may lower a
   * target on purpose, and the report judges what the plan says.
   */
  private void laterTargetsNotLower(Indicator indicator, String at) {
    List<Target> targets = indicator.targets();
    for (int later = 0; later < targets.size(); later++) {
      for (int earlier = 0; earlier < targets.size(); earlier++) {
        Target l = targets.get(later);
        Target e = targets.get(earlier);
        boolean oneScale = !indicator.kind().startsAtBaseline() || e.baseline() == l.baseline();
        if (e.year() < l.year() && oneScale && !e.isQualitative() && !l.isQualitative()
            && l.min().compareTo(e.min()) < 0) {
          report(Code.PLAN_TARGET_BELOW_EARLIER, at + "/targets/" + later + "/min", l.min().toPlainString(),
              indicator.kind().startsAtBaseline() ? "same-baseline" : "level", "indicator:" + indicator.id(), Integer.toString(l.year()),
              Integer.toString(e.year()), e.min().toPlainString(), Integer.toString(e.baseline()));
          break;
        }
      }
    }
  }

  private void target(Indicator indicator, Target target, String at, Set<String> sectorIds) {
    String subject = "indicator:" + indicator.id();
    var phase = plan.phase(target.phase());
    if (phase.isEmpty()) {
      report(Code.PLAN_UNKNOWN_PHASE, at + "/phase", target.phase(), subject)
          .suggest(plan.info().phases().stream().map(Phase::id).toList());
    } else if (target.year() < phase.get().start() || target.year() > phase.get().end()) {
      report(Code.PLAN_YEAR_OUTSIDE_PHASE, at + "/year", Integer.toString(target.year()), subject,
          phase.get().id());
    }
    if (target.baseline() >= target.year()) {
      report(Code.PLAN_BASELINE_AFTER_TARGET, at + "/baseline", Integer.toString(target.baseline()), subject,
          Integer.toString(target.year()));
    }
    if (target.min() != null && target.stretch() != null && target.stretch().compareTo(target.min()) < 0) {
      report(Code.PLAN_STRETCH_BELOW_MIN, at + "/stretch", target.stretch().toPlainString(), subject,
          target.min().toPlainString());
    }
    if (indicator.kind().isPercentage()) {
      percent(target.min(), at + "/min", subject, true);
      percent(target.stretch(), at + "/stretch", subject, true);
      percent(target.baselineValue(), at + "/baseline_value", subject, false);
    }
    if (indicator.kind() == IndicatorKind.REDUCTION && target.sectors().isEmpty()) {
      report(Code.PLAN_KIND_MISMATCH, at, indicator.kind().id(), subject, "sectors");
    }
    for (int s = 0; s < target.sectors().size(); s++) {
      String sector = target.sectors().get(s);
      if (!sectorIds.contains(sector)) {
        report(Code.PLAN_UNKNOWN_SECTOR, at + "/sectors/" + s, sector, subject).suggest(sectorIds);
      }
    }
  }

  /**
   * A percentage above 100 cannot be reached, and a goal written as a fraction (0.85 for 85%) would be
   * judged met by almost any figure: both would put a wrong verdict in the report, so neither is let
   * through. No real goal of a five-year phase is under 1%; a baseline value may be.
   */
  private void percent(BigDecimal value, String pointer, String subject, boolean goal) {
    if (value == null) {
      return;
    }
    String field = pointer.substring(pointer.lastIndexOf('/') + 1);
    if (value.compareTo(HUNDRED) > 0) {
      report(Code.PLAN_PERCENT_TARGET, pointer, value.toPlainString(), "over-100", subject, field);
    } else if (goal && value.signum() > 0 && value.compareTo(BigDecimal.ONE) < 0) {
      report(Code.PLAN_PERCENT_TARGET, pointer, value.toPlainString(), "fraction", subject, field,
          value.movePointRight(2).stripTrailingZeros().toPlainString());
    }
  }

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private void reporting() {
    agencyRef(plan.reporting().recipient(), "/reporting/recipient", "reporting", "recipient");
  }

  private void agencyRef(String code, String pointer, String subject, String field) {
    if (!agencyIds.contains(code)) {
      report(Code.PLAN_UNKNOWN_AGENCY, pointer, code, subject, field).suggest(agencyIds);
    }
  }

  private List<String> taskIds() {
    return plan.tasks().map(Task::id).toList();
  }

  private <T> void unique(List<T> items, Function<T, String> id, Function<Integer, String> pointer) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String value = id.apply(items.get(i));
      Integer earlier = first.putIfAbsent(value, i);
      if (earlier != null) {
        report(Code.PLAN_DUPLICATE_ID, pointer.apply(i), value, value, "at:" + pointer.apply(earlier));
      }
    }
  }

  private void forEachTask(java.util.function.BiConsumer<Task, String> action) {
    for (int g = 0; g < plan.groups().size(); g++) {
      List<Task> tasks = plan.groups().get(g).tasks();
      for (int t = 0; t < tasks.size(); t++) {
        action.accept(tasks.get(t), "/groups/" + g + "/tasks/" + t);
      }
    }
  }

  private Reported report(Code code, String pointer, String value, String... args) {
    Diagnostic d = Diagnostic.of(code, Location.path(file, pointer), value, args);
    found.add(d);
    return new Reported(found.size() - 1, value);
  }

  /** Lets a rule add a "did you mean" to what it just reported. */
  private final class Reported {
    private final int index;
    private final String value;

    Reported(int index, String value) {
      this.index = index;
      this.value = value;
    }

    void suggest(java.util.Collection<String> known) {
      Suggest.closest(value, known).ifPresent(s -> found.set(index, found.get(index).suggesting(s)));
    }
  }
}
