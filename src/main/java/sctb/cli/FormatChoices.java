package sctb.cli;

import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import sctb.render.DocumentKind;
import sctb.render.OutputFormat;

/**
 * {@code --format} of a command that writes one kind of document: the formats it is made in (any case),
 * which help and shell completion offer; anything else is a usage error listing them.
 */
abstract class FormatChoices implements ITypeConverter<OutputFormat>, Iterable<String> {
  private final DocumentKind document;

  FormatChoices(DocumentKind document) {
    this.document = document;
  }

  @Override
  public OutputFormat convert(String value) {
    for (OutputFormat format : OutputFormat.values()) {
      if (format.makes(document) && format.extension().equalsIgnoreCase(value)) {
        return format;
      }
    }
    throw new InvalidValue("cli.value.choice", String.join(", ", this));
  }

  @Override
  public Iterator<String> iterator() {
    return Arrays.stream(OutputFormat.values()).filter(f -> f.makes(document)).map(OutputFormat::extension).iterator();
  }

  /** {@code sctb report --format}. */
  static final class Report extends FormatChoices {
    Report() {
      super(DocumentKind.REPORT);
    }
  }

  /** {@code sctb feedback --format}. */
  static final class Feedback extends FormatChoices {
    Feedback() {
      super(DocumentKind.FEEDBACK);
    }
  }

  /** {@code sctb remind --format}. */
  static final class Reminder extends FormatChoices {
    Reminder() {
      super(DocumentKind.REMINDER);
    }
  }
}
