package sctb.render.report;

import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.MalformedTemplateNameException;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import freemarker.template.Version;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The limits on running a department's own templates ({@code --templates}, docs/templates.md): at most
 * 60 seconds and 20 MB of output per document (Java properties {@code sctb.template.seconds} and
 * {@code sctb.template.output-mb}, set through {@code SCTB_JAVA_OPTS}), and whatever goes wrong
 * inside one — a macro calling itself forever ({@link StackOverflowError}), a built-in asked for
 * gigabytes ({@link OutOfMemoryError}), any other {@link Error} — is a template problem, never a stack
 * trace. The built-in templates, written and tested with sctb, run without these limits. Loops of
 * every template get FreeMarker's thread-interruption checks, so that a template past its time stops.
 */
public final class TemplateLimits extends Configuration {
  /** Longest a custom template may run for one document, in seconds. */
  public static int seconds() {
    return Math.max(1, Integer.getInteger("sctb.template.seconds", 60));
  }

  /** Most output a custom template may write for one document, in megabytes (of characters). */
  public static int outputMegabytes() {
    return Math.max(1, Integer.getInteger("sctb.template.output-mb", 20));
  }

  private static final ScheduledExecutorService CLOCK = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "sctb-template-clock");
    t.setDaemon(true);
    return t;
  });

  private final boolean custom;
  private final int seconds = seconds();
  private final long outputChars = outputMegabytes() * 1024L * 1024;
  private final Set<Template> checked = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

  /** {@code custom}: a department's templates may be among those run (the limits apply). */
  TemplateLimits(Version version, boolean custom) {
    super(version);
    this.custom = custom;
  }

  /** Every template loaded, also by {@code #include} and {@code #import}, gets the interruption checks once. */
  @Override
  public Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding,
      boolean parseAsFTL, boolean ignoreMissing)
      throws TemplateNotFoundException, MalformedTemplateNameException, freemarker.core.ParseException, IOException {
    Template t = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
    if (t != null && checked.add(t)) {
      _CoreAPI.addThreadInterruptedChecks(t); // FreeMarker's own hook for stopping loops; internal API, kept in one place
    }
    return t;
  }

  /**
   * A custom template went past a limit, or failed with an {@link Error}: {@code limit} names which
   * ("recursion", "memory", "time", "output", "error"; message key {@code report.template-limit.<limit>}).
   */
  static final class Exceeded extends IOException {
    private static final long serialVersionUID = 1L;
    private final String limit;

    Exceeded(String limit, Throwable cause) {
      super(limit, cause);
      this.limit = limit;
    }

    String limit() {
      return limit;
    }
  }

  /**
   * Runs {@code template} over {@code model} into a string, within the limits when this configuration
   * may hold custom templates; past one, or on an {@link Error}, throws {@link Exceeded}.
   */
  String process(Template template, Object model) throws TemplateException, IOException {
    if (!custom) {
      StringWriter out = new StringWriter();
      template.process(model, out);
      return out.toString();
    }
    Bounded out = new Bounded(System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds), outputChars);
    Thread running = Thread.currentThread();
    Object lock = new Object();
    boolean[] active = {true};
    ScheduledFuture<?> alarm = CLOCK.schedule(() -> {
      synchronized (lock) {
        if (active[0]) {
          running.interrupt(); // loops stop at their next interruption check
        }
      }
    }, seconds, TimeUnit.SECONDS);
    try {
      template.process(model, out);
      return out.toString();
    } catch (StackOverflowError e) {
      throw new Exceeded("recursion", e);
    } catch (OutOfMemoryError e) {
      throw new Exceeded("memory", e);
    } catch (TemplateException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof Exceeded limit) {
          throw limit; // the output's limits, met inside a directive
        }
      }
      if (out.late()) {
        throw new Exceeded("time", e);
      }
      throw e;
    } catch (RuntimeException | Error e) {
      if (out.late() || e.getClass().getName().contains("ThreadInterrupted")) {
        throw new Exceeded("time", e);
      }
      if (e instanceof Error error) {
        throw new Exceeded("error", error);
      }
      throw (RuntimeException) e;
    } finally {
      alarm.cancel(false);
      synchronized (lock) {
        active[0] = false;
        Thread.interrupted(); // an alarm that came as the template finished must not fail the files written next
      }
    }
  }

  /** Output that stops at {@code max} characters and at the deadline (also checked on every write). */
  private static final class Bounded extends Writer {
    private final StringWriter text = new StringWriter();
    private final long deadline;
    private final long max;
    private long written;

    Bounded(long deadline, long max) {
      this.deadline = deadline;
      this.max = max;
    }

    boolean late() {
      return System.nanoTime() > deadline;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
      written += length;
      if (written > max) {
        throw new Exceeded("output", null);
      }
      if (late()) {
        throw new Exceeded("time", null);
      }
      text.write(buffer, offset, length);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
