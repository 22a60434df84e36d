package sctb.core.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import sctb.core.period.Period;
import sctb.core.period.PeriodParser;
import sctb.core.plan.Agency;
import sctb.core.plan.Indicator;
import sctb.core.plan.IndicatorKind;
import sctb.core.plan.Plan;
import sctb.core.plan.Retirements;
import sctb.core.plan.Sector;
import sctb.core.plan.Target;
import sctb.core.plan.Task;
import sctb.core.register.EntityKind;
import sctb.core.register.Register;
import sctb.core.text.Fold;

/**
 * The plan's names as people write them: agencies by code, name or alias; tasks, indicators (and task
 * outputs, which are counted like count indicators) and sectors by id or name — all by {@link Fold#key};
 * and the register, which says which entity a row is about.
 */
public final class Lookup {
  /**
   * An indicator a row may report: a plan indicator or a task output (kind count, no sectors); the
   * kind of register entry its rows are about (null: none).
   */
  public record IndicatorRef(String id, IndicatorKind kind, List<String> sectors, EntityKind registerKind) {}

  private final Plan plan;
  private final Register register;
  private final Map<String, String> agencies = new LinkedHashMap<>();
  private final Map<String, String> tasks = new LinkedHashMap<>();
  private final Map<String, IndicatorRef> indicators = new LinkedHashMap<>();
  private final Map<String, String> sectors = new LinkedHashMap<>();
  private final Map<String, Agency> agencyById = new java.util.HashMap<>();
  private final Map<String, IndicatorRef> indicatorById = new java.util.HashMap<>();
  private final List<String> provinceKeys;
  private final Map<String, Indicator> retired = new java.util.HashMap<>();

  /** The plan's names, without a register. */
  public Lookup(Plan plan) {
    this(plan, Register.NONE);
  }

  public Lookup(Plan plan, Register register) {
    this.plan = plan;
    this.register = register;
    this.provinceKeys = ProvinceSuffix.keys(plan.info().issuer().vi());
    for (Agency a : plan.agencies()) {
      agencyById.put(a.id(), a);
      agencies.put(Fold.key(a.id()), a.id());
      agencies.putIfAbsent(Fold.key(a.name().vi()), a.id());
      agencies.putIfAbsent(Fold.key(a.name().en()), a.id());
      a.aliases().forEach(alias -> agencies.putIfAbsent(Fold.key(alias), a.id()));
    }
    agencies.remove("");
    plan.tasks().forEach(t -> tasks.put(Fold.key(t.id()), t.id()));
    for (Indicator i : plan.indicators()) {
      Set<String> s = new LinkedHashSet<>();
      for (Target t : i.targets()) {
        s.addAll(t.sectors());
      }
      indicators.put(Fold.key(i.id()), new IndicatorRef(i.id(), i.kind(), List.copyOf(s), i.registerKind()));
    }
    plan.outputs().keySet().forEach(id -> indicators.putIfAbsent(Fold.key(id),
        new IndicatorRef(id, IndicatorKind.COUNT, List.of(), null)));
    // Names after every id: a name never takes the place of an id.
    for (Indicator i : plan.indicators()) {
      indicators.putIfAbsent(Fold.key(i.name().vi()), indicators.get(Fold.key(i.id())));
      indicators.putIfAbsent(Fold.key(i.name().en()), indicators.get(Fold.key(i.id())));
    }
    plan.outputs().values().forEach(o -> {
      indicators.putIfAbsent(Fold.key(o.name().vi()), indicators.get(Fold.key(o.id())));
      indicators.putIfAbsent(Fold.key(o.name().en()), indicators.get(Fold.key(o.id())));
    });
    indicators.remove("");
    for (Sector s : plan.sectors()) {
      sectors.put(Fold.key(s.id()), s.id());
      sectors.putIfAbsent(Fold.key(s.name().vi()), s.id());
      sectors.putIfAbsent(Fold.key(s.name().en()), s.id());
    }
    sectors.remove("");
    indicators.values().forEach(i -> indicatorById.putIfAbsent(i.id(), i));
    plan.indicators().stream().filter(Indicator::isRetired).forEach(i -> retired.put(i.id(), i));
  }

  /** The indicator when the plan no longer tracks it in {@code period} ({@link sctb.core.plan.Retirements}); else null. */
  Indicator retiredIn(String indicatorId, Period period) {
    Indicator i = retired.isEmpty() ? null : retired.get(indicatorId);
    return i != null && Retirements.retiredIn(plan, i, period) ? i : null;
  }

  public Plan plan() {
    return plan;
  }

  /** The workspace's register ({@link Register#NONE} when it has none). */
  public Register register() {
    return register;
  }

  public Optional<String> agency(String text) {
    String k = key(text);
    String id = agencies.get(k);
    return Optional.ofNullable(id != null ? id : agencies.get(ProvinceSuffix.strip(k, provinceKeys)));
  }

