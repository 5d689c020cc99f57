package dev.kijun.cli;

import dev.kijun.schema.ProfileTemplate;
import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kijun template}: a blank profile to fill in. */
@Command(
    name = "template",
    mixinStandardHelpOptions = true,
    versionProvider = KijunCommand.VersionProvider.class,
    description = {"Prints a blank profile in YAML: every field, empty, with a comment saying which criteria ask for"
        + " it and how to write it; each section opens with the text of its criteria.",
        "What a city sends a vendor to fill in. Blank means unknown: the template declares nothing."})
final class TemplateCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of standard output")
  String output;

  @Option(names = "--schema-location", paramLabel = "URL|PATH",
      description = "add a yaml-language-server comment pointing editors at the schema (see kijun schema)")
  String schemaLocation;

  @Mixin
  LanguageOption lang = new LanguageOption();

  @Mixin
  CatalogOptions catalog = new CatalogOptions();

  @Override
  public Integer call() throws IOException {
    String yaml = ProfileTemplate.yaml(catalog.criteria(), lang.language, schemaLocation);
    if (output == null) {
      spec.commandLine().getOut().print(yaml);
      spec.commandLine().getOut().flush();
    } else {
      try (Writer w = OutputTarget.of(output).openFile()) {
        w.write(yaml);
      }
    }
    return ExitCodes.COMPLIANT;
  }
}
