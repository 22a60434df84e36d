package sctb.core.validate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import sctb.core.diag.CappedDiagnostics;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Location;
import sctb.core.period.PathPeriods;
import sctb.core.period.Period;
import sctb.core.plan.Agency;
import sctb.core.plan.Indicator;
import sctb.core.plan.Retirements;
import sctb.core.submission.Column;
import sctb.core.submission.Corrections;
import sctb.core.submission.Dates;
import sctb.core.submission.DecimalStyle;
import sctb.core.submission.NumberLimits;
import sctb.core.submission.Numbers;
import sctb.core.submission.RawFile;
import sctb.core.submission.RawRow;
import sctb.core.submission.SubtotalLabel;
import sctb.core.text.DayMonthYear;
import sctb.core.text.SafeText;
import sctb.core.text.Suggest;

/**
 * The rules every row shares, one cell at a time: required cells, period, agency (with succession),
 * numbers and dates. Collects the row's diagnostics; the row is accepted when none is an error.
 * One per file, moved from row to row ({@link #on}): an object a row was ~3 % of validate's bytes
 * (JFR, round 11), and each young collection stops both cores.
 */
final class Cells {
  private RawRow row;
  private final Lookup lookup;
  private final ValidateOptions options;
  private final DecimalStyle decimals;
  private final boolean monthFirstDates;
  // The period the file's path names (null: none, or a correction file, which may hold any period) and
  // the other periods its rows were already warned of (period-differs-from-path: once a period, a file).
  private final Period pathPeriod;
  private final Set<Period> warnedPeriods = new HashSet<>();
  private final CappedDiagnostics found;
  private final String shownFile;
  private boolean errors;
  // The row above's period, agency and indicator cells and what they name: a file repeats them on every
  // row, and RepeatedCells hands the row the very String of the row above, so one identity test
  // skips the look-ups (pure: the same text names the same thing).
  private String periodText;
  private Optional<Period> periodFound;
  private String agencyText;
  private Optional<String> agencyFound;
  private String indicatorText;
  private Lookup.IndicatorRef indicatorFound;
  // The agency the file's name says (null: none) and the agencies its rows give that do not fit it,
  // checked once an agency a file (FileAgency), told once a file (finish).
  private final String namedAgency;
  private final Set<String> agenciesChecked = new HashSet<>();
  private final Set<String> otherAgencies = new java.util.LinkedHashSet<>();
  private Location firstOtherAgency;
  // Rows of indicators an amendment retired (retired-indicator), per indicator: the first row's cell, and how many.
  private final Map<Indicator, RetiredRows> retiredRows = new LinkedHashMap<>();
  private boolean ignored;

  private static final class RetiredRows {
    final Location first;
    final String text;
    int count;

    RetiredRows(Location first, String text) {
      this.first = first;
      this.text = text;
    }
  }

  /**
   * The file's rows' diagnostics go straight to its file's {@code found}, in the order they are met;
   * {@code shownFile}: the rows' file as a {@link Location} names it ({@link #shownFile}), made once a file.
   */
  private Cells(Lookup lookup, ValidateOptions options, DecimalStyle decimals, boolean monthFirstDates,
      Period pathPeriod, CappedDiagnostics found, String shownFile, String namedAgency) {
    this.shownFile = shownFile;
    this.namedAgency = namedAgency;
    this.lookup = lookup;
    this.options = options;
    this.decimals = decimals;
    this.monthFirstDates = monthFirstDates;
    this.found = found;
    this.pathPeriod = pathPeriod;
  }

  /**
   * The cells of {@code file}'s rows: numbers read in its decimal style, dates in its order of day and
   * month, periods checked against the one its path names (not a correction file's: it may hold any).
   */
  static Cells of(Lookup lookup, ValidateOptions options, RawFile file, CappedDiagnostics found) {
    Period pathPeriod = Corrections.isCorrectionFile(file.file()) ? null : PathPeriods.hint(file.file()).orElse(null);
    return new Cells(lookup, options, file.decimals(), file.monthFirstDates(), pathPeriod, found,
        shownFile(file.file()), FileAgency.named(file.file(), lookup).orElse(null));
  }

