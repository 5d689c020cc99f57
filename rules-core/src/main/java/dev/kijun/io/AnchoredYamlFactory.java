package dev.kijun.io;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.NodeEvent;

/**
 * A YAML factory whose parsers tell the anchor ({@code &name}) of every value. Jackson's own parser tells the anchors
 * of mappings and lists only, so an alias of a single value could not be expanded. Only {@code createParser(String)}
 * and {@code createParser(Reader)} make such parsers, which is all {@link DocumentReader} uses.
 */
final class AnchoredYamlFactory extends YAMLFactory {
  private static final long serialVersionUID = 1L;

  AnchoredYamlFactory(YAMLFactoryBuilder builder) {
    super(builder);
  }

  @Override
  protected YAMLParser _createParser(Reader reader, IOContext context) {
    return new Parser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader);
  }

  /** A parser that tells the anchor of the current value, whatever its kind. */
  static final class Parser extends YAMLParser {
    Parser(IOContext context, int features, int yamlFeatures, LoaderOptions options, ObjectCodec codec,
        Reader reader) {
      super(context, features, yamlFeatures, options, codec, reader);
    }

    /** The anchor of the value at the current token, or {@code null}; call it on a value's first token only. */
    String anchor() {
      return _lastEvent instanceof NodeEvent node && !(_lastEvent instanceof AliasEvent) ? node.getAnchor() : null;
    }
  }
}
