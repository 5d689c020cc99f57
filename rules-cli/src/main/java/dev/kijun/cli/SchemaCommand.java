package dev.kijun.cli;

import dev.kijun.schema.ProfileSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kijun schema}: the JSON Schema of a profile. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    versionProvider = KijunCommand.VersionProvider.class,
    description = {"Prints the JSON Schema (draft 2020-12) of a service profile, generated from the model.",
        "Editors use it for completion and validation; with the YAML language server, start a profile with",
        "  # yaml-language-server: $schema=kijun-profile.schema.json"})
final class SchemaCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of standard output")
  String output;

  @Mixin
  LanguageOption lang = new LanguageOption();

  @Mixin
  CatalogOptions catalog = new CatalogOptions();

  @Override
  public Integer call() throws IOException {
    String json = ProfileSchema.of(catalog.criteria(), lang.language).toJson();
    if (output == null) {
      spec.commandLine().getOut().print(json);
      spec.commandLine().getOut().flush();
    } else {
      try (Writer w = OutputTarget.of(output).openFile()) {
        w.write(json);
      }
    }
    return ExitCodes.COMPLIANT;
  }
}
