package dev.kijun.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** No document can name a class to instantiate: default typing is off and YAML tags are refused. */
class NoPolymorphicTypingTest {
  private final ProfileReader reader = ProfileReader.create();

  @BeforeEach
  void reset() {
    Canary.created = false;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      root.json     | ["dev.kijun.io.Canary", {}]                                | a mapping (ServiceProfile), found a list
      field.json    | {"id": "x", "name": ["dev.kijun.io.Canary", "boom"]}       | expected text, found a list
      class.json    | {"@class": "dev.kijun.io.Canary", "id": "x"}               | unknown field '@class'
      type.json     | {"id": "x", "jurisdiction": {"@type": "dev.kijun.Canary"}} | unknown field '@type'
      tag.yaml      | {id: x, name: !!dev.kijun.io.Canary [boom]}                 | '!!dev.kijun.io.Canary' is not allowed
      verbatim.yaml | {id: x, name: !<tag:yaml.org,2002:dev.kijun.io.Canary> {}}  | '!!dev.kijun.io.Canary' is not allowed
      """)
  void a_document_naming_a_class_is_refused_and_nothing_is_instantiated(String name, String content,
      String says) {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> reader.read(name, content));
    assertThat(e.getMessage()).startsWith(name).contains(says);
    assertThat(reader.check(name, content.getBytes(StandardCharsets.UTF_8), ReferenceCheck.none()))
        .extracting(InputProblem::message).anySatisfy(m -> assertThat(m).contains(says));
    assertThat(Canary.created).as("a Canary was instantiated").isFalse();
  }
}
