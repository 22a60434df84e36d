package sctb.core.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Location;
import sctb.core.period.Period;
import sctb.core.period.PeriodParser;
import sctb.core.plan.Plan;
import sctb.core.progress.IndicatorDuty;
import sctb.core.progress.ProgressAccumulator;
import sctb.core.progress.ReportState;
import sctb.core.submission.IndicatorRow;
import sctb.core.submission.Status;
import sctb.core.submission.TaskRow;

/**
 * Where collection stands (docs/collection.md): which files are of the period, whose they are, each
 * agency's state and date received, against the real plan.yaml and rows made by hand.
 */
class CollectionCheckTest {
  static final Plan PLAN = sctb.RealPlan.PLAN;
  static final Period P = Period.half(2026, 2);
  static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  /** Rows streamed as the reader does, then the check. */
  static final class Workspace {
    final ProgressAccumulator engine = new ProgressAccumulator(PLAN, P);
    final IntakeTally tally = new IntakeTally(PLAN, P, engine);
    final List<String> files = new ArrayList<>();
    final List<Diagnostic> diagnostics = new ArrayList<>();

    Workspace task(String file, int line, String period, String agency, String task, String submitted) {
      file(file);
      tally.task(new TaskRow(Location.at(file, line, 0), PeriodParser.parse(period).orElseThrow(), agency, task, Status.IN_PROGRESS,
          null, "", null, null, null, submitted == null ? null : LocalDate.parse(submitted)));
      return this;
    }

    Workspace indicator(String file, int line, String period, String agency, String entity) {
      file(file);
      tally.indicator(new IndicatorRow(Location.at(file, line, 0), PeriodParser.parse(period).orElseThrow(), agency, "zones-awareness", "",
          entity, BigDecimal.ONE, BigDecimal.ONE, "", ""));
      return this;
    }

    /** A row of {@code file} rejected for {@code code}. */
    Workspace rejected(String file, int line, Code code) {
      file(file);
      tally.rejected(file, 1);
      diagnostics.add(Diagnostic.of(code, Location.at(file, line, 3), "x"));
      return this;
    }

    Workspace warning(String file, int line, Code code) {
      file(file);
      diagnostics.add(Diagnostic.of(code, Location.at(file, line, 3), "x"));
      return this;
    }

    private void file(String file) {
      if (!files.contains(file)) {
        files.add(file);
      }
    }

    CollectionStatus check(Map<String, LocalDate> fileDates) {
      var report = engine.finish(files, diagnostics, 0);
      return CollectionCheck.compute(PLAN, P, TODAY,
          new CollectionCheck.Inputs(files.stream().sorted().toList(), diagnostics, tally, report.reporting(), fileDates));
    }

    CollectionStatus check() {
      return check(Map.of());
    }
  }