  /**
   * After the file's last row: {@code file-names-other-agency} when rows give an agency its name does
   * not fit (their figures count for the agency the rows give, which nobody would see otherwise).
   */
  void finish() {
    retiredRows.forEach((indicator, rows) -> found.add(Diagnostic.of(Code.RETIRED_INDICATOR, rows.first, rows.text,
        "indicator:" + indicator.id(), Retirements.firstPeriod(lookup.plan(), indicator).orElseThrow().toString(),
        DayMonthYear.of(indicator.retiredFrom()), Integer.toString(rows.count))));
    if (!otherAgencies.isEmpty()) {
      String name = shownFile.substring(shownFile.lastIndexOf('/') + 1);
      found.add(Diagnostic.of(Code.FILE_NAMES_OTHER_AGENCY, firstOtherAgency, name, "agency:" + namedAgency,
          "agencies:" + String.join("|", otherAgencies)));
    }
  }

  /** Notes, once an agency a file, an agency the rows give that the file's name does not fit. */
  private void againstFileName(String code) {
    if (namedAgency != null && agenciesChecked.add(code) && !FileAgency.fits(lookup.plan(), namedAgency, code)) {
      otherAgencies.add(code);
      if (firstOtherAgency == null) {
        firstOtherAgency = at(Column.AGENCY);
      }
    }
  }

  /** These cells now those of {@code row} (the file's next row), with the problems its shape already has. */
  Cells on(RawRow row) {
    this.row = row;
    this.errors = false;
    this.ignored = false;
    List<Diagnostic> problems = row.problems();
    for (int i = 0; i < problems.size(); i++) { // no iterator a row: most rows have none
      add(problems.get(i));
    }
    return this;
  }

  RawRow row() {
    return row;
  }

  boolean hasErrors() {
    return errors;
  }

  /** The row is of an indicator retired in its period: left aside, neither used nor rejected. */
  void retired(Indicator indicator, String text) {
    ignored = true;
    retiredRows.computeIfAbsent(indicator, i -> new RetiredRows(at(Column.INDICATOR), SafeText.excerpt(text.strip()))).count++;
  }

  /** True when the current row was left aside ({@link #retired}), not rejected. */
  boolean ignored() {
    return ignored;
  }

  void add(Code code, Column column, String value, String... args) {
    add(Diagnostic.of(code, row.at(column), value, args));
  }

  void add(Diagnostic d) {
    found.add(d);
    errors |= d.isError();
  }

  /**
   * False when a diagnostic of {@code code} on the column's cell would only be counted (its file has
   * shown as many as it may): its message need not be worked out, {@link #count} it instead.
   */
  boolean shown(Code code, Column column) {
    return found.keeps(code, shownFile, row.line(), row.layout().columnNumber(column));
  }

  /** One more warning of {@code code} that {@link #shown} said is only counted (an error must be added: it rejects the row). */
  void count(Code code) {
    found.count(shownFile, code);
  }

  /** A file as a {@link Location} names it (escaped, on one line). */
  static String shownFile(String file) {
    return sctb.core.text.SafeText.line(file);
  }

  Location at(Column column) {
    return row.at(column);
  }

  /** The cell's text, or null (with {@code blank-required}) when blank. */
  String required(Column column) {
    String text = row.text(column);
    if (text.isBlank()) {
      // A blank status is the template sent back unfilled: its sentence lists the statuses to choose from.
      String why = !row.hasColumn(column) ? "absent" : column == Column.STATUS ? "status" : "in-file";
      add(Code.BLANK_REQUIRED, column, "", why, "column:" + column.id());
      return null;
    }
    return text;
  }

  /**
   * True, with a {@code subtotal-row} error, when a cell of the row is a group's subtotal label ("Cộng nhóm I",
   * {@link SubtotalLabel}): the clerk's sums between the rows. Its other cells are not checked: one sentence
   * instead of an error in every blank column.
   */
  boolean subtotal() {
    String label = row.firstCell(SubtotalLabel::is);
    if (label == null) {
      return false;
    }
    add(Diagnostic.of(Code.SUBTOTAL_ROW, row.at(), SafeText.excerpt(label.strip())));
    return true;
  }

  /**
   * True, with a {@code repeated-header} error, when the row is the header again (its period cell reads
   * the period column's header): a second table pasted below the first, or a header copied at each paste.
   * Its other cells are not checked: one sentence instead of an error in every column.
   */
  boolean repeatsHeader() {
    String header = row.layout().header(Column.PERIOD);
    if (header == null || !header.equals(row.text(Column.PERIOD))) {
      return false;
    }
    add(Code.REPEATED_HEADER, Column.PERIOD, header);
    return true;
  }

