package dev.kijun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import dev.kijun.catalog.StandardCatalog;
import dev.kijun.criteria.Criterion;
import dev.kijun.criteria.Language;
import dev.kijun.io.ProfileReader;
import dev.kijun.model.ServiceProfile;
import dev.kijun.schema.ProfileSchema;
import dev.kijun.schema.ProfileTemplate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The generated profile schema against the example profiles, the rule fixtures, the template and the reader. */
class ProfileSchemaTest {
  private static final List<Criterion> CRITERIA = StandardCatalog.load().criteria();
  private static final JsonNode SCHEMA = ProfileSchema.of(CRITERIA, Language.EN).tree();
  private static final Schema VALIDATOR = SchemaRegistry.withDialect(Dialects.getDraft202012()).getSchema(SCHEMA);
  private static final ObjectMapper YAML = new YAMLMapper();

  private static List<Path> profiles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path dir : List.of(Cli.EXAMPLES, Path.of("../rules-catalog/src/test/resources/dev/kijun/catalog/fixtures"))) {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
      }
    }
    return files;
  }

  @Test
  void every_example_profile_and_rule_fixture_is_valid_against_the_schema() throws IOException {
    List<Path> files = profiles();
    assertThat(files).hasSizeGreaterThan(15);
    for (Path file : files) {
      assertThat(VALIDATOR.validate(YAML.readTree(file.toFile()))).as(file.toString()).isEmpty();
    }
  }

  @Test
  void the_schema_is_valid_json_schema_2020_12() {
    Schema meta = SchemaRegistry.withDialect(Dialects.getDraft202012())
        .getSchema(SchemaLocation.of(ProfileSchema.DIALECT));

    assertThat(meta.validate(SCHEMA)).isEmpty();
  }

  @Test
  void the_schema_rejects_what_the_reader_rejects() throws IOException {
    for (String bad : List.of("serviceModel: SAASS", "dataResidency: {locatons: []}", "useUntil: tomorrow",
        "changeNotice: {noticePeriod: six months}", "regionUse: {regions: [ap-northeast-1]}",
        "jurisdiction: {governingLaw: {country: XX}}", "regionUse: {restrictedToJapan: {evidence: []}}",
        "certifications: [{scheme: ISMAP, evidence: []}]")) {
      String yaml = "id: p\n" + bad + "\n";

      assertThat(VALIDATOR.validate(YAML.readTree(yaml))).as(bad).isNotEmpty();
      assertThat(readable(yaml)).as(bad).isFalse();
    }
  }

  @Test
  void the_blank_template_is_valid_once_it_has_an_id() throws IOException {
    for (Language language : Language.values()) {
      String yaml = ProfileTemplate.yaml(CRITERIA, language, null).replaceFirst("(?m)^id: null", "id: blank");

      assertThat(VALIDATOR.validate(YAML.readTree(yaml))).as(language.name()).isEmpty();
      assertThat(readable(yaml)).as(language.name()).isTrue();
    }
  }

  @Test
  void schema_fields_are_the_fields_the_reader_binds() {
    ObjectMapper mapper = new ObjectMapper();
    assertSameFields(mapper, ServiceProfile.class, SCHEMA, "");
  }

  @Test
  void every_fact_a_criterion_reads_is_a_field_of_the_schema() {
    for (Criterion c : CRITERIA) {
      for (String fact : c.facts()) {
        JsonNode node = SCHEMA;
        for (String segment : fact.substring(1).split("/")) {
          node = properties(node).get(segment);
          assertThat(node).as(c.id() + " reads " + fact).isNotNull();
        }
      }
    }
  }

  @Test
  void field_descriptions_name_the_criteria_that_ask_for_them() {
    JsonNode residency = SCHEMA.get("properties").get("dataResidency");

    assertThat(residency.get("description").asText()).startsWith("B2-02 Data centres");
    assertThat(SCHEMA.get("properties").get("serviceModel").get("description").asText()).contains("B2-20", "B2-39");
  }

  private static JsonNode properties(JsonNode node) {
    if (node.has("items")) {
      node = node.get("items");
    }
    return node.get("properties");
  }

  private static void assertSameFields(ObjectMapper mapper, Class<?> type, JsonNode schema, String path) {
    BeanDescription bean = mapper.getDeserializationConfig().introspect(mapper.constructType(type));
    List<String> bound = bean.findProperties().stream().map(BeanPropertyDefinition::getName).sorted().toList();
    List<String> declared = new ArrayList<>();
    JsonNode properties = properties(schema);
    for (Iterator<String> it = properties.fieldNames(); it.hasNext(); ) {
      declared.add(it.next());
    }
    assertThat(declared.stream().sorted().toList()).as("fields of " + type.getSimpleName() + " at " + path)
        .isEqualTo(bound);
    for (var component : type.getRecordComponents()) {
      Class<?> child = component.getType();
      if (List.class.isAssignableFrom(child) || java.util.Set.class.isAssignableFrom(child)) {
        var generic = (java.lang.reflect.ParameterizedType) component.getGenericType();
        child = (Class<?>) generic.getActualTypeArguments()[0];
      }
      JsonNode childSchema = properties.get(component.getName());
      if (child.isRecord() && properties(childSchema) != null && child.getPackageName().equals("dev.kijun.model")
          && !childSchema.has("$ref") && !childSchema.has("anyOf")) {
        assertSameFields(mapper, child, childSchema, path + "/" + component.getName());
      }
    }
  }

  private static boolean readable(String yaml) {
    try {
      ProfileReader.create().read("test.yaml", yaml);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
