package dev.kijun.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a document tree from a parser's tokens in one pass, iteratively (never recursively, so nesting cannot
 * exhaust the stack), and enforces what the data binding cannot see:
 *
 * <ul>
 *   <li>the nesting limit, before the nesting is built;
 *   <li>duplicate keys, each reported with the place of the first one (the first value is kept, nothing silently
 *       replaced);
 *   <li>YAML tags: only the core schema's ({@code !!str}, {@code !!int}, {@code !!float}, {@code !!bool},
 *       {@code !!null}, {@code !!map}, {@code !!seq}) are allowed; any other, such as {@code !!java.net.URL}, is an
 *       error, never a class to instantiate and never silently read as text;
 *   <li>YAML anchors and aliases: an alias is replaced by the value of its anchor (the parser alone would read
 *       {@code *name} as the text "name"), and the aliases of the expanded document, counting those inside aliased
 *       values each time they are used, may not exceed the limit, which stops an alias bomb after a few steps;
 *   <li>a second YAML document or trailing JSON value after the first.
 * </ul>
 */
final class TreeBuilder {
  private static final Set<String> CORE_TAGS = Set.of("str", "int", "float", "bool", "null", "map", "seq").stream()
      .map(t -> "tag:yaml.org,2002:" + t).collect(java.util.stream.Collectors.toUnmodifiableSet());
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * The outcome of a scan.
   *
   * @param root the tree, or {@code null} when the text has no document or could not be read to the end
   * @param problems what is wrong, with lines and columns
   * @param complete whether the whole text was read; if not, {@code problems} holds the reason
   */
  record Scan(JsonNode root, List<InputProblem> problems, boolean complete) {}

  private final JsonParser parser;
  private final YAMLParser yaml;
  private final ReaderLimits limits;
  private final List<InputProblem> problems = new ArrayList<>();
  private final Map<String, JsonNode> anchors = new HashMap<>();
  private final Map<JsonNode, Integer> aliasWeights = new IdentityHashMap<>();
  private int aliases;

  private TreeBuilder(JsonParser parser, ReaderLimits limits) {
    this.parser = parser;
    this.yaml = parser instanceof YAMLParser y ? y : null;
    this.limits = limits;
  }

  /** Reads every token of {@code parser} into a tree. Never throws for bad input: the scan's problems say why. */
  static Scan scan(JsonParser parser, ReaderLimits limits, String text) {
    TreeBuilder builder = new TreeBuilder(parser, limits);
    try {
      JsonNode root = builder.build();
      return new Scan(root, builder.problems, true);
    } catch (Stop stop) {
      builder.problems.add(stop.problem);
    } catch (StreamConstraintsException e) {
      builder.problems.add(builder.constraint(e));
    } catch (JacksonException e) {
      builder.problems.add(Problems.syntax(e, text, builder.yaml != null));
    } catch (IOException | RuntimeException e) {
      builder.problems.add(builder.at(builder.parser.currentLocation(), "",
          (builder.yaml != null ? "not valid YAML: " : "not valid JSON: ") + e.getMessage()));
    }
    return new Scan(null, builder.problems, false);
  }

  private static final class Frame {
    final ContainerNode<?> node;
    final String pointer;
    final String anchor;
    final Map<String, JsonLocation> keys;
    String field;
    boolean duplicate;
    int aliasWeight;

    Frame(ContainerNode<?> node, String pointer, String anchor) {
      this.node = node;
      this.pointer = pointer;
      this.anchor = anchor;
      this.keys = node.isObject() ? new HashMap<>() : null;
    }
  }