  Period period() {
    String text = required(Column.PERIOD);
    if (text == null) {
      return null;
    }
    boolean newText = text != periodText;
    if (newText) {
      periodFound = lookup.period(text);
      periodText = text;
    }
    Optional<Period> period = periodFound;
    if (period.isEmpty()) {
      add(Code.BAD_PERIOD, Column.PERIOD, text);
      return null;
    }
    Period p = period.get();
    if (options.period() != null && !options.period().equals(p)) {
      add(Code.PERIOD_MISMATCH, Column.PERIOD, text, p.toString(), options.period().toString());
    } else if (newText && outsidePath(p) && warnedPeriods.add(p)) {
      // Checked when the cell's text changes only: a file repeats its period on every row.
      add(Code.PERIOD_DIFFERS_FROM_PATH, Column.PERIOD, text, p.toString(), pathPeriod.toString(), correctionName(p));
    }
    if (options.today() != null && p.start().isAfter(options.today())) {
      add(Code.FUTURE_PERIOD, Column.PERIOD, text, p.toString(),
          DayMonthYear.of(options.today()));
    }
    return p;
  }

  /** The agency's code; warns when it reports after its successor took over (as of the period's due date). */
  String agency(Period period, String taskId) {
    String text = required(Column.AGENCY);
    if (text == null) {
      return null;
    }
    if (text != agencyText) {
      agencyFound = lookup.agency(text);
      agencyText = text;
      agencyFound.ifPresent(this::againstFileName);
    }
    Optional<String> code = agencyFound;
    if (code.isEmpty()) {
      add(Diagnostic.of(Code.UNKNOWN_AGENCY, at(Column.AGENCY), text)
          .suggesting(Suggest.named(text, lookup.agencySpellings()).flatMap(lookup::agency)
              .map(c -> "agency:" + c).orElse(null)));
      return null;
    }
    Agency agency = lookup.agencyWithId(code.get());
    if (period != null && agency.hasSuccessor()) {
      LocalDate due = lookup.dueDate(period);
      if (!agency.succession().from().isAfter(due)) {
        String successor = sctb.core.plan.Successions.follow(lookup.plan(), code.get(), taskId, due);
        add(Code.SUPERSEDED_AGENCY, Column.AGENCY, text, "agency:" + code.get(), "agency:" + successor,
            DayMonthYear.of(agency.succession().from()), period.toString());
      }
    }
    return code.get();
  }

  /** {@link Lookup#indicatorOrNull} of a row's indicator cell. */
  Lookup.IndicatorRef indicator(String text) {
    if (text != indicatorText) {
      indicatorFound = lookup.indicatorOrNull(text);
      indicatorText = text;
    }
    return indicatorFound;
  }

  /** A number or null when blank; {@code bad-number} / {@code ambiguous-number} as needed. */
  BigDecimal number(Column column) {
    String text = row.text(column);
    return text.isBlank() ? null : number(column, text, text, false);
  }

  /**
   * A task's progress: {@link #number}, a "%" after it allowed. Its own method, not a test of the
   * column in {@link #number}: that test, never true while the indicator rows were being compiled,
   * made the optimising compiler recompile the row rules at the first task row.
   */
  BigDecimal progress() {
    String text = row.text(Column.PROGRESS);
    if (text.isBlank()) {
      return null;
    }
    String stripped = text.strip();
    return number(Column.PROGRESS, text, stripped.endsWith("%") ? stripped.substring(0, stripped.length() - 1) : text,
        false);
  }

  private static final java.util.regex.Pattern SCIENTIFIC =
      java.util.regex.Pattern.compile("[-+]?\\d+(?:[.,]\\d+)?[eE][-+]?\\d{1,3}");

