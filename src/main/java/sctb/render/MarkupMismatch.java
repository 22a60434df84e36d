package sctb.render;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A custom template whose markup is not its format's (docs/templates.md): an HTML template saved as
 * {@code report.md.ftl} writes a web page into the .md file, a Markdown one saved as
 * {@code report.html.ftlh} writes text without a tag into the .html file. FreeMarker renders either
 * without complaint; the user only sees a strange document later.
 */
public final class MarkupMismatch {
  private MarkupMismatch() {}

  /** An element only a web page has: what an HTML document shows and Markdown never writes (its escaping writes {@code <br>} at most). */
  private static final Pattern PAGE_ELEMENT = Pattern.compile("<(?:html|head|body|div|p|h[1-6]|table|ul|ol|section|article)[\\s>]",
      Pattern.CASE_INSENSITIVE);

  /** True when {@code text}, rendered for {@code format}, is in another markup: a web page as Markdown, or HTML without tags. */
  public static boolean of(OutputFormat format, String text) {
    return switch (format) {
      case MD -> startsAsWebPage(text);
      case HTML -> !PAGE_ELEMENT.matcher(text).find();
      default -> false;
    };
  }

  /** Whether the text begins as a web page does ({@code <!DOCTYPE}, {@code <html}), after any BOM and spaces. */
  private static boolean startsAsWebPage(String text) {
    String start = text.substring(0, Math.min(text.length(), 200)).replace("\uFEFF", "").stripLeading()
        .toLowerCase(Locale.ROOT);
    return start.startsWith("<!doctype") || start.startsWith("<html");
  }
}
