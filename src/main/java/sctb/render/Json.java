package sctb.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one JSON writer: pretty, "\n" line ends on every OS, keys in insertion order, UTF-8 text as is. */
public final class Json {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .build();

  private Json() {}

  /** Serialises a tree of maps, lists, strings, numbers, booleans and nulls; ends with a newline. */
  public static String write(Object tree) {
    java.io.StringWriter out = new java.io.StringWriter();
    try {
      write(tree, out);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("not serialisable as JSON", e);
    }
    return out.toString();
  }

  /**
   * The same text written as it is produced, for large reports: the lists of the tree may be lazy
   * views whose elements are built while they are written and dropped after.
   */
  public static void write(Object tree, java.io.Writer out) throws java.io.IOException {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    MAPPER.writer(printer).writeValue(out, tree);
    out.write("\n");
  }
}
