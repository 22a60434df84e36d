package sctb.render.report;

/**
 * A report template that could not be read or run: which template, which line, and what went wrong
 * in one sentence (the undefined variable, the syntax error, the refused include) — never a trace.
 */
public final class TemplateProblem extends Exception {
  private static final long serialVersionUID = 1L;
  private final String template;
  private final int line;
  private final String detail;
  private final String undefined;
  private final String limit;

  public TemplateProblem(String template, int line, String detail, Throwable cause) {
    this(template, line, detail, null, cause);
  }

  /** A custom template past one of {@link TemplateLimits}: {@code limit} names which (message key {@code report.template-limit.<limit>}). */
  static TemplateProblem pastLimit(String template, String limit, Throwable cause) {
    return new TemplateProblem(template, 0, limit, null, limit, cause);
  }

  /** {@code undefined}: the expression that had no value, when that is the problem. */
  public TemplateProblem(String template, int line, String detail, String undefined, Throwable cause) {
    this(template, line, detail, undefined, null, cause);
  }

  private TemplateProblem(String template, int line, String detail, String undefined, String limit, Throwable cause) {
    super(template + ":" + line + ": " + detail, cause);
    this.template = template;
    this.line = line;
    this.detail = detail;
    this.undefined = undefined;
    this.limit = limit;
  }

  /** The limit of {@link TemplateLimits} the template went past, or null. */
  public String limit() {
    return limit;
  }

  public String undefined() {
    return undefined;
  }

  public String template() {
    return template;
  }

  public int line() {
    return line;
  }

  public String detail() {
    return detail;
  }
}
