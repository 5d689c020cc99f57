package dev.kijun.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kijun.criteria.Criterion;
import dev.kijun.criteria.Language;
import dev.kijun.model.Evidence;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The JSON Schema (draft 2020-12) of a service profile, generated from the model records. Editors use it for
 * completion and validation (the YAML language server reads a {@code # yaml-language-server: $schema=...} comment);
 * each field's description names the criteria that ask for it.
 *
 * <p>It accepts what the reader accepts, with two differences kept on purpose: enum values and country codes are
 * listed in their canonical upper-case spelling (the reader also takes other cases), so editors complete the
 * canonical form. Every field but {@code id} may be absent or empty ({@code null}), which means unknown.
 *
 * <pre>{@code
 * String json = ProfileSchema.of(StandardCatalog.load().criteria(), Language.JA).toJson();
 * }</pre>
 */
public final class ProfileSchema {
  /** The JSON Schema dialect the schema is written in. */
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final ObjectNode schema;

  private ProfileSchema(ObjectNode schema) {
    this.schema = schema;
  }

  /**
   * Generates the schema.
   *
   * @param criteria the criteria in force, whose facts say which fields they read
   * @param language the language of the descriptions
   */
  public static ProfileSchema of(List<Criterion> criteria, Language language) {
    Describer d = new Describer(new FieldCriteria(criteria), language);
    ObjectNode root = NODES.objectNode();
    root.put("$schema", DIALECT);
    root.put("title", d.t("Kijun サービスプロファイル", "Kijun service profile"));
    root.put("description", d.t(
        "外部サービスについてベンダーが申告する内容。id 以外はすべて省略でき、省略・空欄は「不明」を意味します。",
        "What a vendor declares about one external service. Every field but id may be left out; a field left out or"
            + " empty means unknown."));
    object(root, ProfileFields.of(), d, false);
    ObjectNode defs = root.putObject("$defs");
    defs.set("Claim", claim(d));
    defs.set("Evidence", evidence(d));
    return new ProfileSchema(root);
  }

  /** The schema as a JSON tree (a copy). */
  public ObjectNode tree() {
    return schema.deepCopy();
  }

  /** The schema as indented JSON. */
  public String toJson() {
    try {
      return MAPPER.writeValueAsString(schema) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write the profile schema", e);
    }
  }

  private static void object(ObjectNode node, List<Field> fields, Describer d, boolean nullable) {
    node.set("type", nullable ? types("object", "null") : NODES.textNode("object"));
    node.put("additionalProperties", false);
    ObjectNode properties = node.putObject("properties");
    ArrayNode required = NODES.arrayNode();
    for (Field f : fields) {
      properties.set(f.name(), field(f, d));
      if (f.required()) {
        required.add(f.name());
      }
    }
    if (!required.isEmpty()) {
      node.set("required", required);
    }
  }

  private static ObjectNode field(Field f, Describer d) {
    ObjectNode node = NODES.objectNode();
    String description = d.describe(f);
    if (!description.isEmpty()) {
      node.put("description", description);
    }
    if (f.list()) {
      node.set("type", types("array", "null"));
      ObjectNode items = node.putObject("items");
      value(items, f, d, false);
      return node;
    }
    value(node, f, d, !f.required());
    return node;
  }

  private static void value(ObjectNode node, Field f, Describer d, boolean nullable) {
    switch (f.kind()) {
      case TEXT -> typed(node, "string", nullable);
      case BOOLEAN -> typed(node, "boolean", nullable);
      case INTEGER -> typed(node, "integer", nullable);
      case DATE -> {
        typed(node, "string", nullable);
        node.put("format", "date");
        node.put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
      }
      case PERIOD -> {
        typed(node, "string", nullable);
        node.put("pattern", "^[-+]?[Pp]([-+]?[0-9]+[YyMmWwDd])+$");
        node.putArray("examples").add("P6M").add("P180D");
      }
      case DURATION -> {
        typed(node, "string", nullable);
        node.put("pattern", "^[-+]?[Pp]([-+]?[0-9]+[Dd])?([Tt]([-+]?[0-9]+[Hh])?([-+]?[0-9]+[Mm])?"
            + "([-+]?[0-9]+([.,][0-9]{0,9})?[Ss])?)?$");
        node.putArray("examples").add("PT24H").add("P14D");
      }
      case ENUM -> {
        typed(node, "string", nullable);
        ArrayNode values = node.putArray("enum");
        ProfileFields.enumValues(f.type()).forEach(values::add);
        if (nullable) {
          values.addNull();
        }
      }
      case COUNTRY -> {
        typed(node, "string", nullable);
        ArrayNode values = node.putArray("enum");
        List.of(Locale.getISOCountries()).stream().sorted().forEach(values::add);
        if (nullable) {
          values.addNull();
        }
      }
      case REGION -> {
        ArrayNode anyOf = node.putArray("anyOf");
        anyOf.addObject().put("type", "string").put("pattern", "^[^:]+:.+$")
            .put("description", d.t("provider:code の形。例 aws:ap-northeast-1", "provider:code, e.g. aws:ap-northeast-1"));
        ObjectNode pair = anyOf.addObject();
        pair.put("type", "object");
        pair.put("additionalProperties", false);
        pair.putArray("required").add("provider").add("code");
        pair.putObject("properties").set("provider", NODES.objectNode().put("type", "string"));
        ((ObjectNode) pair.get("properties")).set("code", NODES.objectNode().put("type", "string"));
        if (nullable) {
          anyOf.addObject().put("type", "null");
        }
      }
      case CLAIM -> ref(node, "Claim", nullable);
      case EVIDENCE -> ref(node, "Evidence", nullable);
      case RECORD -> object(node, f.children(), d, nullable);
    }
  }

  private static void typed(ObjectNode node, String type, boolean nullable) {
    node.set("type", nullable ? types(type, "null") : NODES.textNode(type));
  }

  private static void ref(ObjectNode node, String def, boolean nullable) {
    if (nullable) {
      ArrayNode anyOf = node.putArray("anyOf");
      anyOf.addObject().put("$ref", "#/$defs/" + def);
      anyOf.addObject().put("type", "null");
    } else {
      node.put("$ref", "#/$defs/" + def);
    }
  }

  private static ArrayNode types(String... types) {
    ArrayNode array = NODES.arrayNode();
    for (String t : types) {
      array.add(t);
    }
    return array;
  }

  private static ObjectNode claim(Describer d) {
    ObjectNode claim = NODES.objectNode();
    claim.put("description", d.t(
        "はい/いいえの申告。true / false、または根拠付きで {value: true, evidence: [...]}",
        "A yes/no declaration: true / false, or with evidence as {value: true, evidence: [...]}"));
    ArrayNode anyOf = claim.putArray("anyOf");
    anyOf.addObject().put("type", "boolean");
    ObjectNode withEvidence = anyOf.addObject();
    withEvidence.put("type", "object");
    withEvidence.put("additionalProperties", false);
    withEvidence.putArray("required").add("value");
    ObjectNode properties = withEvidence.putObject("properties");
    properties.putObject("value").put("type", "boolean");
    ObjectNode evidence = properties.putObject("evidence");
    evidence.set("type", types("array", "null"));
    evidence.putObject("items").put("$ref", "#/$defs/Evidence");
    return claim;
  }

  private static JsonNode evidence(Describer d) {
    ObjectNode evidence = NODES.objectNode();
    evidence.put("description", d.t(
        "申告の根拠：契約条項、認証、文書、URL、またはベンダーの表明",
        "What backs a declaration: a contract clause, a certification, a document, a URL or the vendor's attestation"));
    object(evidence, ProfileFields.fields(Evidence.class, "/evidence"), d, false);
    return evidence;
  }

  /** Writes field descriptions: the criteria that ask for the field. */
  private record Describer(FieldCriteria criteria, Language language) {
    String t(String ja, String en) {
      return language == Language.JA ? ja : en;
    }

    String describe(Field f) {
      if (f.path().equals("/id")) {
        return t("プロファイルの識別子（必須）。報告書と例外承認で使います。", "The profile's identifier (required), used in reports and waivers.");
      }
      if (f.path().startsWith("/evidence")) {
        return "";
      }
      List<Criterion> asking = criteria.asking(f.path());
      if (asking.isEmpty()) {
        return "";
      }
      return asking.stream()
          .map(c -> c.id().value() + " " + firstLine(language == Language.JA ? c.textJa() : c.textEn()))
          .collect(Collectors.joining("\n"));
    }

    private static String firstLine(String text) {
      int nl = text.indexOf('\n');
      return (nl < 0 ? text : text.substring(0, nl)).strip();
    }
  }
}
