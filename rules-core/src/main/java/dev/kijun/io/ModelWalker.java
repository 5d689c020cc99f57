package dev.kijun.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.kijun.model.InvalidFieldException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Walks a document tree against the type it must bind to and finds <em>every</em> problem, not only the first: an
 * unknown field (with the closest known name), a value of the wrong type, a value outside an enum, a missing
 * required field, a value a record refuses. A mapping is first bound in one go; only if that fails is each field
 * checked on its own, then the mapping bound again once its fields are fine, so that one problem is reported once,
 * at its own pointer, and a valid document costs one binding.
 *
 * <p>On the way it normalises code values: text bound to an enum or a {@code java.time} type is NFKC-normalised and
 * stripped, so that {@code Ｐ６Ｍ} reads as {@code P6M} and {@code ＳＡＡＳ} as {@code SAAS}. Numbers are not
 * normalised: full-width digits are text in YAML and JSON, and Kijun never reads text as a number; the error names
 * the full-width characters and the half-width form to write.
 */
final class ModelWalker {
  /** The most problems listed for one file; the rest are left for after the first are fixed. */
  static final int MAX_FINDINGS = 100;
  private static final Object FAILED = new Object();
  private static final Object UNBOUND = new Object();
  private static final Set<String> YES_NO = Set.of("y", "n", "はい", "いいえ", "○", "×", "有", "無");

  private final ObjectMapper mapper;
  private final DeserializationContext context;
  private final boolean all;
  private final List<Finding> findings = new ArrayList<>();
  private final Map<JavaType, JsonDeserializer<?>> deserializers = new HashMap<>();
  private final Map<JavaType, ObjectReader> readers = new HashMap<>();

  ModelWalker(ObjectMapper mapper, boolean all) {
    this.mapper = mapper;
    this.context = ((DefaultDeserializationContext) mapper.getDeserializationContext())
        .createDummyInstance(mapper.getDeserializationConfig());
    this.all = all;
  }

  /** The findings so far. */
  List<Finding> findings() {
    return findings;
  }

  /**
   * Checks {@code root} against {@code type}, normalising code values in place.
   *
   * @return the bound value, or {@code null} if there are findings
   */
  Object walk(JsonNode root, JavaType type) {
    Object value = walk(root, type, "", n -> {});
    if (value == UNBOUND) {
      value = bind(root, type, "");
    }
    return value == FAILED || !findings.isEmpty() ? null : value;
  }

  private boolean stopped() {
    return (!all && !findings.isEmpty()) || findings.size() >= MAX_FINDINGS;
  }

  private Object walk(JsonNode node, JavaType type, String pointer, Consumer<JsonNode> slot) {
    if (stopped()) {
      return FAILED;
    }
    if (node.isNull()) {
      return bind(node, type, pointer);
    }
    if (type.isMapLikeType()) {
      if (!(node instanceof ObjectNode object)) {
        return fail(pointer, "wrong type: expected a mapping (name: value), found " + Problems.describe(node));
      }
      boolean ok = true;
      for (String name : names(object)) {
        ok &= walk(object.get(name), type.getContentType(), Pointers.child(pointer, name),
            n -> object.set(name, n)) != FAILED;
      }
      return ok ? UNBOUND : FAILED;
    }
    if (type.isContainerType()) {
      if (!(node instanceof ArrayNode array)) {
        String write = node.isValueNode() ? "; write a list, e.g. [" + node.asText() + "]" : "";
        return fail(pointer, "wrong type: expected a list, found " + Problems.describe(node) + write);
      }
      boolean ok = true;
      for (int i = 0; i < array.size(); i++) {
        int index = i;
        ok &= walk(array.get(i), type.getContentType(), Pointers.child(pointer, i), n -> array.set(index, n))
            != FAILED;
      }
      return ok ? UNBOUND : FAILED;
    }
    BeanDeserializerBase bean = deserializer(type) instanceof BeanDeserializerBase b
        && !b.getKnownPropertyNames().isEmpty() ? b : null;
    if (bean != null && node instanceof ObjectNode object) {
      Object value = quietly(object, type);
      return value != FAILED ? value : walkObject(object, type, bean, pointer);
    }
    if (bean != null && node.isArray()) {
      return fail(pointer, "wrong type: expected " + Problems.expected(type.getRawClass()) + ", found a list");
    }
    return leaf(node, type, pointer, slot);
  }

  private Object walkObject(ObjectNode object, JavaType type, BeanDeserializerBase bean, String pointer) {
    List<String> known = bean.getKnownPropertyNames().stream().map(String::valueOf).sorted().toList();
    boolean ok = true;
    Set<String> failed = new HashSet<>();
    for (String name : names(object)) {
      SettableBeanProperty property = bean.findProperty(name);
      String child = Pointers.child(pointer, name);
      if (property == null) {
        findings.add(Finding.atKey(child, Problems.unknownField(name, known)));
        ok = false;
        failed.add(name);
        if (stopped()) {
          return FAILED;
        }
        continue;
      }
      if (walk(object.get(name), property.getType(), child, n -> object.set(name, n)) == FAILED) {
        ok = false;
        failed.add(name);
      }
    }
    for (Iterator<SettableBeanProperty> it = bean.properties(); it.hasNext(); ) {
      SettableBeanProperty property = it.next();
      if (property.isRequired() && !object.has(property.getName()) && !stopped()) {
        findings.add(Finding.atValue(pointer, "missing required field '" + property.getName() + "': add it ("
            + Problems.expected(property.getType().getRawClass()) + ")"));
        ok = false;
      }
    }
    if (ok) {
      return bind(object, type, pointer);
    }
    if (!stopped()) {
      checkTheRest(object, type, pointer, failed);
    }
    return FAILED;
  }

