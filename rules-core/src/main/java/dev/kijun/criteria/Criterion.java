package dev.kijun.criteria;

import java.util.List;
import java.util.Objects;

/**
 * One criterion and its metadata. The Japanese text is the table's, verbatim; the English text is a translation
 * beside it.
 *
 * @param id e.g. {@code B2-22}
 * @param number the table's row number, or 0 for a policy owner's own criterion
 * @param category 大区分, e.g. 導入・構築時の対策
 * @param subcategory 小区分, or "-" where the table has none
 * @param textJa the criterion's original Japanese text
 * @param textEn an English translation
 * @param level 必須 or 推奨
 * @param facts the profile facts the criterion reads, as JSON pointers such as {@code /jurisdiction/courts}
 * @param parameters the names of the policy parameters it uses
 * @param parts its parts, when the criterion has several (empty otherwise)
 * @param declarationExample an example of how a vendor declares what the criterion asks, in profile YAML
 */
public record Criterion(CriterionId id, int number, String category, String subcategory, String textJa,
    String textEn, Level level, List<String> facts, List<String> parameters, List<Part> parts,
    String declarationExample) {
  public Criterion {
    Objects.requireNonNull(id, "criterion id must not be null");
    Objects.requireNonNull(level, () -> "level of " + id + " must not be null");
    facts = facts == null ? List.of() : List.copyOf(facts);
    parameters = parameters == null ? List.of() : List.copyOf(parameters);
    parts = parts == null ? List.of() : List.copyOf(parts);
  }

  /** Returns a copy with another level, as a municipal policy may set. */
  public Criterion withLevel(Level newLevel) {
    return new Criterion(id, number, category, subcategory, textJa, textEn, newLevel, facts, parameters, parts,
        declarationExample);
  }
}
