package sctb.cli;

import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import sctb.core.text.Language;

/** {@code --lang}: exactly {@code vi} or {@code en} (any case); anything else is a usage error listing both. */
final class LanguageConverter implements ITypeConverter<Language> {
  @Override
  public Language convert(String value) {
    for (Language language : Language.values()) {
      if (language.code().equalsIgnoreCase(value.strip())) {
        return language;
      }
    }
    throw new InvalidValue("cli.value.choice", String.join(", ", new Codes()));
  }

  /** The codes that help and shell completion offer. */
  static final class Codes implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Language.values()).map(Language::code).iterator();
    }
  }
}
