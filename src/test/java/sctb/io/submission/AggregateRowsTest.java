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

/**
 * Aggregate rows (blank entity) stand for the rest of their own agency's population; beside rows naming
 * entities of the same indicator and period, one must say it is the rest (docs/methodology.md §2.2).
 */
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

  @Test
  void anAggregateBesideNamedEntitiesMustSayItIsTheRest() {
    // Named for the year: it holds both halves (a name giving one of them would be period-differs-from-path).
    Check.write(dir, "SCT-chi-so-2024.csv", """
        period,agency,indicator,sector,entity,numerator,denominator,note
        2024H1,SCT,zones-awareness,,Làng nghề A,1,1,
        2024H1,SCT,zones-awareness,,Làng nghề B,0,1,
        2024H1,SCT,zones-awareness,,,30,45,Tổng hợp các làng nghề
        2024H2,SCT,zones-awareness,,,31,45,Các làng nghề còn lại
        2024H2,SCT,zones-awareness,,Làng nghề A,1,1,
        """.getBytes(StandardCharsets.UTF_8));
    Check.write(dir, "BQLKKT-chi-so-2024H1.csv", """
        period,agency,indicator,sector,entity,numerator,denominator
        2024H1,BQLKKT,zones-awareness,,,3,10
        2024H1,BQLKKT,eco-packaging,,,3,10
        """.getBytes(StandardCharsets.UTF_8));
    Submissions s = Check.read(dir);
    // 2024H1: both unmarked aggregates of zones-awareness sit beside two named villages; eco-packaging has none
    // named; 2024H2's aggregate says it is the rest
    assertThat(s.diagnostics()).extracting(d -> d.code().id() + " " + d.location().file() + ":" + d.location().line())
        .containsExactly("aggregate-with-entities " + dir.getFileName() + "/BQLKKT-chi-so-2024H1.csv:2",
            "aggregate-with-entities " + dir.getFileName() + "/SCT-chi-so-2024.csv:4");
    assertThat(s.diagnostics().get(1).args()).containsExactly("indicator:zones-awareness", "2", "2024H1");
    assertThat(s.diagnostics().get(1).location().columnName()).isEqualTo("entity");
    assertThat(s.indicators()).hasSize(7); // warnings only: every row is still counted
  }
}
