package sctb.io.plan;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A YAML document read into a Jackson tree, remembering where (line, column) every value starts, so
 * that problems found later by JSON pointer can be shown at their place in the file.
 */
final class LocatedTree {
  private final JsonNode root;
  private final Map<String, int[]> positions;

  private LocatedTree(JsonNode root, Map<String, int[]> positions) {
    this.root = root;
    this.positions = positions;
  }

  JsonNode root() {
    return root;
  }

  /** Line and column of the value at the pointer, or of its nearest located ancestor. */
  int[] position(String pointer) {
    String p = pointer == null ? "" : pointer;
    while (true) {
      int[] at = positions.get(p);
      if (at != null || p.isEmpty()) {
        return at == null ? new int[] {1, 1} : at;
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  static LocatedTree read(JsonParser parser) throws IOException {
    Map<String, int[]> positions = new HashMap<>();
    JsonToken first = parser.nextToken();
    if (first == null) {
      return new LocatedTree(JsonNodeFactory.instance.nullNode(), positions);
    }
    JsonNode root = value(parser, "", positions);
    return new LocatedTree(root, positions);
  }

  private static JsonNode value(JsonParser parser, String pointer, Map<String, int[]> positions)
      throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    positions.put(pointer, new int[] {at.getLineNr(), at.getColumnNr()});
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT: {
        ObjectNode object = nodes.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          String child = pointer + "/" + escape(name);
          JsonLocation keyAt = parser.currentTokenLocation();
          parser.nextToken();
          object.set(name, value(parser, child, positions));
          positions.put(child + "#key", new int[] {keyAt.getLineNr(), keyAt.getColumnNr()});
        }
        return object;
      }
      case START_ARRAY: {
        ArrayNode array = nodes.arrayNode();
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(value(parser, pointer + "/" + index++, positions));
        }
        return array;
      }
      case VALUE_STRING:
        return nodes.textNode(parser.getText());
      case VALUE_NUMBER_INT:
        return nodes.numberNode(parser.getBigIntegerValue());
      case VALUE_NUMBER_FLOAT:
        return nodes.numberNode(parser.getDecimalValue());
      case VALUE_TRUE:
        return nodes.booleanNode(true);
      case VALUE_FALSE:
        return nodes.booleanNode(false);
      case VALUE_NULL:
        return nodes.nullNode();
      default:
        return nodes.textNode(parser.getText());
    }
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
