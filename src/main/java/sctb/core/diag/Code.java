package sctb.core.diag;

/**
 * Every stable diagnostic code sctb emits. The id is what users, scripts and docs see; never rename
 * one. Each code has a message per language in {@code sctb/messages*.properties} under
 * {@code diag.<id>}; docs/diagnostics.md lists them all.
 */
public enum Code {
  // plan.yaml
  PLAN_SYNTAX("plan-syntax", Severity.ERROR),
  PLAN_LIMIT("plan-limit", Severity.ERROR),
  PLAN_SCHEMA("plan-schema", Severity.ERROR),
  PLAN_DUPLICATE_ID("plan-duplicate-id", Severity.ERROR),
  PLAN_UNKNOWN_AGENCY("plan-unknown-agency", Severity.ERROR),
  PLAN_UNKNOWN_SECTOR("plan-unknown-sector", Severity.ERROR),
  PLAN_UNKNOWN_TASK("plan-unknown-task", Severity.ERROR),
  PLAN_UNKNOWN_PHASE("plan-unknown-phase", Severity.ERROR),
  PLAN_TASK_ID_GROUP("plan-task-id-group", Severity.ERROR),
  PLAN_YEAR_OUTSIDE_PHASE("plan-year-outside-phase", Severity.ERROR),
  PLAN_BASELINE_AFTER_TARGET("plan-baseline-after-target", Severity.ERROR),
  PLAN_STRETCH_BELOW_MIN("plan-stretch-below-min", Severity.ERROR),
  PLAN_PERCENT_TARGET("plan-percent-target", Severity.ERROR),
  PLAN_SUCCESSION("plan-succession", Severity.ERROR),
  PLAN_KIND_MISMATCH("plan-kind-mismatch", Severity.ERROR),
  PLAN_PHASES("plan-phases", Severity.ERROR),
  PLAN_PERIOD_OUTSIDE_PLAN("plan-period-outside-plan", Severity.ERROR),
  PLAN_DUPLICATE_TARGET("plan-duplicate-target", Severity.ERROR),
  PLAN_RETIRED_OUTSIDE_PLAN("plan-retired-outside-plan", Severity.ERROR),
  PLAN_RETIRED_BEFORE_TARGET("plan-retired-before-target", Severity.WARNING),
  PLAN_TASK_NOT_CARRIED("plan-task-not-carried", Severity.ERROR),
  PLAN_NOT_NFC("plan-not-nfc", Severity.WARNING),
  PLAN_TARGET_BELOW_EARLIER("plan-target-below-earlier", Severity.WARNING),
  PLAN_UNIT_ONE_MISSING("plan-unit-one-missing", Severity.WARNING),

