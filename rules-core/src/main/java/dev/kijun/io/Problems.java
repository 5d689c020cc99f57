package dev.kijun.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.kijun.model.Claim;
import dev.kijun.model.CountryCode;
import dev.kijun.model.InvalidFieldException;
import dev.kijun.model.RegionRef;
import dev.kijun.model.TlsVersion;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns what goes wrong while reading into messages a person can act on: what is wrong, and the fix. */
final class Problems {
  private Problems() {}

  /** A file that is not well-formed YAML or JSON: the parser's reason, at the parser's place, with a hint. */
  static InputProblem syntax(JacksonException e, String text, boolean yaml) {
    String kind = yaml ? "not valid YAML: " : "not valid JSON: ";
    if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblemMark() != null) {
      int line = m.getProblemMark().getLine() + 1;
      int column = m.getProblemMark().getColumn() + 1;
      StringBuilder sb = new StringBuilder(kind).append(firstLine(m.getProblem()));
      if (m.getContext() != null) {
        sb.append(" (").append(firstLine(m.getContext()));
        if (m.getContextMark() != null) {
          sb.append(" that starts at line ").append(m.getContextMark().getLine() + 1).append(", column ")
              .append(m.getContextMark().getColumn() + 1);
        }
        sb.append(')');
      }
      return new InputProblem("", line, column, sb + hint(m.getProblem(), text, line));
    }
    JsonLocation location = e.getLocation();
    int line = location == null ? 0 : Math.max(0, location.getLineNr());
    int column = location == null ? 0 : Math.max(0, location.getColumnNr());
    String raw = firstLine(e.getOriginalMessage())
        .replaceAll("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]", "line $1, column $2");
    if (raw.contains("maybe a (non-standard) comment")) {
      return new InputProblem("", line, column, kind + "JSON has no comments; remove the comment (or write the"
          + " profile in YAML, where # starts a comment)");
    }
    if (raw.startsWith("Non-standard token")) {
      return new InputProblem("", line, column, kind + raw.replaceAll("Non-standard token ('[^']*').*",
          "$1 is not a JSON value") + "; write a number, or leave the field out");
    }
    if (raw.startsWith("Expected a field name")) {
      return new InputProblem("", line, column, kind + "a key must be plain text, not a list or a mapping"
          + " (complex keys with '?' are not read)");
    }
    return new InputProblem("", line, column, kind + raw + hint(raw, text, line));
  }

  private static String hint(String raw, String text, int line) {
    String problem = raw == null ? "" : raw;
    String where = line > 0 ? text.lines().skip(line - 1).findFirst().orElse("") : "";
    if (problem.contains("\\t(TAB)") || where.startsWith("\t") || where.matches("^ *\t.*")) {
      return "; indent with spaces, not tabs";
    }
    for (int l = Math.max(1, line - 1); l <= line; l++) {
      if (text.lines().skip(l - 1).findFirst().orElse("").indexOf('\u3000') >= 0) {
        return "; line " + l + " contains an ideographic (full-width) space U+3000: indent, and separate a key's"
            + " colon from its value, with half-width spaces";
      }
    }
    if (problem.contains("expected '<document start>'")) {
      return "; only a new document may follow the end of a document ('...'): remove what follows, or the '...'";
    }
    if (problem.contains("expected <block end>")) {
      return "; check the indentation of this line: it must line up with the lines of the same mapping or list";
    }
    if (problem.contains("mapping values are not allowed")) {
      return "; a value that contains ': ' must be quoted, and a key needs a space after its colon";
    }
    if (problem.contains("was expecting double-quote to start field name")) {
      return "; JSON names are in double quotes, and no comma follows the last member";
    }
    if (problem.contains("Unexpected end-of-input") || problem.contains("<stream end>")
        || problem.contains("end of stream")) {
      return "; the file ends early: close every bracket and quote";
    }
    return "";
  }

  /**
   * A value that cannot be bound to its type.
   *
   * @param e what the data binding reported
   * @param base the pointer of the value that was bound
   * @param found the value, to say what was found instead; may be {@code null}
   */
  static Finding binding(JacksonException e, String base, JsonNode found) {
    String pointer = base + (e instanceof JsonMappingException m ? pointer(m) : "");
    if (e instanceof ValueInstantiationException v && v.getCause() instanceof InvalidFieldException f) {
      return Finding.atValue(Pointers.child(pointer, f.field()), f.getMessage());
    }
    return Finding.atValue(pointer, message(e, found));
  }

  private static String message(JacksonException e, JsonNode found) {
    if (e instanceof InvalidFormatException f) {
      Class<?> target = f.getTargetType();
      if (target != null && target.isEnum() && target != TlsVersion.class) {
        List<String> names = Arrays.stream(target.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        String closest = Names.closest(String.valueOf(f.getValue()), names);
        return "'" + f.getValue() + "' is not allowed here" + (closest == null ? "." : "; did you mean '" + closest
            + "'?") + " Use one of: " + String.join(", ", names);
      }
      String why = f.getCause() instanceof DateTimeParseException d ? dateReason(d) : "";
      return "'" + f.getValue() + "' is not " + expected(target) + why;
    }
    if (e instanceof InputCoercionException c) {
      return "the number " + (found == null ? "" : found.asText() + " ") + "is out of range: expected "
          + expected(c.getTargetType()) + " up to " + (c.getTargetType() == Long.class
          || c.getTargetType() == long.class ? Long.MAX_VALUE : Integer.MAX_VALUE);
    }
    if (e instanceof ValueInstantiationException v) {
      Throwable cause = v.getCause() == null ? v : v.getCause();
      String why = cause.getMessage() == null ? cause.toString() : cause.getMessage();
      if (why.endsWith("must not be null")) {
        return "missing required field: " + why.substring(0, why.length() - " must not be null".length())
            + " (add it)";
      }
      return why;
    }
    if (e instanceof InvalidNullException n) {
      return "'" + n.getPropertyName() + "' must have a value, not null";
    }
    if (e instanceof MismatchedInputException m) {
      String raw = firstLine(m.getOriginalMessage());
      if (raw.contains("Missing required creator property")) {
        return "missing required field '" + raw.replaceAll(".*property '([^']+)'.*", "$1") + "' (add it)";
      }
      if (m.getTargetType() != null && m.getTargetType().isPrimitive() && found != null && found.isNull()) {
        return "must have a value, not null: write " + expected(m.getTargetType());
      }
      return "wrong type: expected " + expected(m.getTargetType()) + found(found, raw);
    }
    if (e instanceof JsonMappingException m && m.getCause() instanceof IllegalArgumentException iae
        && iae.getMessage() != null) {
      return iae.getMessage();
    }
    return firstLine(e.getOriginalMessage());
  }

  private static String dateReason(DateTimeParseException d) {
    String m = d.getMessage() == null ? "" : d.getMessage();
    int colon = m.indexOf(": ");
    return colon < 0 ? "" : " (" + m.substring(colon + 2) + ")";
  }

  private static String found(JsonNode found, String raw) {
    if (found != null) {
      return ", found " + describe(found);
    }
    if (raw.contains("from Array value") || raw.contains("START_ARRAY")) {
      return ", found a list";
    }
    if (raw.contains("from Object value") || raw.contains("START_OBJECT")) {
      return ", found a mapping";
    }
    if (raw.contains("from String value") || raw.contains("VALUE_STRING")) {
      return ", found text";
    }
    if (raw.contains("from Boolean value") || raw.contains("VALUE_TRUE") || raw.contains("VALUE_FALSE")) {
      return ", found true/false";
    }
    if (raw.contains("from Integer value") || raw.contains("from Floating-point value")
        || raw.contains("VALUE_NUMBER")) {
      return ", found a number";
    }
    return "";
  }

  /** What a value is, in words: {@code text 'abc'}, {@code the number 6}, {@code a list}. */
  static String describe(JsonNode node) {
    if (node.isTextual()) {
      String t = node.textValue();
      return "text '" + (t.length() > 60 ? t.substring(0, 57) + "..." : t) + "'";
    }
    if (node.isNumber()) {
      return "the number " + node.asText();
    }
    if (node.isBoolean()) {
      return node.asText();
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isObject()) {
      return "a mapping";
    }
    return "nothing (null)";
  }

  /** What a type expects, in words. */
  static String expected(Class<?> type) {
    if (type == null) {
      return "a value of another type";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class
        || type == Short.class || type == short.class) {
      return "a whole number";
    }
    if (type == Double.class || type == double.class || type == Float.class || type == float.class) {
      return "a number";
    }
    if (type == String.class) {
      return "text";
    }
    if (type == Period.class) {
      return "an ISO-8601 period such as P6M (6 months) or P180D (180 days)";
    }
    if (type == Duration.class) {
      return "an ISO-8601 duration such as PT24H (24 hours) or P14D (14 days)";
    }
    if (type == LocalDate.class) {
      return "a date such as 2027-03-31";
    }
    if (type == Claim.class) {
      return "true, false, or a mapping {value: true, evidence: [...]}";
    }
    if (type == CountryCode.class) {
      return "a country code such as JP";
    }
    if (type == RegionRef.class) {
      return "a region such as aws:ap-northeast-1";
    }
    if (type == TlsVersion.class) {
      return "a TLS version such as TLSv1.2";
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
    if (type.isRecord()) {
      return "a mapping (" + type.getSimpleName() + ")";
    }
    return type.getSimpleName();
  }

  /** The unknown-field message: the name, the closest known name, and every name allowed there. */
  static String unknownField(String field, List<String> known) {
    StringBuilder sb = new StringBuilder("unknown field '").append(field).append('\'');
    if (FullWidth.present(field)) {
      sb.append(" (it ").append(FullWidth.describe(field)).append("; field names are written in ASCII)");
    }
    if (field.equals("<<")) {
      sb.append(" (YAML merge keys are not read; write the fields out)");
    }
    if (field.startsWith("@") || field.startsWith("$")) {
      sb.append(" (Kijun reads no type information from documents)");
    }
    String closest = Names.closest(field, known);
    if (closest != null) {
      sb.append("; did you mean '").append(closest).append("'?");
    }
    return sb.append(" Allowed here: ").append(known.stream().sorted().collect(Collectors.joining(", "))).toString();
  }

  static String pointer(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        sb.append(Pointers.child("", ref.getFieldName()));
      } else if (ref.getIndex() >= 0) {
        sb.append('/').append(ref.getIndex());
      }
    }
    return sb.toString();
  }

  static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }
}
