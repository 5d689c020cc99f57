package dev.kijun.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.kijun.criteria.Catalog;
import dev.kijun.criteria.Criterion;
import dev.kijun.criteria.Language;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kijun catalog}: lists the criteria in force. */
@Command(
    name = "catalog",
    mixinStandardHelpOptions = true,
    versionProvider = KijunCommand.VersionProvider.class,
    description = {"Lists the criteria in force, grouped by 大区分 and 小区分, with their level and text.",
        "JSON gives each criterion's id, number, categories, level, Japanese text, English text, the facts it reads,"
            + " its parameters, parts and an example declaration."})
final class CatalogCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = {"-f", "--format"}, paramLabel = "text|json", defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE})")
  String format;

  @Mixin
  LanguageOption lang = new LanguageOption();

  @Mixin
  CatalogOptions catalog = new CatalogOptions();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    switch (format.toLowerCase(Locale.ROOT)) {
      case "text" -> text(out);
      case "json" -> json(out);
      default -> throw new CommandLine.ParameterException(spec.commandLine(),
          "catalog --format takes text or json, not '" + format + "'");
    }
    out.flush();
    return ExitCodes.COMPLIANT;
  }

  private void text(PrintWriter out) {
    boolean ja = lang.language == Language.JA;
    List<Criterion> criteria = catalog.criteria();
    for (Catalog c : catalog.catalogs()) {
      out.println(c.version() + (ja ? "（基準 " : " (") + c.criteria().size() + (ja ? " 件）" : " criteria)"));
    }
    String category = null;
    String subcategory = null;
    for (Criterion c : criteria) {
      if (!Objects.equals(c.category(), category)) {
        out.println();
        out.println(c.category());
        category = c.category();
        subcategory = null;
      }
      if (!Objects.equals(c.subcategory(), subcategory)) {
        if (c.subcategory() != null && !c.subcategory().equals("-")) {
          out.println("  " + c.subcategory());
        }
        subcategory = c.subcategory();
      }
      String level = ja ? c.level().japanese() : c.level().name().toLowerCase(Locale.ROOT);
      String lead = "    " + c.id().value() + "  " + level + "  ";
      String hanging = " ".repeat(4 + c.id().value().length() + 2) + " ".repeat(ja ? level.length() * 2 : level.length())
          + "  ";
      String[] lines = (ja ? c.textJa() : c.textEn()).strip().split("\n");
      for (int i = 0; i < lines.length; i++) {
        out.println((i == 0 ? lead : hanging) + lines[i].strip());
      }
    }
  }

  private void json(PrintWriter out) throws IOException {
    try (JsonGenerator g = JsonOutput.generator(out)) {
      g.writeStartObject();
      g.writeStringField("schemaVersion", "1.0");
      g.writeArrayFieldStart("catalogs");
      for (Catalog c : catalog.catalogs()) {
        g.writeString(c.version());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("criteria");
      for (Criterion c : catalog.criteria()) {
        CriterionJson.write(g, c);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.println();
  }
}
