package dev.kijun.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A YAML or JSON document as a tree, with the line and column of every value, so that a problem found at a JSON
 * pointer can name its place in the file.
 *
 * @param root the document
 * @param locations the line and column of each pointer (of the key, for a field), 1-based
 */
record LocatedTree(JsonNode root, Map<String, int[]> locations) {
  private static final JsonFactory JSON = new JsonFactory();
  private static final YAMLFactory YAML = new YAMLFactory();

  /** Parses text; {@code json} chooses the JSON parser, else YAML. */
  static LocatedTree parse(String text, boolean json) throws IOException {
    Map<String, int[]> locations = new HashMap<>();
    try (JsonParser p = (json ? JSON : YAML).createParser(text)) {
      if (p.nextToken() == null) {
        return new LocatedTree(JsonNodeFactory.instance.nullNode(), locations);
      }
      return new LocatedTree(read(p, "", locations), locations);
    }
  }

  /** The line and column of a pointer, or of its nearest ancestor that has one; {0, 0} if none. */
  int[] locate(String pointer) {
    for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
      int[] at = locations.get(p);
      if (at != null) {
        return at;
      }
      if (p.isEmpty()) {
        return new int[] {0, 0};
      }
    }
  }

  private static JsonNode read(JsonParser p, String pointer, Map<String, int[]> locations) throws IOException {
    locations.putIfAbsent(pointer, at(p.currentTokenLocation()));
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT -> {
        ObjectNode object = nodes.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
          locations.putIfAbsent(child, at(p.currentTokenLocation()));
          p.nextToken();
          object.set(name, read(p, child, locations));
        }
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = nodes.arrayNode();
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          array.add(read(p, pointer + "/" + i++, locations));
        }
        return array;
      }
      case VALUE_STRING -> {
        return nodes.textNode(p.getText());
      }
      case VALUE_NUMBER_INT -> {
        return nodes.numberNode(p.getBigIntegerValue());
      }
      case VALUE_NUMBER_FLOAT -> {
        return nodes.numberNode(p.getDecimalValue());
      }
      case VALUE_TRUE -> {
        return nodes.booleanNode(true);
      }
      case VALUE_FALSE -> {
        return nodes.booleanNode(false);
      }
      case VALUE_NULL -> {
        return nodes.nullNode();
      }
      default -> {
        return nodes.textNode(p.getText());
      }
    }
  }

  private static int[] at(JsonLocation location) {
    return new int[] {Math.max(0, location.getLineNr()), Math.max(0, location.getColumnNr())};
  }
}
