package sctb.render.report;

import java.util.List;
import sctb.core.text.Suggest;
import sctb.i18n.Messages;

/**
 * A report template that could not be read or run: which template, which line, and what went wrong
 * ({@link Reason}) — said in one sentence, never a trace.
 */
public final class TemplateProblem extends Exception {
  private static final long serialVersionUID = 1L;
  private final String template;
  private final int line;
  private final transient Reason reason;

  /** What went wrong. */
  public sealed interface Reason permits Failure, Undefined, UnknownName {}

  /** A syntax error, a refused include, a failed output…: FreeMarker's or the writer's own words. */
  public record Failure(String detail) implements Reason {}

  /** An expression without a value that is not a name of the report model (a key of a template's own hash…). */
  public record Undefined(String expression) implements Reason {}

  /** An expression ({@code i.valeu}) asking the report model for a name it does not have there, and the names it has there. */
  public record UnknownName(String expression, String name, List<String> names) implements Reason {

    public UnknownName {
      names = List.copyOf(names);
    }
  }

  public TemplateProblem(String template, int line, Reason reason, Throwable cause) {
    super(template + ":" + line + ": " + reason, cause);
    this.template = template;
    this.line = line;
    this.reason = reason;
  }

  public TemplateProblem(String template, int line, String detail, Throwable cause) {
    this(template, line, new Failure(detail), cause);
  }

  public String template() {
    return template;
  }

  public int line() {
    return line;
  }

  public Reason reason() {
    return reason;
  }

  /** The sentence a user reads: the template, the line, what is wrong and what to do. */
  public String message(Messages messages) {
    String detail;
    if (reason instanceof UnknownName unknown) {
      String suggestion = Suggest.closest(unknown.name(), unknown.names())
          .map(name -> " " + messages.get("report.template-suggest", name)).orElse("");
      detail = messages.get("report.template-unknown-name", unknown.expression(), suggestion, String.join(", ", unknown.names()));
    } else if (reason instanceof Undefined undefined) {
      detail = messages.get("report.template-undefined", undefined.expression());
    } else {
      detail = ((Failure) reason).detail();
    }
    return messages.get("report.template-error", template, line, detail);
  }
}
