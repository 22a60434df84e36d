package sctb.render.report;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;

/**
 * FreeMarker output format for Markdown templates ({@code *.md.ftl}): every {@code ${…}} is escaped
 * so that text from a submission stays text — it cannot open a table cell, emphasis, a link (also
 * a bare URL that GitHub would link), HTML or a heading, and a line break becomes {@code <br>} (the
 * only HTML the Markdown report uses).
 */
public final class MarkdownOutputFormat extends CommonMarkupOutputFormat<MarkdownOutputFormat.Markup> {
  public static final MarkdownOutputFormat INSTANCE = new MarkdownOutputFormat();

  private MarkdownOutputFormat() {}

  @Override
  public String getName() {
    return "Markdown";
  }

  @Override
  public String getMimeType() {
    return "text/markdown";
  }

  @Override
  public void output(String text, Writer out) throws IOException {
    out.write(escape(text));
  }

  @Override
  public String escapePlainText(String text) {
    return escape(text);
  }

  @Override
  public boolean isLegacyBuiltInBypassed(String builtInName) {
    return false;
  }

  @Override
  protected Markup newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
    return new Markup(plainTextContent, markupContent);
  }

  /**
   * Backslash-escapes Markdown's active characters, and those that would make a bare URL or e-mail
   * address a link ({@code https\://}, {@code www\.}, {@code \@}); line breaks become {@code <br>}.
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    boolean lineStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        out.append("<br>");
        lineStart = true;
        continue;
      }
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '|', '<', '>', '~', '@' -> out.append('\\').append(c);
        // GitHub and GitLab turn bare "https://…" and "www.…" into links: an escape splits them
        case ':' -> out.append(text.startsWith("//", i + 1) ? "\\:" : ":");
        case '.' -> out.append(i >= 3 && text.regionMatches(true, i - 3, "www", 0, 3) ? "\\." : ".");
        case '#' -> out.append(lineStart ? "\\#" : "#");
        case '+', '-' -> out.append(lineStart && i + 1 < text.length() && text.charAt(i + 1) == ' ' ? "\\" : "").append(c);
        default -> out.append(c);
      }
      if (c != ' ') {
        lineStart = false;
      }
    }
    return out.toString();
  }

  /** A piece of Markdown markup held by a template. */
  public static final class Markup extends CommonTemplateMarkupOutputModel<Markup> {
    Markup(String plainTextContent, String markupContent) {
      super(plainTextContent, markupContent);
    }

    @Override
    public MarkdownOutputFormat getOutputFormat() {
      return INSTANCE;
    }
  }
}