  // submissions (CSV)
  ENCODING("encoding", Severity.WARNING),
  UNREADABLE("unreadable", Severity.ERROR),
  SKIPPED_FILE("skipped-file", Severity.ERROR),
  DUPLICATE_FILE("duplicate-file", Severity.WARNING),
  UNSUPPORTED_FILE("unsupported-file", Severity.ERROR),
  WRONG_EXTENSION("wrong-extension", Severity.WARNING),
  HIDDEN_ROWS("hidden-rows", Severity.WARNING),
  HIDDEN_COLUMNS("hidden-columns", Severity.WARNING),
  MERGED_NUMBER("merged-number", Severity.WARNING),
  PERCENT_COUNT("percent-count", Severity.WARNING),
  HIDDEN_SHEET("hidden-sheet", Severity.WARNING),
  EMPTY_FILE("empty-file", Severity.ERROR),
  NO_ROWS("no-rows", Severity.ERROR),
  UNKNOWN_FILE_KIND("unknown-file-kind", Severity.ERROR),
  BLANK_HEADER("blank-header", Severity.ERROR),
  DUPLICATE_HEADER("duplicate-header", Severity.ERROR),
  SIDE_TABLE("side-table", Severity.WARNING),
  MISSING_COLUMN("missing-column", Severity.ERROR),
  UNKNOWN_COLUMN("unknown-column", Severity.WARNING),
  EXTRA_CELL("extra-cell", Severity.ERROR),
  MISSING_CELL("missing-cell", Severity.ERROR),
  BLANK_REQUIRED("blank-required", Severity.ERROR),
  BAD_PERIOD("bad-period", Severity.ERROR),
  PERIOD_MISMATCH("period-mismatch", Severity.ERROR),
  PERIOD_DIFFERS_FROM_PATH("period-differs-from-path", Severity.WARNING),
  FUTURE_PERIOD("future-period", Severity.ERROR),
  UNKNOWN_AGENCY("unknown-agency", Severity.ERROR),
  SUPERSEDED_AGENCY("superseded-agency", Severity.WARNING),
  FILE_NAMES_OTHER_AGENCY("file-names-other-agency", Severity.WARNING),
  UNKNOWN_TASK("unknown-task", Severity.ERROR),
  NOT_ASSIGNED("not-assigned", Severity.WARNING),
  UNKNOWN_STATUS("unknown-status", Severity.ERROR),
  UNKNOWN_INDICATOR("unknown-indicator", Severity.ERROR),
  RETIRED_INDICATOR("retired-indicator", Severity.WARNING),
  UNKNOWN_SECTOR("unknown-sector", Severity.ERROR),
  BAD_NUMBER("bad-number", Severity.ERROR),
  FUTURE_DATE("future-date", Severity.ERROR),
  BAD_DATE("bad-date", Severity.ERROR),
  MONTH_FIRST_DATES("month-first-dates", Severity.WARNING),
  AMBIGUOUS_NUMBER("ambiguous-number", Severity.WARNING),
  OUT_OF_RANGE("out-of-range", Severity.ERROR),
  ZERO_DENOMINATOR("zero-denominator", Severity.ERROR),
  NUMERATOR_EXCEEDS_DENOMINATOR("numerator-exceeds-denominator", Severity.ERROR),
  ENTITY_NOT_ONE("entity-not-one", Severity.ERROR),
  TOTALS_ROW("totals-row", Severity.ERROR),
  SUBTOTAL_ROW("subtotal-row", Severity.ERROR),
  REPEATED_HEADER("repeated-header", Severity.ERROR),
  DUPLICATE_ROW("duplicate-row", Severity.ERROR),
  OUTLIER("outlier", Severity.WARNING),
  TOO_MANY("too-many", Severity.WARNING),
  // submissions: the CSV file itself
  MALFORMED_CSV("malformed-csv", Severity.ERROR),
  // submissions: the Excel workbook itself
  MALFORMED_XLSX("malformed-xlsx", Severity.ERROR),
  // who is counted: the register, matching rows to it, corrections, populations
  REGISTER_DUPLICATE_ID("register-duplicate-id", Severity.ERROR),
  REGISTER_UNKNOWN_KIND("register-unknown-kind", Severity.ERROR),
  REGISTER_DATES("register-dates", Severity.ERROR),
  REGISTER_TAX_CODE("register-tax-code", Severity.WARNING),
  REGISTER_NAME_CLASH("register-name-clash", Severity.WARNING),
  UNMATCHED_ENTITY("unmatched-entity", Severity.WARNING),
  UNKNOWN_ENTITY_ID("unknown-entity-id", Severity.WARNING),
  ENTITY_NAME_DIFFERS("entity-name-differs", Severity.WARNING),
  CLOSED_ENTITY("closed-entity", Severity.WARNING),
  CORRECTED_ROW("corrected-row", Severity.WARNING),
  AGGREGATE_WITH_ENTITIES("aggregate-with-entities", Severity.WARNING),
  CUMULATIVE_FALL("cumulative-fall", Severity.WARNING),
  REGISTER_DENOMINATOR("register-denominator", Severity.WARNING),

  // reports and templates
  TEMPLATE("template", Severity.ERROR);

  private final String id;
  private final Severity severity;

  Code(String id, Severity severity) {
    this.id = id;
    this.severity = severity;
  }

  public String id() {
    return id;
  }

  /** The severity this code has unless a rule says otherwise. */
  public Severity severity() {
    return severity;
  }
}