  /** Thrown to end the scan at a limit; carries no stack trace. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient InputProblem problem;

    Stop(InputProblem problem) {
      super(problem.message(), null, false, false);
      this.problem = problem;
    }
  }

  private JsonNode build() throws IOException {
    JsonToken token = parser.nextToken();
    if (token == null) {
      return null;
    }
    Deque<Frame> stack = new ArrayDeque<>();
    JsonNode root = null;
    while (true) {
      Frame parent = stack.peek();
      switch (token) {
        case FIELD_NAME -> field(parent);
        case START_OBJECT, START_ARRAY -> {
          String pointer = pointerOf(parent);
          checkTag(pointer);
          if (stack.size() >= limits.maxDepth()) {
            throw new Stop(at(parser.currentTokenLocation(), "", depthMessage(limits.maxDepth())));
          }
          ContainerNode<?> node = token == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode();
          stack.push(new Frame(node, pointer, anchor()));
        }
        case END_OBJECT, END_ARRAY -> {
          Frame done = stack.pop();
          if (done.anchor != null) {
            anchors.put(done.anchor, done.node);
            aliasWeights.put(done.node, done.aliasWeight);
          }
          root = attach(stack.peek(), done.node, done.aliasWeight, root);
        }
        default -> {
          String pointer = pointerOf(parent);
          checkTag(pointer);
          root = scalar(parent, pointer, token, root);
        }
      }
      if (stack.isEmpty()) {
        break;
      }
      token = parser.nextToken();
      if (token == null) {
        throw new Stop(at(parser.currentLocation(), "", "the file ends inside a mapping or list; close it"));
      }
    }
    if (parser.nextToken() != null) {
      problems.add(at(parser.currentTokenLocation(), "", yaml != null
          ? "a second YAML document starts here; keep one document per file (remove the '---' and what follows,"
              + " or move it to its own file)"
          : "more JSON after the end of the document; keep one JSON value per file"));
    }
    return root;
  }

  private void field(Frame frame) throws IOException {
    String name = parser.currentName();
    JsonLocation location = parser.currentTokenLocation();
    String pointer = Pointers.child(frame.pointer, name);
    checkTag(pointer);
    if (yaml != null && yaml.isCurrentAlias()) {
      problems.add(at(location, pointer, "a YAML alias (*" + name + ") cannot be a key; write the key out"));
    }
    JsonLocation first = frame.keys.get(name);
    if (first != null) {
      problems.add(at(location, pointer, "duplicate key '" + name + "': it is also at line " + first.getLineNr()
          + ", column " + first.getColumnNr() + "; remove one of the two (Kijun never picks one silently)"));
      frame.duplicate = true;
    } else {
      frame.keys.put(name, location);
      frame.duplicate = false;
    }
    frame.field = name;
  }

  private JsonNode scalar(Frame parent, String pointer, JsonToken token, JsonNode root) throws IOException {
    if (yaml != null && yaml.isCurrentAlias()) {
      String name = parser.getText();
      JsonNode target = anchors.get(name);
      if (target == null) {
        problems.add(at(parser.currentTokenLocation(), pointer, "the YAML alias *" + name
            + " refers to no anchor &" + name + " defined before it; define the anchor first, or write the value out"));
        return attach(parent, NullNode.getInstance(), 0, root);
      }
      int weight = 1 + aliasWeights.getOrDefault(target, 0);
      aliases += weight;
      if (aliases > limits.maxAliases()) {
        throw new Stop(at(parser.currentTokenLocation(), pointer, aliasMessage(limits.maxAliases())));
      }
      return attach(parent, target, weight, root);
    }
    JsonNode node = switch (token) {
      case VALUE_STRING -> TextNode.valueOf(parser.getText());
      case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
        case INT -> IntNode.valueOf(parser.getIntValue());
        case LONG -> LongNode.valueOf(parser.getLongValue());
        default -> BigIntegerNode.valueOf(parser.getBigIntegerValue());
      };
      case VALUE_NUMBER_FLOAT -> parser.getNumberType() == JsonParser.NumberType.BIG_DECIMAL
          ? DecimalNode.valueOf(parser.getDecimalValue())
          : DoubleNode.valueOf(parser.getDoubleValue());
      case VALUE_TRUE -> BooleanNode.TRUE;
      case VALUE_FALSE -> BooleanNode.FALSE;
      default -> NullNode.getInstance();
    };
    String anchor = anchor();
    if (anchor != null) {
      anchors.put(anchor, node);
      aliasWeights.put(node, 0);
    }
    return attach(parent, node, 0, root);
  }

  private static JsonNode attach(Frame parent, JsonNode node, int aliasWeight, JsonNode root) {
    if (parent == null) {
      return node;
    }
    parent.aliasWeight += aliasWeight;
    if (parent.node instanceof ObjectNode object) {
      if (!parent.duplicate) {
        object.set(parent.field, node);
      }
      parent.duplicate = false;
    } else {
      ((ArrayNode) parent.node).add(node);
    }
    return root;
  }

  private static String pointerOf(Frame parent) {
    if (parent == null) {
      return "";
    }
    return parent.node.isObject() ? Pointers.child(parent.pointer, parent.field)
        : Pointers.child(parent.pointer, parent.node.size());
  }

  private String anchor() throws IOException {
    if (parser instanceof AnchoredYamlFactory.Parser anchored) {
      return anchored.anchor();
    }
    return yaml == null ? null : yaml.getObjectId();
  }

  private void checkTag(String pointer) throws IOException {
    if (yaml == null) {
      return;
    }
    String tag = yaml.getTypeId();
    if (tag != null && !CORE_TAGS.contains(tag)) {
      problems.add(at(parser.currentTokenLocation(), pointer, "the YAML tag '" + display(tag)
          + "' is not allowed: Kijun reads plain data and never creates objects from tags; remove the tag"));
    }
  }

  private static String display(String tag) {
    if (tag.startsWith("tag:yaml.org,2002:")) {
      return "!!" + tag.substring("tag:yaml.org,2002:".length());
    }
    return tag.contains(":") ? "!<" + tag + ">" : "!" + tag;
  }

  private InputProblem constraint(StreamConstraintsException e) {
    String raw = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    JsonLocation location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
    if (raw.toLowerCase(java.util.Locale.ROOT).contains("nesting depth")) {
      return at(location, "", depthMessage(limits.maxDepth()));
    }
    return at(location, "", "a value is longer than the reader allows (" + raw.lines().findFirst().orElse("")
        + "); check the file, or raise ReaderLimits.maxBytes");
  }

  static String depthMessage(int maxDepth) {
    return "the document is nested deeper than the limit of " + maxDepth + " levels (ReaderLimits.maxDepth); a"
        + " profile nests about 6: look for unclosed brackets or runaway indentation, or raise the limit";
  }

  static String aliasMessage(int maxAliases) {
    return "the document uses more than " + maxAliases + " YAML aliases (ReaderLimits.maxAliases), counting those"
        + " inside aliased values each time they are used; this looks like an alias bomb (\"billion laughs\"):"
        + " write the values out, or raise the limit";
  }

  private InputProblem at(JsonLocation location, String pointer, String message) {
    int line = location == null ? 0 : Math.max(0, location.getLineNr());
    int column = location == null ? 0 : Math.max(0, location.getColumnNr());
    return new InputProblem(pointer, line, column, message);
  }
}
