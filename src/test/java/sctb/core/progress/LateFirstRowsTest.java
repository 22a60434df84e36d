package sctb.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import sctb.core.diag.Location;
import sctb.core.period.Period;
import sctb.core.submission.Correction;
import sctb.core.submission.IndicatorRow;

/** Which rows came after the report at the end of 2025 was due (20/12/2025, a Saturday: on time until Monday 22/12). */
class LateFirstRowsTest {
  private static final Period REPORT = Period.half(2025, 2);
  private static final LocalDate ON_TIME_UNTIL = LocalDate.of(2025, 12, 22);

  private static IndicatorRow row(String file, String period, LocalDate sent) {
    return new IndicatorRow(Location.at(file, 2, 1), sctb.core.period.PeriodParser.parse(period).orElseThrow(), "SCT",
        "zones-awareness", "", "", BigDecimal.ONE, BigDecimal.TEN, "", "", "", sent, "");
  }

  private static LateFirstRows late(Correction... corrections) {
    return new LateFirstRows(new FirstSubmissions(List.of(corrections)), REPORT, ON_TIME_UNTIL);
  }

  @Test
  void aRowIsLateWhenFirstSentAfterTheLastDayTheReportWasOnTime() {
    assertThat(late().of(row("a.csv", "2025H2", LocalDate.of(2025, 12, 22)))).isNull();
    LateSubmission l = late().of(row("a.csv", "2025H2", LocalDate.of(2025, 12, 23)));
    assertThat(l.agency()).isEqualTo("SCT");
    assertThat(l.submittedOn()).isEqualTo(LocalDate.of(2025, 12, 23));
    // a later period's row: the report could not have had it
    assertThat(late().of(row("a.csv", "2026H1", LocalDate.of(2026, 6, 1)))).isNull();
  }

  @Test
  void undatedItIsLateOnlyWhenItsPathNamesALaterPeriod() {
    assertThat(late().of(row("2026H1/BQLKKT-chi-so.csv", "2025H2", null))).isNotNull();
    assertThat(late().of(row("2025H2/BQLKKT-chi-so.csv", "2025H2", null))).isNull();
    assertThat(late().of(row("BQLKKT-chi-so.csv", "2025H2", null))).isNull();
  }

  @Test
  void aCorrectionIsSentWhenTheRowItCorrectsWas() {
    IndicatorRow first = row("a.csv", "2025H2", LocalDate.of(2025, 12, 10));
    IndicatorRow correcting = row("b.csv", "2025H2", LocalDate.of(2026, 3, 10));
    Correction c = new Correction(REPORT, "zones-awareness", Correction.Reason.LATER_DATE,
        new Correction.Side(first.at(), first.submittedOn(), null, first),
        new Correction.Side(correcting.at(), correcting.submittedOn(), null, correcting));
    assertThat(late(c).of(correcting)).isNull();
    assertThat(late().of(correcting)).isNotNull();
  }
}
