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

  public TemplateProblem(String template, int line, String detail, Throwable cause) {
    this(template, line, detail, null, cause);
  }

  /** {@code undefined}: the expression that had no value, when that is the problem. */
  public TemplateProblem(String template, int line, String detail, String undefined, Throwable cause) {
    super(template + ":" + line + ": " + detail, cause);
    this.template = template;
    this.line = line;
    this.detail = detail;
    this.undefined = undefined;
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
