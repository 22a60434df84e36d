package sctb.core.plan;

import java.math.BigDecimal;
import java.util.List;
import sctb.core.text.Localized;

/**
 * What an indicator must reach by the end of {@code year}, measured against {@code baseline} (a
 * year): at least {@code min}, ideally {@code stretch} (null when the plan gives one number). A
 * qualitative target has no {@code min} and says what it means in {@code note}.
 */
public record Target(
    String phase,
    int year,
    int baseline,
    BigDecimal min,
    BigDecimal stretch,
    BigDecimal baselineValue,
    List<String> sectors,
    Localized text,
    Localized note) {

  public Target {
    sectors = List.copyOf(sectors);
  }

  public boolean isQualitative() {
    return min == null;
  }
}
