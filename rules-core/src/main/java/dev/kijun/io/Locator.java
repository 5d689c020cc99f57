package dev.kijun.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives findings their line and column: one more pass over the tokens, after the checks, for the few pointers that
 * need a place. Keeping no location for the many values that are fine keeps the memory a large file needs small.
 * A pointer the text does not hold (inside an expanded alias, or a missing field) takes the place of its nearest
 * ancestor that the text holds.
 */
final class Locator {
  private Locator() {}

  /** The findings as problems with lines and columns, in the order of the text. */
  static List<InputProblem> resolve(JsonParser parser, List<Finding> findings) {
    if (findings.isEmpty()) {
      return List.of();
    }
    Set<String> wanted = new HashSet<>();
    for (Finding f : findings) {
      String p = f.pointer();
      wanted.add(p);
      while (!p.isEmpty()) {
        p = Pointers.parent(p);
        wanted.add(p);
      }
    }
    Map<String, JsonLocation> keys = new HashMap<>();
    Map<String, JsonLocation> values = new HashMap<>();
    try {
      walk(parser, wanted, keys, values);
    } catch (IOException | RuntimeException e) {
      // The text was read once already; should a second pass fail, the findings keep the places found so far.
    }
    List<InputProblem> problems = new ArrayList<>();
    for (Finding f : findings) {
      JsonLocation location = f.atKey() ? keys.get(f.pointer()) : null;
      String p = f.pointer();
      while (location == null) {
        location = values.get(p);
        if (p.isEmpty()) {
          break;
        }
        p = Pointers.parent(p);
      }
      int line = location == null ? 0 : Math.max(0, location.getLineNr());
      int column = location == null ? 0 : Math.max(0, location.getColumnNr());
      problems.add(new InputProblem(f.pointer(), line, column, f.message()));
    }
    problems.sort(Comparator.comparingInt(InputProblem::line).thenComparingInt(InputProblem::column));
    return problems;
  }

  private static final class Frame {
    final String pointer;
    final boolean array;
    String field;
    int index;

    Frame(String pointer, boolean array) {
      this.pointer = pointer;
      this.array = array;
    }

    String next() {
      return array ? Pointers.child(pointer, index++) : Pointers.child(pointer, field);
    }
  }

  private static void walk(JsonParser parser, Set<String> wanted, Map<String, JsonLocation> keys,
      Map<String, JsonLocation> values) throws IOException {
    Deque<Frame> stack = new ArrayDeque<>();
    JsonToken token;
    while ((token = parser.nextToken()) != null) {
      Frame parent = stack.peek();
      if (token == JsonToken.FIELD_NAME) {
        parent.field = parser.currentName();
        String pointer = Pointers.child(parent.pointer, parent.field);
        if (wanted.contains(pointer)) {
          keys.putIfAbsent(pointer, parser.currentTokenLocation());
        }
        continue;
      }
      if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        stack.pop();
        if (stack.isEmpty()) {
          return;
        }
        continue;
      }
      String pointer = parent == null ? "" : parent.next();
      if (wanted.contains(pointer)) {
        values.putIfAbsent(pointer, parser.currentTokenLocation());
      }
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        stack.push(new Frame(pointer, token == JsonToken.START_ARRAY));
      } else if (stack.isEmpty()) {
        return;
      }
    }
  }
}
