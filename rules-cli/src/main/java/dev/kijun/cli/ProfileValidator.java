package dev.kijun.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.NodePath;
import dev.kijun.criteria.Criterion;
import dev.kijun.criteria.Language;
import dev.kijun.catalog.StandardCatalog;
import dev.kijun.io.InputProblem;
import dev.kijun.io.InvalidInputException;
import dev.kijun.io.ProfileReader;
import dev.kijun.schema.ProfileSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Checks profile files without assessing them: against the profile's JSON Schema, which finds every problem at
 * once, and with the reader, which decides what {@code assess} accepts. A file is valid when the reader accepts it;
 * schema complaints about a file the reader accepts (an enum in lower case, say) are notes, not problems.
 */
final class ProfileValidator {
  private final Schema schema;
  private final ProfileReader reader = ProfileReader.create();

  ProfileValidator(List<Criterion> criteria) {
    JsonNode tree = ProfileSchema.of(criteria, Language.EN).tree();
    this.schema = SchemaRegistry.withDialect(Dialects.getDraft202012()).getSchema(tree);
  }

  /**
   * The outcome for one file.
   *
   * @param source the file
   * @param problems what keeps {@code assess} from reading it, in file order; empty when valid
   * @param notes what editors would flag although Kijun reads it
   */
  record Result(String source, List<InputProblem> problems, List<InputProblem> notes) {
    boolean valid() {
      return problems.isEmpty();
    }
  }

  Result validate(Path file) {
    String source = file.toString();
    List<InputProblem> readerProblems = new ArrayList<>();
    readerProblems.addAll(reader.check(file, StandardCatalog.load().references()));
    List<InputProblem> schemaProblems = schemaProblems(file);
    if (readerProblems.isEmpty()) {
      return new Result(source, List.of(), schemaProblems);
    }
    List<InputProblem> all = new ArrayList<>(schemaProblems);
    for (InputProblem r : readerProblems) {
      // The reader says it better; the schema pass knows the exact place of the key.
      int same = -1;
      for (int i = 0; i < all.size() && !r.pointer().isEmpty(); i++) {
        if (all.get(i).pointer().equals(r.pointer())) {
          same = i;
          break;
        }
      }
      if (same >= 0) {
        InputProblem s = all.get(same);
        all.set(same, new InputProblem(r.pointer(), s.line(), s.column(), r.message()));
      } else {
        all.add(r);
      }
    }
    all.sort(Comparator.comparingInt(InputProblem::line).thenComparingInt(InputProblem::column));
    return new Result(source, all, List.of());
  }

  private List<InputProblem> schemaProblems(Path file) {
    LocatedTree tree;
    try {
      byte[] bytes = Files.readAllBytes(file);
      if (bytes.length > 5L * 1024 * 1024) {
        return List.of();
      }
      boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
      tree = LocatedTree.parse(new String(bytes, StandardCharsets.UTF_8), json);
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
    List<InputProblem> problems = new ArrayList<>();
    for (Error error : schema.validate(tree.root())) {
      String pointer = pointer(error.getInstanceLocation());
      if ("additionalProperties".equals(error.getKeyword()) && error.getProperty() != null) {
        pointer = pointer + "/" + error.getProperty().replace("~", "~0").replace("/", "~1");
      }
      int[] at = tree.locate(pointer);
      problems.add(new InputProblem(pointer, at[0], at[1], message(error)));
    }
    problems.sort(Comparator.comparingInt(InputProblem::line).thenComparingInt(InputProblem::column));
    return problems;
  }

  private static String pointer(NodePath path) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      sb.append('/').append(String.valueOf(element).replace("~", "~0").replace("/", "~1"));
    }
    return sb.toString();
  }

  /** The validator's message without the location it starts with (the problem carries that). */
  private static String message(Error error) {
    String m = error.getMessage();
    int colon = m.indexOf(": ");
    if (colon > 0 && (m.startsWith("$") || m.startsWith("/") || m.startsWith(":"))) {
      m = m.substring(colon + 2);
    }
    return "schema: " + m;
  }
}
