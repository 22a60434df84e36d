package sctb.core.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import sctb.core.text.Localized;

/**
 * The whole plan as read from plan.yaml: identity, workspace settings, the reporting rule, sectors,
 * agencies, the task groups with their tasks, and the indicators with their targets. Immutable;
 * lookups by id are precomputed. Nothing about the plan is known to Java except through this.
 */
public record Plan(
    PlanInfo info,
    Workspace workspace,
    ReportingRule reporting,
    ProgressSettings progress,
    List<Sector> sectors,
    List<Agency> agencies,
    List<TaskGroup> groups,
    List<Indicator> indicators) {

  public Plan {
    sectors = List.copyOf(sectors);
    agencies = List.copyOf(agencies);
    groups = List.copyOf(groups);
    indicators = List.copyOf(indicators);
  }

  public Stream<Task> tasks() {
    return groups.stream().flatMap(g -> g.tasks().stream());
  }

  /**
   * {@code ids} in the plan's order of tasks (IX.5 before IX.10, which text order reverses); an id the
   * plan does not know comes last, in text order.
   */
  public List<String> inTaskOrder(Collection<String> ids) {
    Set<String> wanted = new TreeSet<>(ids);
    List<String> ordered = new ArrayList<>();
    tasks().map(Task::id).filter(wanted::remove).forEach(ordered::add);
    ordered.addAll(wanted);
    return ordered;
  }

  public Optional<Task> task(String id) {
    return tasks().filter(t -> t.id().equals(id)).findFirst();
  }

  public Optional<Agency> agency(String id) {
    return agencies.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  public Optional<Sector> sector(String id) {
    return sectors.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The sector a user means by its id or its Vietnamese or English name (case, diacritics, spacing ignored). */
  public Optional<Sector> sectorNamed(String typed) {
    String key = sctb.core.text.Fold.key(typed);
    return sectors.stream()
        .filter(s -> sctb.core.text.Fold.key(s.id()).equals(key) || sctb.core.text.Fold.key(s.name().vi()).equals(key)
            || sctb.core.text.Fold.key(s.name().en()).equals(key))
        .findFirst();
  }

  public Optional<Indicator> indicator(String id) {
    return indicators.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  public Optional<Phase> phase(String id) {
    return info.phases().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** Every task output (IV.2's enterprises…) by id, in plan order. */
  public Map<String, TaskOutput> outputs() {
    Map<String, TaskOutput> all = new LinkedHashMap<>();
    tasks().forEach(t -> t.outputs().forEach(o -> all.put(o.id(), o)));
    return all;
  }

  /** The task each task output belongs to, by the output's id: a row of an output is owed with its task. */
  public Map<String, String> outputTasks() {
    Map<String, String> tasks = new HashMap<>();
    tasks().forEach(t -> t.outputs().forEach(o -> tasks.put(o.id(), t.id())));
    return tasks;
  }

  /** The name of what a row may report by this id: an indicator, or a task output counted like one. */
  public Optional<Localized> reportedName(String id) {
    Optional<Localized> name = indicator(id).map(Indicator::name);
    return name.isPresent() ? name : Optional.ofNullable(outputs().get(id)).map(TaskOutput::name);
  }

  /** The phase whose years contain the given year, if any. */
  public Optional<Phase> phaseOf(int year) {
    return info.phases().stream().filter(p -> p.start() <= year && year <= p.end()).findFirst();
  }
}
