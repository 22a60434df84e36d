package sctb.core.collect;

import java.time.LocalDate;
import java.util.List;
import sctb.core.progress.IndicatorDuty;
import sctb.core.progress.ReportState;

/**
 * One agency's report for P as the officer collecting it sees it: its state, when it was received and
 * whether that was on time ({@code timeliness}: on time, late, undated, missing, unexpected — the
 * engine's rule, with file dates when allowed), its files, the tasks of its duty and those missing,
 * its indicator rows against its previous report, and the problems in its files.
 */
public record AgencyIntake(
    String agency, IntakeState state, ReportState timeliness, LocalDate receivedOn, DateSource dateSource,
    long daysLate, List<FileIntake> files, List<String> assigned, List<String> missing, IndicatorDuty indicators) {

  public AgencyIntake {
    files = List.copyOf(files);
    assigned = List.copyOf(assigned);
    missing = List.copyOf(missing);
  }

  public int taskRows() {
    return files.stream().mapToInt(FileIntake::taskRows).sum();
  }

  public int indicatorRows() {
    return files.stream().mapToInt(FileIntake::indicatorRows).sum();
  }

  /** Files came but no row of them could be read (so neither what they hold nor when they were sent is known). */
  public boolean nothingRead() {
    return !files.isEmpty() && taskRows() + indicatorRows() + otherPeriodRows() == 0;
  }

  public int rejectedRows() {
    return files.stream().mapToInt(FileIntake::rejectedRows).sum();
  }

  /** Rows of other periods in its files of P (a file copied from the last period, say). */
  public int otherPeriodRows() {
    return files.stream().mapToInt(FileIntake::otherPeriodRows).sum();
  }

  public long errors() {
    return files.stream().mapToLong(FileIntake::errors).sum();
  }

  public long warnings() {
    return files.stream().mapToLong(FileIntake::warnings).sum();
  }

  /** Tasks of its duty it reported. */
  public int reported() {
    return assigned.size() - missing.size();
  }
}
