package sctb.core.collect;

import java.time.LocalDate;
import java.util.List;
import sctb.core.diag.Diagnostic;

/**
 * One file received for P: its name as shown, the agency it is from ("" when neither its rows nor its
 * name say), the agency its name says when its rows are credited to another ("" otherwise), its rows of P by kind, rows of other periods, rows rejected, the earliest submission date
 * written on its rows of P (null: none), its last-modified date when the user allows file dates
 * (null otherwise), and every problem found in it.
 */
public record FileIntake(
    String file, String agency, String namedAgency, int taskRows, int indicatorRows, int otherPeriodRows, int rejectedRows,
    LocalDate submittedOn, LocalDate fileDate, List<Diagnostic> diagnostics) {

  public FileIntake {
    diagnostics = List.copyOf(diagnostics);
  }

  /** Every row the file holds: accepted (of P and of other periods) and rejected. */
  public int rows() {
    return taskRows + indicatorRows + otherPeriodRows + rejectedRows;
  }

  public long errors() {
    return diagnostics.stream().filter(Diagnostic::isError).count();
  }

  public long warnings() {
    return diagnostics.size() - errors();
  }
}
