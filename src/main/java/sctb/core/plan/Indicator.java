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
 * {@code unitOne}: the English unit for exactly one ("model" beside "models"; "" when not given, {@link UnitWords}).
 */
public record Indicator(
    String id,
    IndicatorKind kind,
    Localized name,
    String unit,
    Localized unitName,
    String unitOne,
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

  /** The unit to write after {@code n} in {@code lang} ("1 model", "2 models", "2 mô hình"). */
  public String unitFor(java.math.BigDecimal n, sctb.core.text.Language lang) {
    return UnitWords.after(n, unitName, unitOne, lang);
  }

  public boolean isRetired() {
    return retiredFrom != null;
  }

  public Optional<Target> targetFor(String phaseId) {
    return targets.stream().filter(t -> t.phase().equals(phaseId)).findFirst();
  }
}
