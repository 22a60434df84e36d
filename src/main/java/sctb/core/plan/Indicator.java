package sctb.core.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import sctb.core.register.EntityKind;
import sctb.core.text.Localized;

/**
 * A target of section II.2 as a measurable indicator, with one target per phase. {@code registerKind}
 * is the kind of register entry its rows are about (null: none — aggregates, or no register kind).
 * {@code retiredFrom}: the day an amendment stops tracking it (null: tracked throughout; {@link Retirements}).
 */
public record Indicator(
    String id,
    IndicatorKind kind,
    Localized name,
    String unit,
    Localized unitName,
    Localized measure,
    Localized population,
    EntityKind registerKind,
    List<String> tasks,
    List<Target> targets,
    LocalDate retiredFrom) {

  public Indicator {
    tasks = List.copyOf(tasks);
    targets = List.copyOf(targets);
  }

  public boolean isRetired() {
    return retiredFrom != null;
  }

  public Optional<Target> targetFor(String phaseId) {
    return targets.stream().filter(t -> t.phase().equals(phaseId)).findFirst();
  }
}
