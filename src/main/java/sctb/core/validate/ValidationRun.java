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
import sctb.core.text.DayMonthYear;

/**
 * The rules that look across files, applied as checked files arrive (always in the same order,
 * {@link ReadOrder}): duplicate rows and corrections (keys kept as 64-bit fingerprints with where each
 * was seen and its submission date packed in one long, {@link Fingerprints}),
 * outliers, aggregate rows beside entity rows, cumulative figures that fell, the diagnostics capped per file and code as they come.
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
  private final CumulativeFalls falls;
  private final CappedDiagnostics diagnostics;
  private final List<String> files = new ArrayList<>();
  private final List<Boolean> correctionFiles = new ArrayList<>();
  private int rejected;
  private int retired;
  private long accepted;
  private LocalDate horizon = LocalDate.MIN;
  // A period holds about as many keys as those of its kind before (half-years, whole years): its
  // table is made as large as the largest of theirs at once, as the last one's doubling (old and new
  // table live together) is a large read's peak.
  private final int[] keysByKind = new int[2];
  // Rows come a file, hence mostly a period, at a time: the last period's table saves a look-up a row.
  private Period lastPeriod;
  private Fingerprints lastSeen;
  /** The outlier rule's index of the file added last. */
  private int fileIndex;
  /** Rows of the file added last not added yet: room a growing table makes at once. */
  private int rowsToCome;
  // Rows looked up a batch at a time, their slots read first (touch).
  private static final int BATCH = 32;
  /** What the touching reads saw, kept only so that they are not dropped as unused. */
  private long touched;

  public ValidationRun(Plan plan, Lookup lookup, ValidateOptions options) {
    this.outliers = new Outliers(plan.progress().outlierFactor());
    this.falls = new CumulativeFalls(plan, lookup);
    this.diagnostics = new CappedDiagnostics(options.capPerCode());
  }

  /** Checks the file's rows against those seen before and hands the accepted ones to {@code sink}. */
  public void add(CheckedFile file, RowSink sink) {
    fileIndex = outliers.file(file.file());
    files.add(file.file());
    correctionFiles.add(Corrections.isCorrectionFile(file.file()));
    rowsToCome = file.fileRows();
    addRows(file, sink);
  }

  /**
   * The next part of the file added last, as {@link SubmissionValidator#check(Lookup,
   * sctb.core.submission.RawFile, ValidateOptions, int, java.util.function.Consumer)} hands a large file over.
   */
  public void addMore(CheckedFile part, RowSink sink) {
    addRows(part, sink);
  }

  private void addRows(CheckedFile file, RowSink sink) {
    int index = fileIndex;
    CappedDiagnostics found = file.diagnostics();
    List<CheckedFile.Candidate> rows = file.rows();
    for (int from = 0; from < rows.size(); from += BATCH) {
      int to = Math.min(rows.size(), from + BATCH);
      touch(rows, from, to);
      for (int r = from; r < to; r++) {
        CheckedFile.Candidate c = rows.get(r);
        Period period = c.period();
        if (!period.equals(lastPeriod)) {
          lastPeriod = period;
          lastSeen = seen.computeIfAbsent(period, p -> new Fingerprints(keysByKind[kind(p)]));
        }
        long seenAt = pack(index, c.line(), c.submittedOn());
        int slot = lastSeen.put(c.fingerprint(), seenAt, rowsToCome--);
        if (slot >= 0 && !repeat(c, index, seenAt, slot, found, sink)) {
          continue;
        }
        accept(c, index, sink);
      }
    }
    rejected += file.rejected();
    retired += file.retired();
    file.rejectedTasks().forEach(t -> sink.rejectedTask(t.at(), t.task()));
    if (file.rejected() > 0) {
      sink.rejected(file.file(), file.rejected());
    }
    if (file.retired() > 0) {
      sink.retired(file.file(), file.retired());
    }
    diagnostics.merge(found);
  }

  /**
   * Reads the key tables' slots of rows {@code from} to {@code to} before any of them is looked up: each
   * look-up is a cache miss into a table of megabytes, and reads that do not wait for one another
   * overlap, where miss, work, miss did not (a probe loop over a 23 MB table: 95–105 → 66–74 ns a probe).
   * Only where the look-ups will start; a row of another period than the last is not touched.
   */
  private void touch(List<CheckedFile.Candidate> rows, int from, int to) {
    long seen = 0;
    for (int r = from; r < to; r++) {
      CheckedFile.Candidate c = rows.get(r);
      if (lastSeen != null && c.period().equals(lastPeriod)) {
        seen ^= lastSeen.touch(c.fingerprint());
      }
      if (c instanceof CheckedFile.IndicatorCandidate i && i.point() != null) {
        seen ^= outliers.touch(i.point());
      }
    }
    touched ^= seen;
  }

  private void accept(CheckedFile.Candidate c, int index, RowSink sink) {
    accepted++;
    if (c instanceof CheckedFile.TaskCandidate t) {
      sink.task(t.row());
      return;
    }
    CheckedFile.IndicatorCandidate i = (CheckedFile.IndicatorCandidate) c;
    if (i.point() != null) {
      outliers.add(i, index);
    }
    aggregates.add(i);
    falls.add(i);
    sink.indicator(i.row());
  }

  /**
   * A key met before: a {@code duplicate-row} (the row rejected), or a correction — either this row
   * replaces the one held (handed over next: true) or the one held replaces it (false; never handed).
   */
  private boolean repeat(CheckedFile.Candidate c, int index, long seenAt, int slot, CappedDiagnostics found,
      RowSink sink) {
    long held = lastSeen.value(slot);
    int firstFile = fileOf(held);
    int firstLine = lineOf(held);
    String kind = c.kind().id() + (firstFile == index ? "" : "-elsewhere");
    int order = Corrections.compare(c.correctionFile(), c.submittedOn(), correctionFiles.get(firstFile), dateOf(held));
    if (order == 0) {
      found.add(Diagnostic.of(Code.DUPLICATE_ROW, c.keyAt(), c.key(), kind, Integer.toString(firstLine), files.get(firstFile)));
      rejected++;
      if (c instanceof CheckedFile.TaskCandidate t) {
        sink.rejectedTask(c.at(), t.row().task());
      }
      sink.rejected(c.at().file(), 1);
      return false;
    }
    Location heldAt = Location.at(files.get(firstFile), firstLine, 0);
    Correction.Side mine = new Correction.Side(c.at(), c.submittedOn(), null, null);
    Correction.Side theirs = new Correction.Side(heldAt, dateOf(held), null, null);
    if (order > 0) {
      Correction.Reason why = Corrections.reason(c.correctionFile(), correctionFiles.get(firstFile));
      found.add(Diagnostic.of(Code.CORRECTED_ROW, c.keyAt(), c.key(), dateOf(held) == null ? "replaces-undated" : "replaces",
          Integer.toString(firstLine), files.get(firstFile), DayMonthYear.of(dateOf(held)), why.id()));
      sink.correction(new Correction(c.period(), c.subject(), why, theirs, mine));
      lastSeen.set(slot, seenAt);
      return true;
    }
    Correction.Reason why = Corrections.reason(correctionFiles.get(firstFile), c.correctionFile());
    found.add(Diagnostic.of(Code.CORRECTED_ROW, c.keyAt(), c.key(), dateOf(held) == null ? "replaced-undated" : "replaced",
        Integer.toString(firstLine), files.get(firstFile), DayMonthYear.of(dateOf(held)), why.id()));
    sink.correction(new Correction(c.period(), c.subject(), why, mine.withRow(c.row()), theirs));
    accepted++;
    return false;
  }

  // A row seen: its file index (21 bits), line (26 bits) and submission date (17 bits: days since
  // 1970 + 1, 0 when undated) in one long, so that a period's table holds 16 bytes a key. Lines past
  // 2^26 (no file sctb reads holds that many rows) are shown as the largest.
  private static final int LINE_BITS = 26;
  private static final int DATE_BITS = 17;

  private static long pack(int file, int line, LocalDate date) {
    long day = date == null ? 0 : Math.max(1, Math.min(date.toEpochDay() + 1, (1L << DATE_BITS) - 1));
    long l = Math.min(Math.max(line, 0), (1L << LINE_BITS) - 1);
    return ((long) file << (LINE_BITS + DATE_BITS)) | (l << DATE_BITS) | day;
  }

  private static int fileOf(long packed) {
    return (int) (packed >>> (LINE_BITS + DATE_BITS));
  }

  private static int lineOf(long packed) {
    return (int) ((packed >>> DATE_BITS) & ((1L << LINE_BITS) - 1));
  }

  private static LocalDate dateOf(long packed) {
    long day = packed & ((1L << DATE_BITS) - 1);
    return day == 0 ? null : LocalDate.ofEpochDay(day - 1);
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
    seen.entrySet().removeIf(e -> {
      boolean done = e.getKey().end().isBefore(before);
      if (done) {
        int kind = kind(e.getKey());
        keysByKind[kind] = Math.max(keysByKind[kind], e.getValue().size());
      }
      return done;
    });
    lastPeriod = null;
    lastSeen = null;
    outliers.complete(before);
    aggregates.complete(before);
    falls.complete(before);
  }

  private static int kind(Period p) {
    return p.isYear() ? 1 : 0;
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

  /** Rows of an indicator retired in their period, set aside: neither accepted nor rejected. */
  public int retired() {
    return retired;
  }

  /** Every diagnostic, outliers and populations included, capped and sorted. Call once, after the last file. */
  public List<Diagnostic> finish() {
    seen = null;
    lastSeen = null; // the largest store (24 bytes a row): freed before the outlier rule and the report run
    diagnostics.addAll(outliers.find());
    diagnostics.addAll(aggregates.find());
    diagnostics.addAll(falls.find());
    return diagnostics.sorted();
  }
}
