package sctb.core.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sctb.core.diag.CappedDiagnostics;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Location;
import sctb.core.period.Period;
import sctb.core.plan.Plan;
import sctb.core.submission.Correction;
import sctb.core.submission.Corrections;
import sctb.core.submission.RowSink;

/**
 * The rules that look across files, applied as checked files arrive (always in the same order,
 * {@link ReadOrder}): duplicate rows and corrections (keys kept as 64-bit fingerprints with where each
 * was seen, its date, its agency and whether its file is a correction file, {@link Fingerprints}),
 * outliers, aggregate rows beside entity rows, the diagnostics capped per file and code as they come.
 * A period's keys are forgotten and its outliers and populations judged once it is complete
 * ({@link #complete}), else at the end. Accepted rows go to a {@link RowSink} and are not kept here.
 * Not thread-safe: one thread feeds it.
 */
public final class ValidationRun {
  // Keys hold their period, so a duplicate is always within one period: one table per period keeps
  // each table small (no doubling of one table of every row — 64 MB arrays at 2 M rows — which ran
  // a 256 MiB heap out of memory). Looked up only, never iterated.
  private Map<Period, Fingerprints> seen = new HashMap<>();
  private final Outliers outliers;
  private final AggregateRows aggregates = new AggregateRows();
  private final CappedDiagnostics diagnostics;
  private final List<String> files = new ArrayList<>();
  private final List<Boolean> correctionFiles = new ArrayList<>();
  /** Agencies a row answers for, numbered from 1 in the order met (0: none). */
  private final Map<String, Integer> agencies = new HashMap<>();
  private final List<String> agencyCodes = new ArrayList<>(List.of(""));
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
    correctionFiles.add(Corrections.isCorrectionFile(file.file()));
    rejected += file.rejected();
    CappedDiagnostics found = file.diagnostics();
    for (CheckedFile.Candidate c : file.rows()) {
      Period period = c.period();
      if (!period.equals(lastPeriod)) {
        lastPeriod = period;
        lastSeen = seen.computeIfAbsent(period, p -> new Fingerprints(true));
      }
      long where = ((long) index << 32) | (c.line() & 0xffffffffL);
      long extra = extra(c);
      int slot = lastSeen.putIfAbsent(c.fingerprint(), where, extra);
      if (slot >= 0 && !repeat(c, where, extra, slot, found, sink)) {
        continue;
      }
      accept(c, index, sink);
    }
    diagnostics.merge(found);
  }

  private void accept(CheckedFile.Candidate c, int index, RowSink sink) {
    accepted++;
    if (c.task() != null) {
      sink.task(c.task());
      return;
    }
    if (c.point() != null) {
      outliers.add(c.point(), c.indicator(), c.numeratorAt(), index);
    }
    aggregates.add(c.indicator(), c.keyAt(), c.remainder());
    sink.indicator(c.indicator());
  }

  /**
   * A key met before: a {@code duplicate-row} (the row rejected), or a correction — either this row
   * replaces the one held (handed over next: true) or the one held replaces it (false; never handed).
   */
  private boolean repeat(CheckedFile.Candidate c, long where, long extra, int slot, CappedDiagnostics found, RowSink sink) {
    long first = lastSeen.value(slot);
    long held = lastSeen.extra(slot);
    int firstFile = (int) (first >>> 32);
    int firstLine = (int) first;
    String kind = c.task() != null ? "tasks" : "indicators";
    int order = agencyOf(held) != agencyOf(extra) ? 0
        : Corrections.compare(c.correctionFile(), dateOf(extra), correctionFiles.get(firstFile), dateOf(held));
    if (order == 0) {
      found.add(Diagnostic.of(Code.DUPLICATE_ROW, c.keyAt(), c.key(), kind, Integer.toString(firstLine), files.get(firstFile)));
      rejected++;
      return false;
    }
    Location heldAt = Location.at(files.get(firstFile), firstLine, 0);
    Correction.Side mine = new Correction.Side(c.at(), dateOf(extra), null, null);
    Correction.Side theirs = new Correction.Side(heldAt, dateOf(held), null, null);
    String agency = agencyCodes.get(agencyOf(extra));
    if (order > 0) {
      Correction.Reason why = Corrections.reason(c.correctionFile(), correctionFiles.get(firstFile));
      found.add(Diagnostic.of(Code.CORRECTED_ROW, c.keyAt(), c.key(), dateOf(held) == null ? "replaces-undated" : "replaces",
          Integer.toString(firstLine), files.get(firstFile), shown(dateOf(held)), why.id()));
      sink.correction(new Correction(c.period(), agency, c.subject(), why, theirs, mine));
      lastSeen.set(slot, where, extra);
      return true;
    }
    Correction.Reason why = Corrections.reason(correctionFiles.get(firstFile), c.correctionFile());
    found.add(Diagnostic.of(Code.CORRECTED_ROW, c.keyAt(), c.key(), dateOf(held) == null ? "replaced-undated" : "replaced",
        Integer.toString(firstLine), files.get(firstFile), shown(dateOf(held)), why.id()));
    sink.correction(new Correction(c.period(), agency, c.subject(), why, mine.withRow(c.task(), c.indicator()), theirs));
    accepted++;
    return false;
  }

  /** What a correction needs of a row besides its place: its date (epoch day + 1; 0 when undated) and its agency. */
  private long extra(CheckedFile.Candidate c) {
    LocalDate d = c.submittedOn();
    long day = d == null ? 0 : d.toEpochDay() + 1;
    int agency = agencies.computeIfAbsent(c.answersFor(), a -> {
      agencyCodes.add(a);
      return agencyCodes.size() - 1;
    });
    return ((long) agency << 32) | (day & 0xffffffffL);
  }

  private static LocalDate dateOf(long extra) {
    long day = extra & 0xffffffffL;
    return day == 0 ? null : LocalDate.ofEpochDay(day - 1);
  }

  private static int agencyOf(long extra) {
    return (int) (extra >>> 32);
  }

  private static String shown(LocalDate d) {
    return d == null ? "" : java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(d);
  }

  /**
   * No file read from now on holds a row of a period that ends before {@code before}: those periods'
   * keys are forgotten and their outliers and populations judged.
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
    aggregates.complete(before);
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

  /** Diagnostics not tied to the rows of one file (an unreadable path, the register's). */
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

  /** Every diagnostic, outliers and populations included, capped and sorted. Call once, after the last file. */
  public List<Diagnostic> finish() {
    seen = null;
    lastSeen = null; // the largest store (36 bytes a row): freed before the outlier rule and the report run
    diagnostics.addAll(outliers.find());
    diagnostics.addAll(aggregates.find());
    return diagnostics.sorted();
  }
}
