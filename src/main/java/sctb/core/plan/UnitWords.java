package sctb.core.plan;

import java.math.BigDecimal;
import sctb.core.text.Language;
import sctb.core.text.Localized;

/**
 * The unit written after a number of things counted (docs/plan-format.md, `unit_one`): English puts a
 * unit in the singular for exactly one ("1 model", "2 models", "1.5 models"); Vietnamese never changes
 * ("1 mô hình"). Without a singular in the plan, the unit as written: sctb does not make up English words.
 */
public final class UnitWords {
  private UnitWords() {}

  /** {@code unit} (its {@code one} form for exactly 1 in English, when given) for {@code n} in {@code lang}. */
  public static String after(BigDecimal n, Localized unit, String one, Language lang) {
    boolean single = n != null && n.compareTo(BigDecimal.ONE) == 0;
    return single && lang == Language.EN && one != null && !one.isEmpty() ? one : unit.in(lang);
  }
}
