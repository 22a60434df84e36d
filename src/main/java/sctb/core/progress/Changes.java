package sctb.core.progress;

import java.util.List;
import java.util.Optional;
import sctb.core.period.Period;

/**
 * What changed since the previous report (docs/methodology.md §15): its period, whether it judged
 * the same phase, every figure's change (indicators, their sectors, task outputs) and every task's.
 */
public record Changes(Period previous, boolean samePhase, List<FigureChange> figures, List<TaskChange> tasks) {

  public Changes {
    figures = List.copyOf(figures);
    tasks = List.copyOf(tasks);
  }

  /** The change of an indicator's or output's headline ({@code sector} null) or of one sector. */
  public Optional<Change> of(String id, String sector) {
    return figures.stream().filter(f -> f.id().equals(id) && java.util.Objects.equals(f.sector(), sector))
        .map(FigureChange::change).findFirst();
  }

  public Optional<TaskChange> task(String id) {
    return tasks.stream().filter(t -> t.task().equals(id)).findFirst();
  }
}
