package sctb.render.report;

import java.util.List;
import sctb.core.text.SafeText;
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
  public sealed interface Reason permits Failure, Worded, Syntax, Unreadable, Undefined, UnknownName, MissingInFile, PastLimit {}

  /** A custom template past one of {@link TemplateLimits}: {@code limit} names which (message key {@code report.template-limit.<limit>}). */
  public record PastLimit(String limit) implements Reason {}

  /** A syntax error at {@code column} of the problem's line, in the template it names (an imported {@code lang/vi.ftl} too). */
  public record Syntax(int column, TemplateSyntax what) implements Reason {}

  /** A template {@code file} not found, backing out of the templates folder or a link leaving it ({@code kind}: not-found, backs-out, outside). */
  public record Unreadable(String kind, String file) implements Reason {}

  /** A problem sctb itself words: message key {@code report.template-<key>} with {@code args}. */
  public record Worded(String key, List<Object> args) implements Reason {

    public Worded {
      args = List.copyOf(args);
    }
  }

  /** A failed output, a refused Java call…: FreeMarker's or the writer's own words. */
  public record Failure(String detail) implements Reason {}

  /** An expression without a value that is not a name of the report model (a key of a template's own hash…). */
  public record Undefined(String expression) implements Reason {}

  /**
   * An expression ({@code L.provisional_line}) asking an imported file ({@code lang/vi.ftl}) for a name it lacks —
   * typically a department's copy of that file from an older sctb, which the new templates need more of.
   */
  public record MissingInFile(String expression, String file, String name, List<String> names) implements Reason {

    public MissingInFile {
      names = List.copyOf(names);
    }
  }

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

  static TemplateProblem pastLimit(String template, String limit, Throwable cause) {
    return new TemplateProblem(template, 0, new PastLimit(limit), cause);
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
    } else if (reason instanceof Syntax syntax) {
      detail = messages.get("report.template-syntax." + syntax.what().kind(), syntax.what().word(),
          SafeText.excerpt(syntax.what().original(), 300));
      if (syntax.column() > 0 && line > 0) {
        return messages.get("report.template-error-at", template, line, detail, syntax.column());
      }
    } else if (reason instanceof Worded worded) {
      detail = messages.get("report.template-" + worded.key(), worded.args().toArray());
    } else if (reason instanceof Unreadable unreadable) {
      detail = messages.get("report.template-unreadable." + unreadable.kind(), unreadable.file());
    } else if (reason instanceof MissingInFile missing) {
      String suggestion = Suggest.closest(missing.name(), missing.names())
          .map(name -> " " + messages.get("report.template-suggest", name)).orElse("");
      detail = messages.get("report.template-missing-in-file", missing.expression(), missing.file(), missing.name(), suggestion);
    } else if (reason instanceof Undefined undefined) {
      detail = messages.get("report.template-undefined", undefined.expression());
    } else if (reason instanceof PastLimit past) {
      detail = messages.get("report.template-limit." + past.limit(), TemplateLimits.seconds(), TemplateLimits.outputMegabytes());
    } else {
      detail = SafeText.excerpt(((Failure) reason).detail(), 300);
    }
    return messages.get(line > 0 ? "report.template-error" : "report.template-error-file", template, line, detail);
  }
}
