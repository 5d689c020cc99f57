package dev.kijun.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads one kind of document (a profile, a policy, waivers) from YAML or JSON, strictly: unknown fields, duplicate
 * keys, wrong types and values outside an enum are errors that name the file, the line and column, the JSON pointer
 * and the fix. Immutable and thread-safe.
 *
 * @param <T> the type read
 */
public final class DocumentReader<T> {
  private final Class<T> type;
  private final ReaderLimits limits;
  private final ObjectMapper yaml;
  private final ObjectMapper json;

  private DocumentReader(Class<T> type, ReaderLimits limits) {
    this.type = Objects.requireNonNull(type, "type must not be null");
    this.limits = Objects.requireNonNull(limits, "limits must not be null");
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(limits.maxAliases());
    options.setNestingDepthLimit(limits.maxDepth());
    options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()));
    options.setAllowRecursiveKeys(false);
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxDepth())
        .maxStringLength((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()))
        .build();
    YAMLFactory yamlFactory = YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints).build();
    this.yaml = configure(YAMLMapper.builder(yamlFactory)).build();
    JsonFactory jsonFactory = JsonFactory.builder().streamReadConstraints(constraints).build();
    this.json = configure(JsonMapper.builder(jsonFactory)).build();
  }

  /** A reader for {@code type} with the default limits. */
  public static <T> DocumentReader<T> of(Class<T> type) {
    return new DocumentReader<>(type, ReaderLimits.defaults());
  }

  /** A reader for {@code type} with the given limits. */
  public static <T> DocumentReader<T> of(Class<T> type, ReaderLimits limits) {
    return new DocumentReader<>(type, limits);
  }

  /** The limits in force. */
  public ReaderLimits limits() {
    return limits;
  }

  /**
   * Reads a file; {@code .json} is JSON, anything else YAML (of which JSON is a subset).
   *
   * @throws InvalidInputException if the file cannot be read or is not a valid document
   */
  public Document<T> read(Path file) {
    String name = file.toString();
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > limits.maxBytes()) {
        throw tooLarge(name, size);
      }
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) limits.maxBytes() + 1);
      }
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(name, List.of(new InputProblem("", 0, 0, "file not found")));
    } catch (IOException e) {
      throw new InvalidInputException(name, List.of(new InputProblem("", 0, 0, "cannot read the file: " + e)));
    }
    return read(name, bytes);
  }

  /**
   * Reads a document from bytes, named {@code name} in error messages.
   *
   * @throws InvalidInputException if the bytes are not a valid document
   */
  public Document<T> read(String name, byte[] bytes) {
    if (bytes.length > limits.maxBytes()) {
      throw tooLarge(name, bytes.length);
    }
    String text = decode(name, bytes);
    if (text.isBlank()) {
      throw new InvalidInputException(name, List.of(new InputProblem("", 1, 1,
          "the file is empty; a " + describe() + " needs at least an 'id'")));
    }
    ObjectMapper mapper = name.toLowerCase(Locale.ROOT).endsWith(".json") ? json : yaml;
    try {
      T value = mapper.readValue(text, type);
      if (value == null) {
        throw new InvalidInputException(name, List.of(new InputProblem("", 1, 1,
            "the document is empty (null); write a " + describe() + " as a mapping")));
      }
      return new Document<>(name, value, sha256(bytes));
    } catch (JacksonException e) {
      throw new InvalidInputException(name, List.of(Problems.of(e, text)));
    }
  }

  private String describe() {
    return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }

  private InvalidInputException tooLarge(String name, long size) {
    return new InvalidInputException(name, List.of(new InputProblem("", 0, 0,
        "the file has " + size + " bytes, more than the limit of " + limits.maxBytes()
            + "; a profile is a few kilobytes: check that this is the right file, or raise the limit")));
  }

  private static String decode(String name, byte[] bytes) {
    int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      int bad = firstMalformed(bytes, offset);
      int line = 1;
      for (int i = offset; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw new InvalidInputException(name, List.of(new InputProblem("", line, 0, String.format(
          "the file is not UTF-8 (byte 0x%02X at offset %d); save it as UTF-8 (Shift_JIS and other encodings are not read)",
          bytes[bad] & 0xFF, bad))));
    }
  }

  private static int firstMalformed(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      try {
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes, from, i + 1 - from));
      } catch (CharacterCodingException e) {
        // A multi-byte sequence may still be incomplete at i; it is malformed if it fails with 4 more bytes too.
        int end = Math.min(bytes.length, i + 4);
        try {
          StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, from, end - from));
        } catch (CharacterCodingException again) {
          return i;
        }
      }
    }
    return bytes.length - 1;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static <M extends ObjectMapper, B extends com.fasterxml.jackson.databind.cfg.MapperBuilder<M, B>> B configure(
      B builder) {
    builder.addModule(new JavaTimeModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .withCoercionConfigDefaults(c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Textual, c -> {
          c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
          c.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
          c.setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        });
    return builder;
  }
}
