package sctb.io.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sctb.core.period.Period;
import sctb.core.progress.AgencyReporting;
import sctb.core.progress.ProgressEngine;
import sctb.core.progress.ProgressReport;
import sctb.core.progress.ReportState;
import sctb.core.submission.CollectedRows;
import sctb.core.submission.Correction;
import sctb.core.submission.IndicatorRow;
import sctb.core.submission.RowSink;
import sctb.core.submission.Status;
import sctb.core.submission.Submissions;
import sctb.core.submission.TaskRow;

/**
 * The correction rule (docs/methodology.md §14): a row of the same agency, period and key in a
 * correction file, or submitted later, replaces the earlier one whatever the order files are read in;
 * rows that cannot be told apart stay duplicates; timeliness goes by the first submission.
 */
class CorrectionsTest {
  static final String TASKS = "period,agency,task,status,progress,submitted_on\n";

  static Path write(Path dir, String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void aLaterRowReplacesTheEarlierAndBothAreKept(@TempDir Path dir) throws Exception {
    write(dir, "2024H1/SCT-nhiem-vu.csv", TASKS + "2024H1,SCT,I.1,in-progress,40,13/06/2024\n2024H1,SCT,I.6,done,100,13/06/2024\n");
    write(dir, "2025H1/SCT-nhiem-vu-bo-sung-2024H1.csv", TASKS + "2024H1,SCT,I.1,ongoing,55,15/01/2025\n");
    Submissions s = Check.read(dir);
    assertThat(s.tasks()).hasSize(2);
    assertThat(s.tasks()).filteredOn(t -> t.task().equals("I.1")).singleElement()
        .satisfies(t -> assertThat(t.status()).isEqualTo(Status.ONGOING));
    Correction c = s.corrections().get(0);
    assertThat(c.reason()).isEqualTo(Correction.Reason.LATER_DATE);
    assertThat(c.period()).isEqualTo(Period.half(2024, 1));
    assertThat(c.agency()).isEqualTo("SCT");
    assertThat(c.subject()).isEqualTo("I.1");
    assertThat(c.older().task().progress()).isEqualByComparingTo("40");
    assertThat(c.older().submittedOn()).isEqualTo(LocalDate.of(2024, 6, 13));
    assertThat(c.newer().task().progress()).isEqualByComparingTo("55");
    assertThat(c.newer().at().file()).endsWith("SCT-nhiem-vu-bo-sung-2024H1.csv");
    Check.at(Check.only(s, "corrected-row"), 2, "task");
    assertThat(Check.only(s, "corrected-row").args()).startsWith("replaces", "2");
    assertThat(s.rejectedRows()).isZero();
    assertThat(s.diagnostics()).noneMatch(d -> d.isError());
  }

  @Test
  void theSameWhenTheCorrectionIsReadFirst(@TempDir Path dir) throws Exception {
    // "2024H1/A-…" sorts before "2024H1/SCT-…": the correction is met before the row it corrects
    write(dir, "2024H1/A-dieu-chinh.csv", TASKS + "2024H1,SCT,I.1,ongoing,55,\n");
    write(dir, "2024H1/SCT-nhiem-vu.csv", TASKS + "2024H1,SCT,I.1,in-progress,40,\n");
    Submissions s = Check.read(dir);
    assertThat(s.tasks()).singleElement().satisfies(t -> assertThat(t.progress()).isEqualByComparingTo("55"));
    Correction c = s.corrections().get(0);
    assertThat(c.reason()).isEqualTo(Correction.Reason.CORRECTION_FILE); // neither is dated: the correction file decides
    assertThat(c.older().task().progress()).isEqualByComparingTo("40");
    assertThat(c.newer().task().progress()).isEqualByComparingTo("55");
    assertThat(Check.only(s, "corrected-row").args()).startsWith("replaced-undated");
    Check.at(Check.only(s, "corrected-row"), 2, "task");
    assertThat(Check.only(s, "corrected-row").location().file()).endsWith("SCT-nhiem-vu.csv");
  }

  @Test
  void rowsTheRuleCannotTellApartStayDuplicates(@TempDir Path dir) throws Exception {
    write(dir, "2024H1/SCT-a.csv", TASKS + "2024H1,SCT,I.1,in-progress,40,13/06/2024\n");
    write(dir, "2024H1/SCT-b.csv", TASKS + "2024H1,SCT,I.1,ongoing,55,13/06/2024\n2024H1,SCT,I.6,done,,\n");
    write(dir, "2024H1/SCT-c.csv", TASKS + "2024H1,SCT,I.6,ongoing,,20/06/2024\n");
    Submissions s = Check.read(dir);
    // the same date, and one dated row against an undated one: neither is known to be later
    assertThat(s.diagnostics()).filteredOn(d -> d.code().id().equals("duplicate-row")).hasSize(2);
    assertThat(s.corrections()).isEmpty();
    assertThat(s.tasks()).extracting(t -> t.progress() == null ? "" : t.progress().toPlainString()).containsExactly("40", "");
  }

  @Test
  void aLaterRowAboutTheSameEntityWinsWhicheverAgencySentIt(@TempDir Path dir) throws Exception {
    // an entity row's key is the entity, not the agency: what is known later about it wins
    String head = "period,agency,indicator,entity,numerator,denominator,submitted_on\n";
    write(dir, "2024H1/SCT-chi-so.csv", head + "2024H1,SCT,zones-awareness,CCN A,0,1,10/06/2024\n"
        + "2024H1,SCT,zones-awareness,CCN B,0,1,10/06/2024\n");
    write(dir, "2024H1/BQLKKT-chi-so.csv", head + "2024H1,BQLKKT,zones-awareness,Cụm công nghiệp A,1,1,15/06/2024\n"
        + "2024H1,BQLKKT,zones-awareness,CCN B,1,1,10/06/2024\n");
    Submissions s = Check.read(dir);
    assertThat(s.corrections()).singleElement().satisfies(c -> {
      // BQLKKT's row, sent on 15/06, is the later: read first, it replaces SCT's of 10/06, read after it
      assertThat(c.agency()).isEqualTo("BQLKKT");
      assertThat(c.newer().indicator().entity()).isEqualTo("Cụm công nghiệp A");
      assertThat(c.older().indicator().agency()).isEqualTo("SCT");
    });
    // CCN B: both sent on 10/06 — neither is later: a duplicate, the second one read is left out
    Check.only(s, "duplicate-row");
    assertThat(s.indicators()).extracting(r -> r.agency() + " " + r.entity())
        .containsExactlyInAnyOrder("BQLKKT Cụm công nghiệp A", "BQLKKT CCN B");
  }

  @Test
  void aCorrectionNamedAfterItsPeriodIsReadWithItsPeriodWithoutStartingAgain(@TempDir Path dir) throws Exception {
    write(dir, "2024H1/SCT-nhiem-vu.csv", TASKS + "2024H1,SCT,I.1,in-progress,40,13/06/2024\n");
    write(dir, "2024H2/SCT-nhiem-vu.csv", TASKS + "2024H2,SCT,I.1,in-progress,60,13/12/2024\n");
    write(dir, "2025H1/SCT-nhiem-vu-dieu-chinh-2024H1.csv", TASKS + "2024H1,SCT,I.1,ongoing,45,15/01/2025\n");
    Recording rows = new Recording();
    SubmissionReader.stream(Check.PLAN, List.of(dir), ReadOptions.defaults(Check.TODAY), rows, ReadProgress.NONE);
    assertThat(rows.restarts).isZero();
    assertThat(rows.kept.corrections()).hasSize(1);
    // named after no period, it is read with 2025H1, after 2024H1 was complete: sctb reads again, with the same result
    Files.move(dir.resolve("2025H1/SCT-nhiem-vu-dieu-chinh-2024H1.csv"), dir.resolve("2025H1/SCT-nhiem-vu-dieu-chinh.csv"));
    Recording again = new Recording();
    SubmissionReader.stream(Check.PLAN, List.of(dir), ReadOptions.defaults(Check.TODAY), again, ReadProgress.NONE);
    assertThat(again.restarts).isEqualTo(1);
    assertThat(again.kept.tasks()).extracting(t -> t.progress().toPlainString()).containsExactlyInAnyOrder("45", "60");
    assertThat(again.kept.corrections()).hasSize(1);
  }

  /** Keeps the rows, and counts how often the reader started again. */
  private static final class Recording implements RowSink {
    final CollectedRows kept = new CollectedRows();
    int restarts;

    @Override
    public void task(TaskRow row) {
      kept.task(row);
    }

    @Override
    public void indicator(IndicatorRow row) {
      kept.indicator(row);
    }

    @Override
    public void correction(Correction c) {
      kept.correction(c);
    }

    @Override
    public void restart() {
      restarts++;
      kept.restart();
    }
  }

  @Test
  void timelinessGoesByTheFirstSubmission(@TempDir Path dir) throws Exception {
    write(dir, "2024H1/SCT-nhiem-vu.csv", TASKS + "2024H1,SCT,I.1,in-progress,40,13/06/2024\n");
    write(dir, "2025H1/SCT-nhiem-vu-dieu-chinh-2024H1.csv", TASKS + "2024H1,SCT,I.1,ongoing,55,15/01/2025\n");
    ProgressReport r = ProgressEngine.compute(Check.PLAN, Check.read(dir), Period.half(2024, 1));
    AgencyReporting sct = r.reporting().agencies().stream().filter(a -> a.agency().equals("SCT")).findFirst().orElseThrow();
    assertThat(sct.state()).isEqualTo(ReportState.ON_TIME);
    assertThat(sct.submittedOn()).isEqualTo(LocalDate.of(2024, 6, 13));
    assertThat(sct.onTime()).isEqualTo(1);
    assertThat(r.corrections()).singleElement().satisfies(c -> assertThat(c.older().task().status()).isEqualTo(Status.IN_PROGRESS));
    assertThat(r.tasks().stream().filter(t -> t.task().id().equals("I.1")).findFirst().orElseThrow().status())
        .isEqualTo(Status.ONGOING);
  }
}
