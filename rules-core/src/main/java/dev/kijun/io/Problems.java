package dev.kijun.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns Jackson's exceptions into problems a person can act on. */
final class Problems {
  private Problems() {}

  static InputProblem of(JacksonException e, String text) {
    JsonLocation location = e.getLocation();
    int line = location == null ? 0 : Math.max(0, location.getLineNr());
    int column = location == null ? 0 : Math.max(0, location.getColumnNr());
    String pointer = e instanceof JsonMappingException d ? pointer(d) : "";
    if (e instanceof UnrecognizedPropertyException u && text != null && line > 0) {
      int[] at = findKey(text, u.getPropertyName(), line);
      if (at != null) {
        line = at[0];
        column = at[1];
      }
    }
    return new InputProblem(pointer, line, column, message(e, pointer));
  }

  /**
   * Jackson reports an unknown field where it stopped reading, after its value; the field itself is the nearest
   * line at or above that which names it as a key.
   */
  private static int[] findKey(String text, String key, int reportedLine) {
    String[] lines = text.split("\\R", -1);
    java.util.regex.Pattern keyPattern = java.util.regex.Pattern.compile(
        "(^|[\\s{,\\-])[\"']?" + java.util.regex.Pattern.quote(key) + "[\"']?\\s*:");
    for (int i = Math.min(reportedLine, lines.length) - 1; i >= 0 && i >= reportedLine - 200; i--) {
      java.util.regex.Matcher m = keyPattern.matcher(lines[i]);
      if (m.find()) {
        return new int[] {i + 1, m.start() + (m.group(1).isEmpty() ? 1 : 2)};
      }
    }
    return null;
  }

  private static String message(JacksonException e, String pointer) {
    if (e instanceof UnrecognizedPropertyException u) {
      String field = u.getPropertyName();
      Collection<Object> known = u.getKnownPropertyIds() == null ? List.of() : u.getKnownPropertyIds();
      String closest = closest(field, known.stream().map(String::valueOf).toList());
      String allowed = known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
      return "unknown field '" + field + "'" + (closest == null ? "" : "; did you mean '" + closest + "'?")
          + " Allowed here: " + allowed;
    }
    if (e instanceof InvalidFormatException f) {
      Class<?> target = f.getTargetType();
      if (target != null && target.isEnum()) {
        List<String> names = Arrays.stream(target.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        String closest = closest(String.valueOf(f.getValue()), names);
        return "'" + f.getValue() + "' is not allowed here" + (closest == null ? "" : "; did you mean '" + closest + "'?")
            + " Use one of: " + String.join(", ", names);
      }
      return "'" + f.getValue() + "' is not " + expected(target);
    }
    if (e instanceof ValueInstantiationException v) {
      Throwable cause = v.getCause() == null ? v : v.getCause();
      String why = cause.getMessage() == null ? cause.toString() : cause.getMessage();
      if (why.endsWith("must not be null")) {
        String what = why.substring(0, why.length() - " must not be null".length());
        return "missing required field: " + what + " (add it)";
      }
      return why;
    }
    if (e instanceof InvalidNullException n) {
      return "'" + n.getPropertyName() + "' must have a value, not null";
    }
    if (e instanceof MismatchedInputException m) {
      String raw = firstLine(m.getOriginalMessage());
      if (raw.contains("Missing required creator property")) {
        String field = raw.replaceAll(".*property '([^']+)'.*", "$1");
        return "missing required field '" + field + "' (add it)";
      }
      if (raw.contains("Cannot map `null` into type")) {
        String field = pointer.isEmpty() ? "value" : pointer.substring(pointer.lastIndexOf('/') + 1);
        return "'" + field + "' must be " + expected(m.getTargetType()) + ", not empty";
      }
      if (raw.contains("Trailing token")) {
        return "more than one document in the file; keep one profile per file";
      }
      if (raw.contains("Duplicate field") || raw.contains("Duplicate key")) {
        return raw + "; remove one of the two";
      }
      return "wrong type: expected " + expected(m.getTargetType()) + rawHint(raw);
    }
    if (e instanceof JsonMappingException m) {
      Throwable cause = m.getCause();
      if (cause instanceof IllegalArgumentException iae && iae.getMessage() != null) {
        return iae.getMessage();
      }
      return firstLine(m.getOriginalMessage());
    }
    if (e instanceof StreamConstraintsException c) {
      return firstLine(c.getOriginalMessage()) + "; the file is nested or sized beyond the reader's limits";
    }
    String raw = firstLine(e.getOriginalMessage());
    if (raw.contains("Duplicate field") || raw.contains("duplicate key")) {
      return raw + "; remove one of the two";
    }
    if (raw.contains("Number of aliases")) {
      return "too many YAML aliases (" + raw + "); the document looks like an alias bomb";
    }
    if (raw.toLowerCase(Locale.ROOT).contains("nesting depth")) {
      return raw + "; the document is nested deeper than the reader's limit";
    }
    return "not valid YAML/JSON: " + raw;
  }

  private static String rawHint(String raw) {
    if (raw.contains("from Array value")) {
      return ", found a list";
    }
    if (raw.contains("from Object value")) {
      return ", found a mapping";
    }
    if (raw.contains("from String value")) {
      return ", found text";
    }
    if (raw.contains("from Boolean value")) {
      return ", found true/false";
    }
    if (raw.contains("from Integer value") || raw.contains("from Floating-point value")) {
      return ", found a number";
    }
    return "";
  }

  static String expected(Class<?> type) {
    if (type == null) {
      return "a value of another type";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    }
    if (type == String.class) {
      return "text";
    }
    if (type == Period.class) {
      return "an ISO-8601 period such as P6M (6 months) or P180D (180 days)";
    }
    if (type == Duration.class) {
      return "an ISO-8601 duration such as PT24H (24 hours)";
    }
    if (type == LocalDate.class) {
      return "a date such as 2027-03-31";
    }
    if (List.class.isAssignableFrom(type) || Set.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(type)) {
      return "a mapping";
    }
    if (type.isEnum()) {
      return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
          .collect(Collectors.joining(", "));
    }
    if (type.getSimpleName().equals("Claim")) {
      return "true, false, or a mapping {value: true, evidence: [...]}";
    }
    if (type.isRecord()) {
      return "a mapping (" + type.getSimpleName() + ")";
    }
    return type.getSimpleName();
  }

  static String pointer(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      sb.append('/');
      if (ref.getFieldName() != null) {
        sb.append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
      } else if (ref.getIndex() >= 0) {
        sb.append(ref.getIndex());
      }
    }
    return sb.toString();
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }

  /** The known name closest to {@code name}, if it is close enough to be a typo. */
  static String closest(String name, List<String> known) {
    if (name == null) {
      return null;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    return known.stream()
        .min(Comparator.comparingInt(k -> distance(lower, k.toLowerCase(Locale.ROOT))))
        .filter(k -> distance(lower, k.toLowerCase(Locale.ROOT)) <= Math.max(2, name.length() / 3))
        .orElse(null);
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
