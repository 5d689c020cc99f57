package dev.kijun.schema;

import dev.kijun.criteria.Criterion;
import dev.kijun.criteria.Language;
import dev.kijun.model.EvidenceKind;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A blank profile in YAML: every field of the model, empty, with a comment saying which criteria ask for it and how
 * to write it; each section opens with the full text of its criteria. What a city sends a vendor to fill in.
 *
 * <p>Every value is {@code null}, which the reader takes as unknown: the template declares nothing. (An empty YAML
 * value would be read as an empty text, which most fields reject.) Lists are null with an example item commented out,
 * because an empty list ({@code []}) would declare "none". Generated from the model records, like
 * {@link ProfileSchema}.
 */
public final class ProfileTemplate {
  private final FieldCriteria criteria;
  private final Language language;

  private ProfileTemplate(List<Criterion> criteria, Language language) {
    this.criteria = new FieldCriteria(criteria);
    this.language = language;
  }

  /**
   * Writes the template.
   *
   * @param criteria the criteria in force, whose facts say which fields they read
   * @param language the language of the comments
   * @param schemaLocation where editors find the profile's JSON Schema, for the {@code yaml-language-server}
   *     comment; null to leave the comment out
   */
  public static String yaml(List<Criterion> criteria, Language language, String schemaLocation) {
    return new ProfileTemplate(criteria, language).write(schemaLocation);
  }

  private String write(String schemaLocation) {
    StringBuilder out = new StringBuilder();
    if (schemaLocation != null) {
      out.append("# yaml-language-server: $schema=").append(schemaLocation).append('\n');
    }
    for (String line : t("""
        外部サービス プロファイル（記入用テンプレート）

        記入のしかた
        - null のままの項目は「不明」として扱われ、その項目を使う基準は「判断できない」になります。null を値に書き換えてください。
        - はい/いいえの項目は true か false。根拠があれば {value: true, evidence: [{kind: CONTRACT_CLAUSE, reference: 利用規約 第n条}]}。
        - 期間は ISO-8601 で書きます（6か月 = P6M、180日 = P180D、24時間 = PT24H）。
        - 一覧は null を消し、「- 」で始まる行を必要なだけ書きます（例をコメントにしてあります）。空の一覧 [] は「該当なし」の意味です。
        - 書式は kijun validate FILE、判定は kijun assess FILE で確かめられます。""", """
        External service profile (blank template)

        How to fill it in
        - A field left null is unknown, and the criteria that read it come out UNDETERMINED. Replace null with the value.
        - Yes/no fields take true or false; with evidence, {value: true, evidence: [{kind: CONTRACT_CLAUSE, reference: Terms art. n}]}.
        - Periods are ISO-8601 (6 months = P6M, 180 days = P180D, 24 hours = PT24H).
        - For a list, remove null and write one line per item starting with "- " (an example is commented out). An empty list [] means "none".
        - Check the form with kijun validate FILE, and the verdicts with kijun assess FILE.""").split("\n")) {
      out.append(line.isEmpty() ? "#" : "# " + line).append('\n');
    }
    out.append('\n');
    Set<Criterion> introduced = new LinkedHashSet<>();
    for (Field f : ProfileFields.of()) {
      if (f.kind() == Field.Kind.RECORD && !f.list()) {
        out.append('\n');
        for (Criterion c : criteria.asking(f.path())) {
          if (introduced.add(c)) {
            criterionHeader(c, out);
          }
        }
      }
      field(f, 0, "", out);
    }
    return out.toString();
  }

  private void criterionHeader(Criterion c, StringBuilder out) {
    String text = language == Language.JA ? c.textJa() : c.textEn();
    out.append("# ── ").append(c.id().value())
        .append(t("（" + c.level().japanese() + "）", " (" + c.level().name().toLowerCase() + ")")).append('\n');
    for (String line : text.strip().split("\n")) {
      out.append("#    ").append(line.strip()).append('\n');
    }
  }