  /**
   * Binds a record without its failed fields, to report what the record itself refuses in the others (a negative
   * period beside an unknown channel). Only such refusals are kept: anything else is about the missing fields.
   */
  private void checkTheRest(ObjectNode object, JavaType type, String pointer, Set<String> failed) {
    ObjectNode rest = object.objectNode();
    object.properties().forEach(e -> {
      if (!failed.contains(e.getKey())) {
        rest.set(e.getKey(), e.getValue());
      }
    });
    try {
      reader(type).readValue(rest);
    } catch (ValueInstantiationException e) {
      if (e.getCause() instanceof InvalidFieldException f && !failed.contains(f.field())) {
        findings.add(Problems.binding(e, pointer, null));
      }
    } catch (IOException | RuntimeException e) {
      // Only the record's own refusals of the remaining fields are of interest here.
    }
  }

  private Object leaf(JsonNode node, JavaType type, String pointer, Consumer<JsonNode> slot) {
    Class<?> raw = type.getRawClass();
    if (raw == String.class && node.isTextual()) {
      return node.textValue();
    }
    if ((raw == Boolean.class || raw == boolean.class) && node.isBoolean()) {
      return node.booleanValue();
    }
    if ((raw == Integer.class || raw == int.class) && node.isInt()) {
      return node.intValue();
    }
    if (node.isTextual() && (raw.isEnum() || raw.getName().startsWith("java.time."))) {
      String normalised = FullWidth.normalise(node.textValue());
      if (!normalised.equals(node.textValue())) {
        JsonNode replacement = TextNode.valueOf(normalised);
        try {
          Object value = reader(type).readValue(replacement);
          slot.accept(replacement);
          return value;
        } catch (IOException | RuntimeException e) {
          // Report the problem with the value as written.
        }
      }
    }
    try {
      return reader(type).readValue(node);
    } catch (JacksonException e) {
      Finding f = Problems.binding(e, pointer, node);
      findings.add(new Finding(f.pointer(), f.atKey(), f.message() + hint(node, raw)));
      return FAILED;
    } catch (IOException | RuntimeException e) {
      return fail(pointer, "cannot read this value: " + e.getMessage());
    }
  }

  private static String hint(JsonNode node, Class<?> raw) {
    if (raw == String.class && (node.isNumber() || node.isBoolean())) {
      return "; put it in quotes, e.g. \"" + node.asText() + "\"";
    }
    boolean yesNo = raw == boolean.class || raw == Boolean.class || raw.getSimpleName().equals("Claim");
    if (node.isBoolean() && !yesNo) {
      return "; if you meant text (such as the country code NO), put it in quotes: YAML reads an unquoted yes, no,"
          + " on or off as true or false";
    }
    if (!node.isTextual()) {
      return "";
    }
    String text = node.textValue();
    if (FullWidth.present(text)) {
      String ascii = FullWidth.normalise(text).replaceAll("\\s+", "");
      return "; the value " + FullWidth.describe(text) + ": write it in half-width (ASCII) characters"
          + (ascii.chars().allMatch(c -> c < 0x80) ? ", e.g. " + ascii : "");
    }
    boolean number = raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class;
    if (number && text.strip().matches("-?[0-9]+")) {
      return "; write the number without quotes: " + text.strip();
    }
    if (yesNo && YES_NO.contains(text.strip().toLowerCase(Locale.ROOT))) {
      return "; write true or false";
    }
    return "";
  }

  private Object bind(JsonNode node, JavaType type, String pointer) {
    try {
      return reader(type).readValue(node);
    } catch (JacksonException e) {
      findings.add(Problems.binding(e, pointer, node.isValueNode() ? node : null));
      return FAILED;
    } catch (IOException | RuntimeException e) {
      return fail(pointer, "cannot read this value: " + e.getMessage());
    }
  }

  /** Binds a mapping that is probably fine in one go; only when that fails is it checked field by field. */
  private Object quietly(JsonNode node, JavaType type) {
    try {
      return reader(type).readValue(node);
    } catch (IOException | RuntimeException e) {
      return FAILED;
    }
  }

  private Object fail(String pointer, String message) {
    findings.add(Finding.atValue(pointer, message));
    return FAILED;
  }

  private ObjectReader reader(JavaType type) {
    return readers.computeIfAbsent(type, mapper::readerFor);
  }

  private JsonDeserializer<?> deserializer(JavaType type) {
    return deserializers.computeIfAbsent(type, t -> {
      try {
        return context.findRootValueDeserializer(t);
      } catch (JacksonException | RuntimeException e) {
        return null;
      }
    });
  }

  private static List<String> names(ObjectNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
