package sctb.core.progress;

import java.math.BigDecimal;
import sctb.core.register.EntityKind;

/**
 * A share's population against the register (docs/methodology.md §2.2): how many entities of its kind
 * the register holds open in the period, and how many the rows used say exist (Σ denominators).
 */
public record PopulationCheck(EntityKind kind, int registered, BigDecimal reported) {

  public boolean matches() {
    return reported != null && reported.compareTo(BigDecimal.valueOf(registered)) == 0;
  }
}
