package sctb.core.diag;

import java.util.List;
import sctb.core.text.SafeText;

/**
 * One problem found in user input: what ({@link Code}), how bad, where, the offending value, and the
 * arguments its message needs. The message text itself comes from the message bundle of the user's
 * language ({@code diag.<code>}), so the core stays free of wording. An argument written
 * {@code task:IV.9} (also agency:, indicator:, group:, sector:, phase:, output:, target:) is shown
 * as a localised subject ("nhiệm vụ IV.9" / "task IV.9"); {@code number:0.0095} in the language's digits ("0,0095");
 * {@code line:1807} as "dòng 1807" / "line 1807". A plan check names another place as {@code at:/json/pointer},
 * which the plan reader turns into {@code line:N}.
 */
public record Diagnostic(
    Severity severity, Code code, Location location, String value, List<String> args, String suggestion) {

  /** Longest argument shown (arguments are mostly the plan's own lists; cell text in them is quoted shorter). */
  static final int ARG_MAX = 300;

  /**
   * Nothing read from a file reaches a message beyond a short excerpt: the value is at most
   * {@link SafeText#EXCERPT_MAX} characters (a file's own name, when it is the value, is shown whole),
   * and every text is on one line with control characters escaped ({@link SafeText}).
   */
  public Diagnostic {
    value = value == null || value.equals(location.file()) ? value : SafeText.excerpt(value);
    args = args.stream().map(a -> SafeText.excerpt(a, ARG_MAX)).toList();
    suggestion = SafeText.excerpt(suggestion, ARG_MAX);
  }

  public static Diagnostic of(Code code, Location location, String value, String... args) {
    return new Diagnostic(code.severity(), code, location, value, List.of(args), null);
  }

  /** The same problem with a "did you mean …?" hint (ignored when null). */
  public Diagnostic suggesting(String closest) {
    return new Diagnostic(severity, code, location, value, args, closest);
  }

  public Diagnostic withSeverity(Severity newSeverity) {
    return new Diagnostic(newSeverity, code, location, value, args, suggestion);
  }

  public Diagnostic withLocation(Location newLocation) {
    return new Diagnostic(severity, code, newLocation, value, args, suggestion);
  }

  public Diagnostic withArgs(List<String> newArgs) {
    return new Diagnostic(severity, code, location, value, newArgs, suggestion);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
