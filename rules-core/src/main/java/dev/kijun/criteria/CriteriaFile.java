package dev.kijun.criteria;

import dev.kijun.io.DocumentReader;
import java.util.List;

/**
 * The shape of a criteria file ({@code criteria.yaml}): a header and the criteria, one entry each. The standard
 * catalog and a policy owner's own criteria use the same shape.
 *
 * @param catalog the header
 * @param criteria the criteria
 */
public record CriteriaFile(Header catalog, List<Entry> criteria) {
  public CriteriaFile {
    criteria = criteria == null ? List.of() : List.copyOf(criteria);
  }

  /** Reads a criteria file from bytes, strictly; {@code name} is used in error messages. */
  public static CriteriaFile read(String name, byte[] bytes) {
    return DocumentReader.of(CriteriaFile.class).read(name, bytes).value();
  }

  /** The criteria as {@link Criterion} values. */
  public List<Criterion> toCriteria() {
    return criteria.stream().map(Entry::toCriterion).toList();
  }

  /**
   * The file's header.
   *
   * @param name the catalog's name
   * @param version its version
   * @param source where its criteria come from
   * @param numbersHeld for a numbered source table: the rows it holds
   * @param numbersSkippedBySource rows the source skips
   */
  public record Header(String name, String version, String source, List<Integer> numbersHeld,
      List<Integer> numbersSkippedBySource) {}

  /**
   * One criterion as written in the file.
   *
   * @param id e.g. {@code ORG-01}
   * @param number the source table's row number, or 0
   * @param category 大区分
   * @param subcategory 小区分
   * @param level 必須 or 推奨
   * @param textJa the Japanese text
   * @param textEn the English text
   * @param facts the facts it reads, as JSON pointers
   * @param parameters the parameters it uses
   * @param parts its parts, if several
   * @param example a declaration example in profile YAML
   */
  public record Entry(CriterionId id, Integer number, String category, String subcategory, Level level, String textJa,
      String textEn, List<String> facts, List<String> parameters, List<Part> parts, String example) {
    Criterion toCriterion() {
      if (textJa == null || textJa.isBlank() || textEn == null || textEn.isBlank()) {
        throw new CatalogException("criterion " + id + " needs its text in Japanese (textJa) and English (textEn)");
      }
      return new Criterion(id, number == null ? 0 : number, category, subcategory == null ? "-" : subcategory, textJa.strip(),
          textEn.strip(), level, facts, parameters, parts, example);
    }
  }
}
