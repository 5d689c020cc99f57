package dev.kijun.cli;

import dev.kijun.criteria.Language;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --lang ja|en}: the language of what people read. Japanese is the original and the default. */
final class LanguageOption {
  @Option(names = "--lang", paramLabel = "ja|en", defaultValue = "ja", converter = Converter.class,
      description = "language for people: ja or en (default: ${DEFAULT-VALUE})")
  Language language = Language.JA;

  /** Parses {@code ja} or {@code en} in any case. */
  static final class Converter implements CommandLine.ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      try {
        return Language.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
