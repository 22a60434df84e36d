package sctb.render.report;

import freemarker.core.Environment;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.MalformedTemplateNameException;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import sctb.render.report.template.ViewWrapper;

/**
 * Runs a template over its document model (the report's, the site's, a feedback's or a reminder's) and
 * turns every template failure into a {@link TemplateProblem}.
 */
public final class ReportRenderer {
  private final Configuration cfg;

  public ReportRenderer(Configuration cfg) {
    this.cfg = cfg;
  }

  /** Renders {@code name} (e.g. {@code report.html.ftlh}) over a record of a model {@link ViewWrapper} shows; output uses "\n" line ends. */
  public String render(String name, Record view) throws TemplateProblem {
    ViewWrapper wrapper = new ViewWrapper();
    try {
      Template template = cfg.getTemplate(name);
      return ((TemplateLimits) cfg).process(template, wrapper.wrap(view)).replace("\r\n", "\n");
    } catch (TemplateLimits.Exceeded e) {
      throw TemplateProblem.pastLimit(name, e.limit(), e);
    } catch (ParseException e) {
      throw syntax(e, name);
    } catch (InvalidReferenceException e) {
      throw new TemplateProblem(source(e, name), line(e), undefined(e.getBlamedExpressionString(), wrapper, e.getEnvironment()), e);
    } catch (TemplateException e) {
      ParseException parse = parseCause(e);
      if (parse != null) {
        // #import or #include of a template with a syntax error: the imported file is the one to fix.
        throw syntax(parse, name);
      }
      TemplateProblem.Reason unreadable = unreadable(e.getCause());
      if (unreadable != null) {
        // #include or #import of a file that is not there or not allowed: said where the directive is.
        throw new TemplateProblem(source(e, name), line(e), unreadable, e);
      }
      throw new TemplateProblem(source(e, name), line(e), withCause(firstLine(e.getMessageWithoutStackTop()), e.getCause()), e);
    } catch (TemplateNotFoundException | MalformedTemplateNameException | SecurityException e) {
      throw new TemplateProblem(name, 0, unreadable(e), e);
    } catch (IOException e) {
      throw new TemplateProblem(name, 0, firstLine(String.valueOf(e.getMessage())), e);
    }
  }

  /** A template file not found, backing out of the templates folder, or a link leaving it; null for any other cause. */
  private static TemplateProblem.Reason unreadable(Throwable cause) {
    if (cause instanceof TemplateNotFoundException missing) {
      return new TemplateProblem.Unreadable("not-found", String.valueOf(missing.getTemplateName()));
    }
    if (cause instanceof MalformedTemplateNameException refused) {
      return new TemplateProblem.Unreadable("backs-out", String.valueOf(refused.getTemplateName()));
    }
    if (cause instanceof SecurityException outside) {
      // FileTemplateLoader: "<file> resolves to <target> which doesn't start with <folder>".
      String message = String.valueOf(outside.getMessage()).strip();
      int space = message.indexOf(' ');
      return new TemplateProblem.Unreadable("outside", space > 0 ? message.substring(0, space) : message);
    }
    return null;
  }

  private static TemplateProblem syntax(ParseException e, String fallback) {
    return new TemplateProblem(e.getTemplateName() == null ? fallback : e.getTemplateName(), e.getLineNumber(),
        new TemplateProblem.Syntax(e.getColumnNumber(), TemplateSyntax.of(e.getEditorMessage())), e);
  }

  private static ParseException parseCause(Throwable e) {
    for (Throwable c = e.getCause(); c != null && c != e; c = c.getCause()) {
      if (c instanceof ParseException parse) {
        return parse;
      }
    }
    return null;
  }

  /** The names there are when {@code expression} ({@code i.foo}, {@code chi_tieu_moi}) asked the model for one it lacks. */
  private static TemplateProblem.Reason undefined(String expression, ViewWrapper wrapper, Environment env) {
    String text = String.valueOf(expression);
    String last = text.substring(text.lastIndexOf('.') + 1);
    // Asked first: looking the namespace up below may ask the model for more names.
    Optional<TemplateProblem.Reason> unknown = wrapper.missed(last).map(miss -> new TemplateProblem.UnknownName(text, last, miss.names()));
    if (unknown.isPresent()) {
      return unknown.get();
    }
    Environment.Namespace imported = namespace(text, env);
    return imported != null ? new TemplateProblem.MissingInFile(text, imported.getTemplate().getSourceName(), last, names(imported))
        : new TemplateProblem.Undefined(text);
  }

  /** The imported file ({@code lang/vi.ftl} as {@code L}) an expression such as {@code L.provisional_line} asks; null for any other. */
  private static Environment.Namespace namespace(String expression, Environment env) {
    int dot = expression.indexOf('.');
    if (env == null || dot <= 0 || expression.indexOf('.', dot + 1) >= 0) {
      return null;
    }
    try {
      return env.getVariable(expression.substring(0, dot)) instanceof Environment.Namespace ns && ns.getTemplate() != null ? ns : null;
    } catch (TemplateModelException e) {
      return null;
    }
  }

  private static List<String> names(Environment.Namespace ns) {
    try {
      return ns.toMap().keySet().stream().map(String::valueOf).sorted().toList();
    } catch (TemplateModelException e) {
      return List.of();
    }
  }

  private static String source(TemplateException e, String fallback) {
    return e.getTemplateSourceName() != null ? e.getTemplateSourceName() : fallback;
  }

  private static int line(TemplateException e) {
    return e.getLineNumber() == null ? 0 : e.getLineNumber();
  }

  /** "Template inclusion failed (…):" says little by itself; the cause says why (e.g. backing out of the folder). */
  private static String withCause(String message, Throwable cause) {
    String m = message.endsWith(":") ? message.substring(0, message.length() - 1) : message;
    if (message.endsWith(":") && cause != null) {
      m = m + ": " + firstLine(cause.getMessage());
    }
    return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    String m = message.strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl).strip();
  }
}
