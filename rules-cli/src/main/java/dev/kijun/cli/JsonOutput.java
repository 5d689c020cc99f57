package dev.kijun.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;

/** Indented JSON onto a writer the command keeps open (closing the generator leaves the writer open). */
final class JsonOutput {
  private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private JsonOutput() {}

  static JsonGenerator generator(Writer out) throws IOException {
    return FACTORY.createGenerator(out).useDefaultPrettyPrinter();
  }
}
