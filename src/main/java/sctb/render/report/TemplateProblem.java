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

  public TemplateProblem(String template, int line, String detail, Throwable cause) {
    super(template + ":" + line + ": " + detail, cause);
    this.template = template;
    this.line = line;
    this.detail = detail;
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
