package sctb.core.collect;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Severity;

/**
 * One file received for P: its name as shown, the agency it is from ("" when neither its rows nor its
 * name say), the agency its name says when its rows are credited to another ("" otherwise), its rows of P by kind, rows of other periods, rows rejected, rows set aside as an indicator's retired in their
 * period ({@code retiredRows}: neither used nor rejected), the earliest submission date
 * written on its rows of P (null: none), its last-modified date when the user allows file dates
 * (null otherwise), every problem found in it, the task of each of its rows about a task that a
 * succession gives its own successor ({@code movedTasks}, by line: whom the problems on those rows are for),
 * and the byte-for-byte copies of it left out unread ({@code copies}: "SXD-nhiem-vu (1).csv", the same file saved twice).
 */
public record FileIntake(
    String file, String agency, String namedAgency, int taskRows, int indicatorRows, int otherPeriodRows, int rejectedRows,
    int retiredRows, LocalDate submittedOn, LocalDate fileDate, List<Diagnostic> diagnostics, Map<Integer, String> movedTasks,
    List<String> copies) {

  public FileIntake {
    diagnostics = List.copyOf(diagnostics);
    movedTasks = Map.copyOf(movedTasks);
    copies = List.copyOf(copies);
  }

  /** The task moved on its own that the row of {@code d} is about; null when it is about no such task. */
  public String movedTaskOf(Diagnostic d) {
    return movedTasks.get(d.location().line());
  }

  /** Every row the file holds: accepted (of P and of other periods), rejected, and set aside as a retired indicator's. */
  public int rows() {
    return taskRows + indicatorRows + otherPeriodRows + rejectedRows + retiredRows;
  }

  /** Errors in it, those past the cap of one code a file counted too (a {@code too-many} notice says how many). */
  public long errors() {
    return diagnostics.stream().mapToLong(d -> count(d, true)).sum();
  }

  public long warnings() {
    return diagnostics.stream().mapToLong(d -> count(d, false)).sum();
  }

  /** How many errors ({@code errors}) or warnings {@code d} stands for: itself, or the problems a too-many notice hides. */
  static long count(Diagnostic d, boolean errors) {
    if (d.code() == Code.TOO_MANY) {
      boolean hidesErrors = Arrays.stream(Code.values()).anyMatch(c -> c.id().equals(d.value()) && c.severity() == Severity.ERROR);
      return hidesErrors == errors ? Long.parseLong(d.args().get(0)) : 0;
    }
    return d.isError() == errors ? 1 : 0;
  }
}