  static AgencyIntake agency(CollectionStatus s, String id) {
    return s.agencies().stream().filter(a -> a.agency().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void everyExpectedAgencyIsListedInPlanOrderWithItsStateAndTheDaysToTheDueDate() {
    CollectionStatus s = new Workspace()
        .task("2026H2/STC.csv", 2, "2026H2", "STC", "I.2", "2026-11-16")
        .task("2026H2/STC.csv", 3, "2026H2", "STC", "I.3", "2026-11-16")
        .task("2026H2/STC.csv", 4, "2026H2", "STC", "VIII.2", "2026-11-16")
        .task("2026H2/STC.csv", 5, "2026H2", "STC", "VIII.3", "2026-11-16")
        .task("2026H2/SNNMT.csv", 2, "2026H2", "SNNMT", "I.4", "2026-11-19")
        .task("2026H2/SXD.csv", 2, "2026H2", "SXD", "V.7", "2026-11-23")
        .warning("2026H2/SXD.csv", 1, Code.UNKNOWN_COLUMN)
        .rejected("2026H2/SVHTTDL.csv", 2, Code.UNKNOWN_STATUS)
        .check();
    assertThat(s.dueDate()).isEqualTo(LocalDate.of(2026, 12, 20));
    // 20/12/2026 is a Sunday: a report is on time until Monday 21/12
    assertThat(s.onTimeUntil()).isEqualTo(LocalDate.of(2026, 12, 21));
    assertThat(s.daysToDue()).isEqualTo(26);
    assertThat(s.agencies()).extracting(AgencyIntake::agency).startsWith("SCT", "STC", "SVHTTDL");
    assertThat(agency(s, "STC").state()).isEqualTo(IntakeState.COMPLETE);
    assertThat(agency(s, "STC").receivedOn()).isEqualTo(LocalDate.of(2026, 11, 16));
    assertThat(agency(s, "STC").timeliness()).isEqualTo(ReportState.ON_TIME);
    assertThat(agency(s, "SNNMT").state()).isEqualTo(IntakeState.INCOMPLETE);
    assertThat(agency(s, "SNNMT").missing()).containsExactly("II.2", "IV.7", "VI.2", "X.2");
    // a warning does not hold a report back
    assertThat(agency(s, "SXD").state()).isEqualTo(IntakeState.COMPLETE);
    assertThat(agency(s, "SXD").warnings()).isEqualTo(1);
    // its only row rejected: the file came, nothing could be read, and the agency must send it again
    AgencyIntake svh = agency(s, "SVHTTDL");
    assertThat(svh.state()).isEqualTo(IntakeState.HAS_ERRORS);
    assertThat(svh.nothingRead()).isTrue();
    assertThat(svh.receivedOn()).isNull();
    assertThat(svh.dateSource()).isEqualTo(DateSource.NONE);
    assertThat(svh.files()).singleElement().satisfies(f -> {
      assertThat(f.rejectedRows()).isEqualTo(1);
      assertThat(f.errors()).isEqualTo(1);
    });
    assertThat(agency(s, "SCT").state()).isEqualTo(IntakeState.NOT_RECEIVED);
    assertThat(agency(s, "SCT").timeliness()).isEqualTo(ReportState.MISSING);
    assertThat(s.owing()).extracting(AgencyIntake::agency).contains("SCT", "SVHTTDL", "SNNMT").doesNotContain("STC", "SXD");
    assertThat(s.errors()).isEqualTo(1);
    assertThat(s.warnings()).isEqualTo(1);
  }

  @Test
  void aFileIsThePeriodsWhenItsPathNamesItOrItHoldsARowOfIt() {
    CollectionStatus s = new Workspace()
        .task("2026H1/SCT.csv", 2, "2026H1", "SCT", "I.1", "2026-06-12")
        .rejected("2026H1/SGDDT.csv", 2, Code.BAD_DATE) // an earlier period's problem
        .task("2026H2/SCT-dieu-chinh-2026H1.csv", 2, "2026H1", "SCT", "I.1", "2026-11-02") // a correction of 2026H1
        .task("moi/SCT.csv", 2, "2026H2", "SCT", "I.1", "2026-11-10") // anywhere, but of 2026H2
        .task("2026H2/SCT-cu.csv", 2, "2026H1", "SCT", "I.6", "2026-11-10") // in 2026H2's folder, copied from 2026H1
        .check();
    AgencyIntake sct = agency(s, "SCT");
    assertThat(sct.files()).extracting(FileIntake::file).containsExactly("2026H2/SCT-cu.csv", "moi/SCT.csv");
    assertThat(sct.otherPeriodRows()).isEqualTo(1);
    assertThat(sct.taskRows()).isEqualTo(1);
    assertThat(s.otherErrors()).isEqualTo(1);
    assertThat(s.errors()).isZero();
  }

  @Test
  void aFileIsFromTheAgencyItsRowsAnswerForElseTheOneItsNameBeginsWith() {
    CollectionStatus s = new Workspace()
        .task("2026H2/bao-cao.csv", 2, "2026H2", "SKHDT", "I.3", "2026-11-10") // merged into STC in 2025
        .rejected("2026H2/UBND-HUYEN nhiem vu.csv", 2, Code.MISSING_COLUMN)
        .rejected("2026H2/So Tai chinh - bo sung.csv", 2, Code.MISSING_COLUMN)
        .rejected("2026H2/khong-ro.csv", 2, Code.MISSING_COLUMN)
        .check();
    assertThat(agency(s, "STC").files()).extracting(FileIntake::file)
        .containsExactly("2026H2/So Tai chinh - bo sung.csv", "2026H2/bao-cao.csv");
    assertThat(agency(s, "UBND-XA").files()).extracting(FileIntake::file).containsExactly("2026H2/UBND-HUYEN nhiem vu.csv");
    assertThat(s.unattributed()).extracting(FileIntake::file).containsExactly("2026H2/khong-ro.csv");
    assertThat(s.errors()).isEqualTo(3);
  }

  @Test
  void anAgencyWithoutADutyInThePeriodIsListedLastAsUnexpected() {
    CollectionStatus s = new Workspace().task("2026H2/SNV.csv", 2, "2026H2", "SNV", "IX.5", "2026-11-10").check();
    AgencyIntake snv = s.agencies().get(s.agencies().size() - 1);
    assertThat(snv.agency()).isEqualTo("SNV");
    assertThat(snv.state()).isEqualTo(IntakeState.UNEXPECTED);
    assertThat(s.expected()).doesNotContain(snv);
  }

  @Test
  void anUndatedReportTakesItsFilesDayOnlyWhenAllowed() {
    Workspace w = new Workspace().task("2026H2/LMHTX.csv", 2, "2026H2", "LMHTX", "IV.8", null);
    AgencyIntake undated = agency(w.check(), "LMHTX");
    assertThat(undated.receivedOn()).isNull();
    assertThat(undated.timeliness()).isEqualTo(ReportState.UNDATED);
    Workspace again = new Workspace().task("2026H2/LMHTX.csv", 2, "2026H2", "LMHTX", "IV.8", null);
    AgencyIntake dated = agency(again.check(Map.of("2026H2/LMHTX.csv", LocalDate.of(2026, 12, 23))), "LMHTX");
    assertThat(dated.receivedOn()).isEqualTo(LocalDate.of(2026, 12, 23));
    assertThat(dated.dateSource()).isEqualTo(DateSource.FILE_DATE);
    assertThat(dated.timeliness()).isEqualTo(ReportState.LATE);
    assertThat(dated.daysLate()).isEqualTo(2);
  }

  @Test
  void aReportOnTheMondayAfterASundayDueDateIsOnTimeTheTuesdayLate() {
    CollectionStatus s = new Workspace()
        .task("2026H2/LMHTX.csv", 2, "2026H2", "LMHTX", "IV.8", "2026-12-21")
        .task("2026H2/VCCI.csv", 2, "2026H2", "VCCI", "VII.4", "2026-12-22")
        .check();
    assertThat(agency(s, "LMHTX").timeliness()).isEqualTo(ReportState.ON_TIME);
    assertThat(agency(s, "VCCI").timeliness()).isEqualTo(ReportState.LATE);
    assertThat(agency(s, "VCCI").daysLate()).isEqualTo(1);
  }

  @Test
  void indicatorRowsAreHeldAgainstThePreviousReport() {
    CollectionStatus s = new Workspace()
        .indicator("2026H1/BQLKKT-chi-so.csv", 2, "2026H1", "BQLKKT", "KCN A")
        .indicator("2026H1/BQLKKT-chi-so.csv", 3, "2026H1", "BQLKKT", "KCN B")
        .task("2026H2/BQLKKT.csv", 2, "2026H2", "BQLKKT", "IV.6", "2026-11-17")
        .task("2026H2/BQLKKT.csv", 3, "2026H2", "BQLKKT", "VI.3", "2026-11-17")
        .indicator("2026H2/BQLKKT-chi-so.csv", 2, "2026H2", "BQLKKT", "KCN A")
        .check();
    AgencyIntake bql = agency(s, "BQLKKT");
    assertThat(bql.indicators()).isEqualTo(
        new IndicatorDuty(2, 1, 0, List.of(new sctb.core.progress.MissingRow("zones-awareness", "", "KCN B"))));
    assertThat(bql.indicatorRows()).isEqualTo(1);
    assertThat(bql.state()).isEqualTo(IntakeState.INCOMPLETE);
  }

  @Test
  void theDeadlineToSendIsTheDueDateUnlessTooFewDaysAreLeft() {
    LocalDate due = LocalDate.of(2026, 12, 20);
    assertThat(Deadlines.sendBy(due, LocalDate.of(2026, 11, 25), 7)).isEqualTo(due);
    assertThat(Deadlines.sendBy(due, LocalDate.of(2026, 12, 13), 7)).isEqualTo(due);
    assertThat(Deadlines.sendBy(due, LocalDate.of(2026, 12, 14), 7)).isEqualTo(LocalDate.of(2026, 12, 21));
    assertThat(Deadlines.sendBy(due, LocalDate.of(2027, 1, 5), 7)).isEqualTo(LocalDate.of(2027, 1, 12));
  }

}