  private void field(Field f, int depth, String prefix, StringBuilder out) {
    String indent = "  ".repeat(depth);
    String line = prefix + indent + f.name() + ":" + (f.kind() == Field.Kind.RECORD && !f.list() ? "" : " null");
    String comment = comment(f);
    out.append(line).append(comment.isEmpty() ? "" : "  # " + comment).append('\n');
    if (f.list()) {
      exampleItem(f, depth + 1, prefix, out);
    } else if (f.kind() == Field.Kind.RECORD) {
      for (Field child : f.children()) {
        field(child, depth + 1, prefix, out);
      }
    }
  }

  private void exampleItem(Field f, int depth, String prefix, StringBuilder out) {
    String indent = "  ".repeat(depth);
    String itemPrefix = prefix.isEmpty() ? "# " : prefix;
    if (f.kind() == Field.Kind.RECORD) {
      List<Field> children = f.children();
      for (int i = 0; i < children.size(); i++) {
        Field child = children.get(i);
        String lead = itemPrefix + indent + (i == 0 ? "- " : "  ");
        String comment = comment(child);
        out.append(lead).append(child.name()).append(':').append(comment.isEmpty() ? "" : "  # " + comment)
            .append('\n');
        if (child.list() && child.kind() != Field.Kind.EVIDENCE) {
          exampleItem(child, depth + 2, itemPrefix, out);
        }
      }
    } else if (f.kind() != Field.Kind.EVIDENCE) {
      out.append(itemPrefix).append(indent).append("- ").append(example(f)).append('\n');
    }
  }

  private String comment(Field f) {
    String how = how(f);
    if (f.path().equals("/id")) {
      return t("必須。プロファイルの識別子（報告書と例外承認で使います）", "required: the profile's identifier, used in reports and waivers");
    }
    List<Criterion> asking = criteria.asking(f.path());
    String who = asking.stream().map(c -> c.id().value()).collect(Collectors.joining(", "));
    if (who.isEmpty() && f.path().chars().filter(ch -> ch == '/').count() == 1) {
      who = t("基準では使いません", "no criterion reads it");
    }
    if (who.isEmpty()) {
      return how;
    }
    return how.isEmpty() ? who : who + " · " + how;
  }

  private String how(Field f) {
    String one = switch (f.kind()) {
      case TEXT -> "";
      case BOOLEAN -> "true / false";
      case INTEGER -> t("整数", "whole number");
      case DATE -> t("日付 例 2030-03-31", "date, e.g. 2030-03-31");
      case PERIOD -> t("期間 例 P6M", "period, e.g. P6M");
      case DURATION -> t("時間 例 PT24H", "duration, e.g. PT24H");
      case ENUM -> String.join(" | ", ProfileFields.enumValues(f.type()));
      case CLAIM -> t("true / false（根拠付きも可）", "true / false (evidence optional)");
      case REGION -> t("例 aws:ap-northeast-1", "e.g. aws:ap-northeast-1");
      case COUNTRY -> t("国コード 例 JP", "country code, e.g. JP");
      case EVIDENCE -> t("根拠", "evidence") + ": {kind: " + Arrays.stream(EvidenceKind.values()).map(Enum::name)
          .collect(Collectors.joining(" | ")) + ", reference: …}";
      case RECORD -> "";
    };
    if (!f.list()) {
      return one;
    }
    if (f.kind() == Field.Kind.EVIDENCE) {
      return t("一覧", "list") + " · " + one;
    }
    return one.isEmpty() ? t("一覧", "list") : t("一覧", "list") + " · " + one;
  }

  private String example(Field f) {
    return switch (f.kind()) {
      case REGION -> "aws:ap-northeast-1";
      case ENUM -> ProfileFields.enumValues(f.type()).get(0);
      case COUNTRY -> "JP";
      default -> "";
    };
  }

  private String t(String ja, String en) {
    return language == Language.JA ? ja : en;
  }
}
