package dev.kijun.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.kijun.criteria.Criterion;
import dev.kijun.criteria.Part;
import java.io.IOException;

/** One criterion as {@code catalog} and {@code explain} write it in JSON; the field order is stable. */
final class CriterionJson {
  private CriterionJson() {}

  static void write(JsonGenerator g, Criterion c) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.id().value());
    g.writeNumberField("number", c.number());
    g.writeStringField("category", c.category());
    g.writeStringField("subcategory", c.subcategory());
    g.writeStringField("level", c.level().name());
    g.writeStringField("levelJa", c.level().japanese());
    g.writeStringField("textJa", c.textJa());
    g.writeStringField("textEn", c.textEn());
    g.writeArrayFieldStart("facts");
    for (String f : c.facts()) {
      g.writeString(f);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("parameters");
    for (String p : c.parameters()) {
      g.writeString(p);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("parts");
    for (Part p : c.parts()) {
      g.writeStartObject();
      g.writeStringField("id", p.id());
      g.writeStringField("ja", p.ja());
      g.writeStringField("en", p.en());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringField("example", c.declarationExample());
    g.writeEndObject();
  }
}