  /**
   * {@code text}, not blank, as a number read from {@code t} (the text or its number part); {@code
   * required}: the column may not be left blank, so a "-" meaning "no figure" is told to leave the row out.
   */
  private BigDecimal number(Column column, String text, String t, boolean required) {
    BigDecimal typed = row.number(column);
    if (typed != null) {
      // a spreadsheet's number cell: no separators to interpret, the same limits
      NumberLimits.Breach breach = NumberLimits.of(typed);
      return breach == null ? typed : beyond(column, text, breach);
    }
    BigDecimal plain = Numbers.plainValue(t);
    if (plain != null) {
      return plain; // the common case, with no result to make: never ambiguous, within the limits
    }
    Numbers.Result r = Numbers.parse(t, decimals);
    if (r instanceof Numbers.Bad bad) {
      // A workbook formula never calculated is read as the formula itself ("=E2*2"): the fix is to calculate it.
      // A CSV saved from a column too narrow for its number holds it as shown, "1,23457E+11": digits lost on saving.
      add(Code.BAD_NUMBER, column, text, bad.excel() ? "excel" : t.length() > 1 && t.charAt(0) == '=' ? "formula"
          : SCIENTIFIC.matcher(t).matches() ? "scientific"
          : !Numbers.meansNoValue(text) ? "format" : required ? "no-value-required" : "no-value");
      return null;
    }
    if (r instanceof Numbers.Beyond beyond) {
      return beyond(column, text, beyond.breach());
    }
    Numbers.Value v = (Numbers.Value) r;
    if (v.ambiguous() && !decimals.certain()) {
      add(Code.AMBIGUOUS_NUMBER, column, text, v.value().toPlainString(), String.valueOf(decimals.separator()));
    }
    return v.value();
  }

  /** A number past {@link NumberLimits}: too large is out of range, too precise is not a usable number. */
  private BigDecimal beyond(Column column, String text, NumberLimits.Breach breach) {
    if (breach != NumberLimits.Breach.TOO_LARGE) {
      add(Code.BAD_NUMBER, column, text, breach.id(), Integer.toString(breach.limit()));
    } else if (column == Column.PROGRESS) {
      add(Code.OUT_OF_RANGE, column, text, "percent");
    } else {
      add(Code.OUT_OF_RANGE, column, text, breach.id(), Integer.toString(breach.limit()));
    }
    return null;
  }

  /**
   * True when the row's period lies outside the one the file's path names: a file copied from the
   * report of another period with its period cells left as they were (a year's folder holding its
   * half-years is not outside).
   */
  private boolean outsidePath(Period p) {
    return pathPeriod != null && (p.start().isBefore(pathPeriod.start()) || p.end().isAfter(pathPeriod.end()));
  }

  /** The file's name as a correction of {@code p} would have it: {@code NHNN-nhiem-vu-dieu-chinh-2026H1.csv}. */
  private String correctionName(Period p) {
    String name = shownFile.substring(shownFile.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) + "-dieu-chinh-" + p + name.substring(dot) : name + "-dieu-chinh-" + p;
  }

  /** A number that must be there. */
  BigDecimal requiredNumber(Column column) {
    String text = row.text(column);
    if (text.isBlank()) {
      required(column);
      return null;
    }
    return number(column, text, text, true); // the cell found and tested once, not again by number(column)
  }

  void notNegative(Column column, BigDecimal value) {
    if (value != null && value.signum() < 0) {
      add(Code.OUT_OF_RANGE, column, row.text(column), "negative");
    }
  }

  LocalDate date(Column column) {
    String text = row.text(column);
    if (text.isBlank()) {
      return null;
    }
    Optional<LocalDate> d = Dates.parse(text, monthFirstDates);
    if (d.isEmpty()) {
      // A date cell formatted as a number (General) is saved in a CSV as Excel's day count: say which day it is.
      Optional<LocalDate> serial = Dates.excelSerial(text);
      if (serial.isPresent()) {
        add(Code.BAD_DATE, column, text, "serial", DayMonthYear.of(serial.get()));
      } else {
        add(Code.BAD_DATE, column, text);
      }
      return null;
    }
    return d.get();
  }

  /**
   * The day the report was sent; one after today cannot have happened yet (a typo: 2027 for 2026, or
   * month and day swapped) and would make a late report look on time: {@code future-date}.
   */
  LocalDate submittedOn() {
    LocalDate d = date(Column.SUBMITTED_ON);
    if (d != null && options.today() != null && d.isAfter(options.today())) {
      add(Code.FUTURE_DATE, Column.SUBMITTED_ON, row.text(Column.SUBMITTED_ON), DayMonthYear.of(d),
          DayMonthYear.of(options.today()));
      return null;
    }
    return d;
  }

  /** Optional text: null when blank. */
  String optional(Column column) {
    String text = row.text(column);
    return text.isBlank() ? null : text;
  }
}
