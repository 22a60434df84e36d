package sctb.cli;

import picocli.CommandLine.TypeConversionException;

/** A value one of our converters refused, with the message key of the hint that says what to write instead. */
final class InvalidValue extends TypeConversionException {
  private static final long serialVersionUID = 1L;
  private final String hintKey;
  private final transient Object[] hintArgs;

  InvalidValue(String hintKey, Object... hintArgs) {
    super(hintKey);
    this.hintKey = hintKey;
    this.hintArgs = hintArgs.clone();
  }

  String hint(sctb.i18n.Messages messages) {
    return messages.get(hintKey, hintArgs);
  }
}
