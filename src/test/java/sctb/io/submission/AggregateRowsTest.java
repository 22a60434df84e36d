package sctb.io.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sctb.core.period.Period;
import sctb.core.progress.ProgressEngine;
import sctb.core.progress.TallyOutcome;
import sctb.core.submission.Submissions;

/** Aggregate rows (blank entity) stand for the rest of their own agency's population. */
class AggregateRowsTest {
  @TempDir Path dir;

  @Test
  void twoAgenciesAggregatesForOneShareAreTwoPopulationsBothCounted() {
    Check.write(dir, "SCT-chi-so.csv", """
        period,agency,indicator,sector,entity,numerator,denominator
        2024H1,SCT,zones-awareness,,,24,45
        """.getBytes(StandardCharsets.UTF_8));
    Check.write(dir, "BQLKKT-chi-so.csv", """
        period,agency,indicator,sector,entity,numerator,denominator
        2024H1,BQLKKT,zones-awareness,,,3,10
        """.getBytes(StandardCharsets.UTF_8));
    Submissions s = Check.read(dir);
    assertThat(s.diagnostics()).isEmpty();
    assertThat(s.indicators()).hasSize(2);
    TallyOutcome zones = (TallyOutcome) ProgressEngine.compute(Check.PLAN, s, Period.half(2024, 1))
        .indicator("zones-awareness").orElseThrow().outcome();
    assertThat(zones.numerator()).isEqualByComparingTo("27"); // 24 + 3
    assertThat(zones.denominator()).isEqualByComparingTo("55"); // 45 + 10
  }

  @Test
  void oneAgencysAggregateSentTwiceIsStillADuplicate() {
    Check.write(dir, "SCT-chi-so.csv", """
        period,agency,indicator,sector,entity,numerator,denominator
        2024H1,SCT,zones-awareness,,,24,45
        2024H1,SCT,zones-awareness,,,25,45
        """.getBytes(StandardCharsets.UTF_8));
    Submissions s = Check.read(dir);
    assertThat(Check.only(s, "duplicate-row").value()).contains("SCT");
    assertThat(s.indicators()).hasSize(1);
  }
}
