package sctb.render.validate;

import sctb.core.diag.Diagnostic;
import sctb.core.submission.Submissions;
import sctb.i18n.Messages;

/** {@code --format github}: one workflow command per diagnostic, so CI shows them on the file's lines. */
public final class GithubAnnotations {
  private GithubAnnotations() {}

  public static String render(Submissions s, Messages messages) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : s.diagnostics()) {
      out.append("::").append(d.isError() ? "error" : "warning");
      StringBuilder props = new StringBuilder();
      if (d.location().file() != null) {
        props.append("file=").append(property(d.location().file()));
      }
      if (d.location().line() > 0) {
        props.append(props.length() > 0 ? "," : "").append("line=").append(d.location().line());
      }
      if (d.location().column() > 0) {
        props.append(",col=").append(d.location().column());
      }
      props.append(props.length() > 0 ? "," : "").append("title=").append(property(d.code().id()));
      out.append(' ').append(props).append("::").append(data(message(d, messages))).append('\n');
    }
    return out.toString();
  }

  private static String message(Diagnostic d, Messages messages) {
    String column = d.location().columnName();
    String cell = d.location().cellRef() == null ? "" : d.location().cellRef() + ": "; // GitHub cannot point into a workbook
    return cell + (column == null ? "" : messages.get("diag.in-column", column) + " ") + messages.diagnostic(d);
  }

  private static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  private static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
