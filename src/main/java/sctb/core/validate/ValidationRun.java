package sctb.core.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sctb.core.diag.CappedDiagnostics;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.period.Period;
import sctb.core.plan.Plan;
import sctb.core.submission.RowSink;

/**
 * The rules that look across files, applied as checked files arrive (always in the same order,
 * {@link ReadOrder}): duplicate rows (keys kept as 64-bit fingerprints, {@link Fingerprints}),
 * outliers, the diagnostics capped per file and code as they come. A period's duplicate keys are
 * forgotten and its outliers judged once it is complete ({@link #complete}), else at the end.
 * Accepted rows go to a {@link RowSink} and are not kept here. Not thread-safe: one thread feeds it.
 */
public final class ValidationRun {
  // Keys hold their period, so a duplicate is always within one period: one table per period keeps
  // each table small (no doubling of one table of every row — 64 MB arrays at 2 M rows — which ran
  // a 256 MiB heap out of memory). Looked up only, never iterated.
  private Map<Period, Fingerprints> seen = new HashMap<>();
  private final Outliers outliers;
  private final CappedDiagnostics diagnostics;
  private final List<String> files = new ArrayList<>();
  private int rejected;
  private long accepted;
  private LocalDate horizon = LocalDate.MIN;
  // Rows come a file, hence mostly a period, at a time: the last period's table saves a look-up a row.
  private Period lastPeriod;
  private Fingerprints lastSeen;

  public ValidationRun(Plan plan, Lookup lookup, ValidateOptions options) {
    this.outliers = new Outliers(plan.progress().outlierFactor());
    this.diagnostics = new CappedDiagnostics(options.capPerCode());
  }

  /** Checks the file's rows against those seen before and hands the accepted ones to {@code sink}. */
  public void add(CheckedFile file, RowSink sink) {
    int index = outliers.file(file.file());
    files.add(file.file());
    rejected += file.rejected();
    CappedDiagnostics found = file.diagnostics();
    for (CheckedFile.Candidate c : file.rows()) {
      Period period = c.period();
      if (!period.equals(lastPeriod)) {
        lastPeriod = period;
        lastSeen = seen.computeIfAbsent(period, p -> new Fingerprints());
      }
      long first = lastSeen.putIfAbsent(c.fingerprint(), ((long) index << 32) | (c.line() & 0xffffffffL));
      if (first >= 0) {
        String firstFile = files.get((int) (first >>> 32));
        found.add(Diagnostic.of(Code.DUPLICATE_ROW, c.keyAt(), c.key(),
            c.kind().id() + (firstFile.equals(file.file()) ? "" : "-elsewhere"), Integer.toString((int) first), firstFile));
        rejected++;
        continue;
      }
      accepted++;
      if (c instanceof CheckedFile.TaskCandidate t) {
        sink.task(t.row());
      } else {
        CheckedFile.IndicatorCandidate i = (CheckedFile.IndicatorCandidate) c;
        if (i.point() != null) {
          outliers.add(i.point(), i.row(), i.numeratorAt(), index);
        }
        sink.indicator(i.row(), i.entityKey());
      }
    }
    diagnostics.merge(found);
  }

  /**
   * No file read from now on holds a row of a period that ends before {@code before}: those periods'
   * duplicate keys are forgotten and their outliers judged.
   */
  public void complete(LocalDate before) {
    if (!before.isAfter(horizon)) {
      return;
    }
    horizon = before;
    seen.keySet().removeIf(p -> p.end().isBefore(before));
    lastPeriod = null;
    lastSeen = null;
    outliers.complete(before);
  }

  /** Whether every row of {@code file} belongs to a period not yet complete (else its rules could not be applied). */
  public boolean fits(CheckedFile file) {
    Period checked = null;
    for (CheckedFile.Candidate c : file.rows()) {
      if (!c.period().equals(checked)) {
        if (c.period().end().isBefore(horizon)) {
          return false;
        }
        checked = c.period();
      }
    }
    return true;
  }

  /** Diagnostics not tied to the rows of one file (an unreadable path). */
  public void add(Diagnostic d) {
    diagnostics.add(d);
  }

  /** The files read, in path order. */
  public List<String> files() {
    return files.stream().sorted().toList();
  }

  public long accepted() {
    return accepted;
  }

  public int rejected() {
    return rejected;
  }

  /** Every diagnostic, outliers included, capped and sorted. Call once, after the last file. */
  public List<Diagnostic> finish() {
    seen = null;
    lastSeen = null; // the largest store (24 bytes a row): freed before the outlier rule and the report run
    diagnostics.addAll(outliers.find());
    return diagnostics.sorted();
  }
}