  /** The plan's agency with this code (a code {@link #agency} returned). */
  public Agency agencyWithId(String id) {
    return agencyById.get(id);
  }

  public Optional<String> task(String text) {
    return Optional.ofNullable(tasks.get(key(text)));
  }

  public Optional<IndicatorRef> indicator(String text) {
    return Optional.ofNullable(indicatorOrNull(text));
  }

  /** {@link #indicator}, null when unknown: asked for every row, so without an Optional. */
  public IndicatorRef indicatorOrNull(String text) {
    return indicators.get(key(text));
  }

  /** The indicator with this id (an id {@link #indicator} returned): one look-up, no folding. */
  public IndicatorRef indicatorWithId(String id) {
    return indicatorById.get(id);
  }

  public Optional<String> sector(String text) {
    return Optional.ofNullable(sectorOrNull(text));
  }

  /**
   * {@link #sector}, null when unknown: asked for every row, so without an Optional, and remembered per
   * spelling (a file's rows alternate a handful): one look-up a row instead of the spelling's key and
   * then the sector's id (docs/performance.md, round 14).
   */
  public String sectorOrNull(String text) {
    Optional<String> id = text == null ? null : sectorsBySpelling.get(text);
    if (id != null) {
      return id.orElse(null);
    }
    String found = sectors.get(key(text));
    if (text != null && sectorsBySpelling.size() < KEYS_MAX) {
      sectorsBySpelling.put(text, Optional.ofNullable(found));
    }
    return found;
  }

  private final Map<String, Optional<String>> sectorsBySpelling = new ConcurrentHashMap<>();

  /** {@link PeriodParser#parse}, remembered per spelling (every row of a file repeats its period). */
  public Optional<Period> period(String text) {
    // computeIfAbsent: a spelling first met after the optimising compiler has compiled the row rules
    // takes a branch inside the map, whose profile every caller shares, instead of a branch of the row
    // rules never taken while profiling (which threw away and recompiled everything they inline).
    if (periods.size() < KEYS_MAX) {
      return periods.computeIfAbsent(text, PeriodParser::parse);
    }
    Optional<Period> p = periods.get(text);
    return p != null ? p : PeriodParser.parse(text);
  }

  private final Map<String, Optional<Period>> periods = new ConcurrentHashMap<>();

  /**
   * The plan's due date for a period, remembered per period: which half a period is decides it, and
   * the first period of the other half met after the optimising compiler had compiled the row rules
   * made it recompile them (the branch now sits in the map's code, shared by every caller).
   */
  public LocalDate dueDate(Period period) {
    return dueDates.computeIfAbsent(period, dueOf);
  }

  private final Map<Period, LocalDate> dueDates = new ConcurrentHashMap<>();
  private final Function<Period, LocalDate> dueOf = this::planDueDate;

  private LocalDate planDueDate(Period period) {
    return plan.reporting().dueDate(period);
  }

  /** Most cells repeat a handful of spellings: their keys are remembered (up to a bound, for hostile files). */
  private final Map<String, String> keys = new ConcurrentHashMap<>();
  private static final int KEYS_MAX = 10_000;

  private String key(String text) {
    String k = text == null ? null : keys.get(text);
    if (k == null) {
      k = Fold.key(text);
      if (text != null && keys.size() < KEYS_MAX) {
        keys.put(text, k);
      }
    }
    return k;
  }

  /** What an unknown agency is compared with: codes and Vietnamese names. */
  public List<String> agencySpellings() {
    List<String> all = new ArrayList<>();
    plan.agencies().forEach(a -> {
      all.add(a.id());
      all.add(a.name().vi());
      all.addAll(a.aliases());
    });
    return all;
  }

  public List<String> taskIds() {
    return plan.tasks().map(Task::id).toList();
  }

  public List<String> indicatorIds() {
    List<String> all = new ArrayList<>();
    plan.indicators().stream().filter(i -> i.kind() != IndicatorKind.TASKS).forEach(i -> all.add(i.id()));
    all.addAll(plan.outputs().keySet());
    return all;
  }

  /** What an unknown indicator is compared with: ids and Vietnamese names of what can be reported as figures. */
  public List<String> indicatorSpellings() {
    List<String> all = new ArrayList<>(indicatorIds());
    plan.indicators().stream().filter(i -> i.kind() != IndicatorKind.TASKS).forEach(i -> all.add(i.name().vi()));
    plan.outputs().values().forEach(o -> all.add(o.name().vi()));
    return all;
  }

  public List<String> sectorIds() {
    return plan.sectors().stream().map(Sector::id).toList();
  }

  /** What an unknown sector is compared with: the ids and Vietnamese names of {@code ids}. */
  public List<String> sectorSpellings(List<String> ids) {
    List<String> all = new ArrayList<>(ids);
    ids.forEach(id -> plan.sector(id).ifPresent(s -> all.add(s.name().vi())));
    return all;
  }
}
