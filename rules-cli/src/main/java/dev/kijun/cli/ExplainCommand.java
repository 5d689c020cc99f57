package dev.kijun.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.kijun.criteria.Catalog;
import dev.kijun.criteria.Criterion;
import dev.kijun.criteria.Language;
import dev.kijun.criteria.Part;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kijun explain ID}: everything about one criterion. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = KijunCommand.VersionProvider.class,
    description = "Explains one criterion: its original text and translation, its parts, the profile facts it reads,"
        + " the policy parameters it uses, and an example of how a vendor declares what it asks.")
final class ExplainCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "a criterion id such as B2-02 (or just its number, 2)")
  String id;

  @Option(names = {"-f", "--format"}, paramLabel = "text|json", defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE})")
  String format;

  @Mixin
  LanguageOption lang = new LanguageOption();

  @Mixin
  CatalogOptions catalog = new CatalogOptions();

  @Override
  public Integer call() throws IOException {
    List<Criterion> criteria = catalog.criteria();
    Criterion c = find(criteria, id).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
        "no criterion '" + id + "'; known: " + String.join(", ", criteria.stream().map(x -> x.id().value()).toList())));
    PrintWriter out = spec.commandLine().getOut();
    switch (format.toLowerCase(Locale.ROOT)) {
      case "text" -> {
        text(c, out);
        guidance(c, out);
      }
      case "json" -> {
        try (JsonGenerator g = JsonOutput.generator(out)) {
          CriterionJson.write(g, c);
        }
        out.println();
      }
      default -> throw new CommandLine.ParameterException(spec.commandLine(),
          "explain --format takes text or json, not '" + format + "'");
    }
    out.flush();
    return ExitCodes.COMPLIANT;
  }

  /** Finds {@code B2-02}, {@code b2-02}, {@code B2-2} or {@code 2}. */
  static Optional<Criterion> find(List<Criterion> criteria, String text) {
    String t = text.strip().toUpperCase(Locale.ROOT);
    Optional<Criterion> exact = criteria.stream().filter(c -> c.id().value().equals(t)).findFirst();
    if (exact.isPresent() || !t.matches("(B2-)?\\d{1,2}")) {
      return exact;
    }
    int number = Integer.parseInt(t.replace("B2-", ""));
    return criteria.stream().filter(c -> c.id().value().startsWith("B2-") && c.number() == number).findFirst();
  }

  private void text(Criterion c, PrintWriter out) {
    boolean ja = lang.language == Language.JA;
    out.println(c.id().value() + "  " + (ja ? c.level().japanese() + "（" + c.level().name() + "）"
        : c.level().name() + " (" + c.level().japanese() + ")")
        + (c.number() > 0 ? (ja ? "  別表２ No." : "  Table 2 No. ") + c.number() : ""));
    out.println((ja ? "大区分: " : "category: ") + c.category());
    out.println((ja ? "小区分: " : "subcategory: ") + c.subcategory());
    out.println();
    out.println(ja ? "基準（原文）:" : "criterion (original Japanese):");
    indent(c.textJa(), out);
    out.println(ja ? "英訳:" : "English translation:");
    indent(c.textEn(), out);
    if (!c.parts().isEmpty()) {
      out.println(ja ? "判定する項目:" : "parts judged:");
      int width = c.parts().stream().mapToInt(p -> p.id().length()).max().orElse(0);
      for (Part p : c.parts()) {
        out.println("  " + p.id() + " ".repeat(width - p.id().length() + 2) + (ja ? p.ja() : p.en()));
      }
    }
    out.println(ja ? "読むプロファイルの事実:" : "profile facts it reads:");
    for (String f : c.facts()) {
      out.println("  " + f);
    }
    if (!c.parameters().isEmpty()) {
      out.println((ja ? "ポリシーのパラメータ: " : "policy parameters: ") + String.join(", ", c.parameters()));
    }
    if (c.declarationExample() != null && !c.declarationExample().isBlank()) {
      out.println(ja ? "申告の例（プロファイル YAML）:" : "example declaration (profile YAML):");
      indent(c.declarationExample(), out);
    }
  }

  /**
   * What the catalog that holds the criterion adds: how a vendor should declare what it asks (the message
   * {@code <id>.how-to-declare}, where the catalog has one) and the revisions of the data its rules read.
   */
  private void guidance(Criterion c, PrintWriter out) {
    boolean ja = lang.language == Language.JA;
    for (Catalog owner : catalog.catalogs()) {
      if (owner.find(c.id()).isEmpty()) {
        continue;
      }
      String key = c.id().value() + ".how-to-declare";
      if (owner.messages().pattern(key, lang.language).isPresent()) {
        out.println(ja ? "申告のしかた:" : "how to declare:");
        indent(owner.messages().format(key, lang.language, List.of()), out);
      }
      if (!owner.revisions().isEmpty()) {
        out.println(ja ? "判定に使うデータの改訂:" : "data revisions in use:");
        new TreeMap<>(owner.revisions()).forEach((name, revision) -> out.println("  " + name + ": " + revision));
      }
    }
  }

  private static void indent(String text, PrintWriter out) {
    for (String line : text.stripTrailing().split("\n")) {
      out.println("  " + line);
    }
  }
}
