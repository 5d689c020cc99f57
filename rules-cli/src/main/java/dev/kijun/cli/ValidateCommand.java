package dev.kijun.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.kijun.io.InputProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kijun validate}: checks profiles against the schema and the model, without assessing them. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = KijunCommand.VersionProvider.class,
    description = {
        "Checks profile files against the profile schema and the model, without assessing them, and lists every"
            + " problem with its place: FILE:LINE:COLUMN (JSON pointer) message.",
        "A file is valid when assess can read it; spellings Kijun reads but editors flag (such as saas for SAAS)"
            + " are listed as notes."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every file is valid", "2:a file is invalid or unreadable, or a usage error"})
final class ValidateCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE|DIR", arity = "1..*",
      description = "profile files, or directories to search for *.yaml, *.yml and *.json")
  List<Path> inputs;

  @Option(names = {"-f", "--format"}, paramLabel = "text|json", defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE})")
  String format;

  @Mixin
  CatalogOptions catalog = new CatalogOptions();

  @Override
  public Integer call() throws IOException {
    boolean json = switch (format.toLowerCase(Locale.ROOT)) {
      case "text" -> false;
      case "json" -> true;
      default -> throw new CommandLine.ParameterException(spec.commandLine(),
          "validate --format takes text or json, not '" + format + "'");
    };
    List<ProfileFiles.Input> files = ProfileFiles.expand(inputs);
    if (files.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "no profile files (*.yaml, *.yml, *.json) found in " + inputs);
    }
    ProfileValidator validator = new ProfileValidator(catalog.criteria());
    List<ProfileValidator.Result> results = new ArrayList<>();
    for (ProfileFiles.Input file : files) {
      results.add(validator.validate(file.path()));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      json(results, out);
    } else {
      text(results, out);
    }
    out.flush();
    return results.stream().allMatch(ProfileValidator.Result::valid) ? ExitCodes.COMPLIANT : ExitCodes.INVALID_INPUT;
  }

  private static void text(List<ProfileValidator.Result> results, PrintWriter out) {
    int invalid = 0;
    for (ProfileValidator.Result r : results) {
      if (r.valid()) {
        out.println(r.source() + ": ok");
      } else {
        invalid++;
        for (InputProblem p : r.problems()) {
          out.println(r.source() + ":" + p.describe());
        }
      }
      for (InputProblem note : r.notes()) {
        out.println(r.source() + ":" + describeNote(note));
      }
    }
    if (results.size() > 1) {
      out.println(results.size() + " files: " + (results.size() - invalid) + " valid, " + invalid + " invalid");
    }
  }

  private static String describeNote(InputProblem note) {
    return new InputProblem(note.pointer(), note.line(), note.column(),
        "note: Kijun reads this, but " + note.message().replaceFirst("^schema: ", "the schema says: ")).describe();
  }

  private static void json(List<ProfileValidator.Result> results, PrintWriter out) throws IOException {
    try (JsonGenerator g = JsonOutput.generator(out)) {
      g.writeStartObject();
      g.writeStringField("schemaVersion", "1.0");
      g.writeArrayFieldStart("files");
      for (ProfileValidator.Result r : results) {
        g.writeStartObject();
        g.writeStringField("source", r.source());
        g.writeBooleanField("valid", r.valid());
        problems(g, "problems", r.problems());
        problems(g, "notes", r.notes());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.println();
  }

  private static void problems(JsonGenerator g, String name, List<InputProblem> problems) throws IOException {
    g.writeArrayFieldStart(name);
    for (InputProblem p : problems) {
      g.writeStartObject();
      g.writeStringField("pointer", p.pointer());
      g.writeNumberField("line", p.line());
      g.writeNumberField("column", p.column());
      g.writeStringField("message", p.message());
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
