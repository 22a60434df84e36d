package sctb.core.plan;

import java.util.List;
import java.util.Optional;
import sctb.core.register.EntityKind;
import sctb.core.text.Localized;

/**
 * A target of section II.2 as a measurable indicator, with one target per phase. {@code registerKind}
 * is the kind of register entry its rows are about (null: none — aggregates, or no register kind).
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
    List<Target> targets) {

  public Indicator {
    tasks = List.copyOf(tasks);
    targets = List.copyOf(targets);
  }

  public Optional<Target> targetFor(String phaseId) {
    return targets.stream().filter(t -> t.phase().equals(phaseId)).findFirst();
  }
}
