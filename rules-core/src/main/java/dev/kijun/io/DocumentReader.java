package dev.kijun.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
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
 * keys, wrong types, values outside an enum, YAML tags and out-of-range values are errors that name the file, the
 * line and column, the JSON pointer and the fix. Immutable and thread-safe.
 *
 * <p>How a file is read, in order; each step ends in an {@link InvalidInputException} (or, for {@link #check}, a
 * list of {@link InputProblem}s) and never in another exception, a hang or an exhausted memory:
 *
 * <ol>
 *   <li>The size is checked against {@link ReaderLimits#maxBytes()} before the file is read.
 *   <li>The bytes are decoded as UTF-8. A UTF-8 byte order mark at the start is accepted and skipped (editors on
 *       Windows write one; YAML 1.2 and RFC 8259 allow a reader to ignore it); the SHA-256 is of the bytes as they
 *       are, mark included. A byte order mark anywhere else, a UTF-16 file, or bytes that are not UTF-8
 *       (Shift_JIS) are errors.
 *   <li>The text is parsed, {@code .json} files as JSON and any other as YAML, into a tree, enforcing
 *       {@link ReaderLimits#maxDepth()} and {@link ReaderLimits#maxAliases()}, rejecting duplicate keys, YAML tags
 *       other than the core schema's, and a second document.
 *   <li>The tree is checked against the type: unknown fields (with the closest known name), wrong types, values
 *       outside an enum, missing required fields. Code values (enums, periods, durations, dates) typed in
 *       full-width characters are NFKC-normalised; numbers are not.
 *   <li>The tree is bound to the type, whose records check their own ranges.
 * </ol>
 *
 * <p>Jackson's default typing stays off: no document can name a class to instantiate.
 *
 * @param <T> the type read
 */
public final class DocumentReader<T> {
  private final Class<T> type;
  private final JavaType javaType;
  private final ReaderLimits limits;
  private final JsonFactory yaml;
  private final JsonFactory json;
  private final ObjectMapper mapper;

  private DocumentReader(Class<T> type, ReaderLimits limits) {
    this.type = Objects.requireNonNull(type, "type must not be null");
    this.limits = Objects.requireNonNull(limits, "limits must not be null");
    // SnakeYAML's scanner enforces the code-point limit; its alias, nesting and duplicate-key options act in its
    // composer, which Jackson does not use: the tree builder enforces those, with the places of both duplicates.
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()));
    options.setNestingDepthLimit(limits.maxDepth());
    options.setMaxAliasesForCollections(Math.max(1, limits.maxAliases()));
    options.setAllowRecursiveKeys(false);
    // The tree builder reports the nesting limit at the bracket that passes it; the parser's own check, one level
    // further, is a backstop.
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxDepth() + 1)
        .maxStringLength((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()))
        .build();
    this.yaml = new AnchoredYamlFactory(
        YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints));
    this.json = JsonFactory.builder().streamReadConstraints(constraints).build();
    this.mapper = configure(JsonMapper.builder()).build();
    this.javaType = mapper.constructType(type);
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
   * Reads a file; {@code .json} is JSON, anything else YAML. Stops at the first problem.
   *
   * @throws InvalidInputException if the file cannot be read or is not a valid document; never another exception
   *     for what the file holds
   */
  public Document<T> read(Path file) {
    return read(file.toString(), load(file));
  }

  /**
   * Reads a document from bytes, named {@code name} in error messages; a name ending in {@code .json} is JSON,
   * anything else YAML. Stops at the first problem.
   *
   * @throws InvalidInputException if the bytes are not a valid document
   */
  public Document<T> read(String name, byte[] bytes) {
    Parsed<T> parsed = parse(name, bytes, false);
    List<InputProblem> problems = parsed.all(List.of());
    if (!problems.isEmpty()) {
      throw new InvalidInputException(name, List.of(problems.get(0)));
    }
    return new Document<>(name, parsed.value(), sha256(bytes));
  }

  /**
   * Every problem of a file, in the order of the text, or an empty list if it reads fine. Lists at most 100
   * problems of content, then a note that more may follow; a file that cannot be parsed has one problem, the reason.
   */
  public List<InputProblem> check(Path file) {
    byte[] bytes;
    try {
      bytes = load(file);
    } catch (InvalidInputException e) {
      return e.problems();
    }
    return check(file.toString(), bytes);
  }

  /** Every problem of a document given as bytes, as {@link #check(Path)}. */
  public List<InputProblem> check(String name, byte[] bytes) {
    return parse(name, bytes, true).all(List.of());
  }

  /** Reads as far as possible, for {@link #read}, {@link #check} and the reference checks of {@link ProfileReader}. */
  Parsed<T> parse(String name, byte[] bytes, boolean all) {
    try {
      if (bytes.length > limits.maxBytes()) {
        return failed(tooLarge(bytes.length));
      }
      String text = decode(bytes);
      if (text.isBlank()) {
        return failed(new InputProblem("", 1, 1, "the file is empty; write a " + describe() + " in it"));
      }
      boolean isJson = name.toLowerCase(Locale.ROOT).endsWith(".json");
      TreeBuilder.Scan scan;
      try (JsonParser parser = parser(isJson, text)) {
        scan = TreeBuilder.scan(parser, limits, text);
      }
      if (!scan.complete()) {
        return failed(scan.problems().get(0));
      }
      if (scan.root() == null || scan.root().isNull()) {
        return failed(new InputProblem("", 1, 1, "the document is empty (it has only comments, '---' or null);"
            + " write a " + describe() + " as a mapping"));
      }
      ModelWalker walker = new ModelWalker(mapper, all);
      Object value = null;
      if (all || scan.problems().isEmpty()) {
        value = walker.walk(scan.root(), javaType);
      }
      T result = scan.problems().isEmpty() && value != null ? type.cast(value) : null;
      return new Parsed<>(scan.root(), result, scan.problems(), walker.findings(), findings -> {
        try (JsonParser parser = parser(isJson, text)) {
          return Locator.resolve(parser, findings);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (InvalidInputException e) {
      return failed(e.problems().get(0));
    } catch (IOException | RuntimeException e) {
      return failed(new InputProblem("", 0, 0, "Kijun could not read this file (" + e.getClass().getSimpleName()
          + ": " + e.getMessage() + "); this is a bug in Kijun: please report it with the file"));
    }
  }

  private JsonParser parser(boolean isJson, String text) throws IOException {
    return (isJson ? json : yaml).createParser(text);
  }

  private static <T> Parsed<T> failed(InputProblem problem) {
    return new Parsed<>(null, null, List.of(problem), List.of(), findings -> List.of());
  }

  private String describe() {
    return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }

  byte[] load(Path file) {
    String name = file.toString();
    try {
      if (Files.isDirectory(file)) {
        throw new InvalidInputException(name, List.of(new InputProblem("", 0, 0,
            "this is a directory, not a file; name a .yaml, .yml or .json file")));
      }
      long size = Files.size(file);
      if (size > limits.maxBytes()) {
        throw new InvalidInputException(name, List.of(tooLarge(size)));
      }
      try (InputStream in = Files.newInputStream(file)) {
        byte[] bytes = in.readNBytes((int) limits.maxBytes() + 1);
        if (bytes.length > limits.maxBytes()) {
          throw new InvalidInputException(name, List.of(tooLarge(bytes.length)));
        }
        return bytes;
      }
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(name, List.of(new InputProblem("", 0, 0,
          "file not found; check the path")));
    } catch (AccessDeniedException e) {
      throw new InvalidInputException(name, List.of(new InputProblem("", 0, 0,
          "permission denied; check that the file can be read")));
    } catch (IOException e) {
      throw new InvalidInputException(name, List.of(new InputProblem("", 0, 0,
          "cannot read the file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")")));
    }
  }

  private InputProblem tooLarge(long size) {
    return new InputProblem("", 0, 0, "the file has " + size + " bytes, more than the limit of "
        + limits.maxBytes() + " (ReaderLimits.maxBytes); a " + describe()
        + " is a few kilobytes: check that this is the right file, or raise the limit");
  }

  private static String decode(byte[] bytes) {
    if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
        || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
      throw new InvalidInputException("", List.of(new InputProblem("", 1, 1,
          "the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8")));
    }
    int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(bytes.length - offset);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int bad = in.position();
      int[] place = place(bytes, offset, bad);
      throw new InvalidInputException("", List.of(new InputProblem("", place[0], place[1], String.format(
          "the file is not UTF-8 (byte 0x%02X at offset %d); save it as UTF-8 (Shift_JIS and other encodings"
              + " are not read)", bytes[Math.min(bad, bytes.length - 1)] & 0xFF, bad))));
    }
    String text = out.flip().toString();
    int mark = text.indexOf('\uFEFF');
    if (mark >= 0) {
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < mark; i++) {
        if (text.charAt(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      throw new InvalidInputException("", List.of(new InputProblem("", line, mark - lineStart + 1,
          "a byte order mark (U+FEFF) inside the file, probably from joining two files; delete it (only one at the"
              + " very start is allowed)")));
    }
    return text;
  }

  /** The line and column (in characters) of byte {@code at}. */
  private static int[] place(byte[] bytes, int from, int at) {
    int line = 1;
    int column = 1;
    for (int i = from; i < at && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
        column = 1;
      } else if ((bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return new int[] {line, column};
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
        .withCoercionConfigDefaults(c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Float, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Textual, c -> {
          c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
          c.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
          c.setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        });
    return builder;
  }
}
