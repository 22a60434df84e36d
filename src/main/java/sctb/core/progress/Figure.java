package sctb.core.progress;

import java.math.BigDecimal;
import sctb.core.period.Period;

/** One judged figure: its value (null without data), the period its data is from, and the assessment. */
public record Figure(Period asOf, BigDecimal value, Assessment assessment) {}
