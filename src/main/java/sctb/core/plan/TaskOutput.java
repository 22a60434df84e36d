package sctb.core.plan;

import java.math.BigDecimal;
import sctb.core.text.Localized;

/** A quantity named inside a task (IV.2: about 20 enterprises), tracked like a count indicator. */
public record TaskOutput(String id, String taskId, Localized name, BigDecimal target, boolean approximate, Localized unit,
    String unitOne) {

  /** The unit to write after {@code n} in {@code lang} ("1 enterprise", "20 enterprises"; {@link UnitWords}). */
  public String unitFor(BigDecimal n, sctb.core.text.Language lang) {
    return UnitWords.after(n, unit, unitOne, lang);
  }
}
