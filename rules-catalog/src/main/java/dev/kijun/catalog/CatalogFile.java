package dev.kijun.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kijun.criteria.Criterion;
import dev.kijun.criteria.CriterionId;
import dev.kijun.criteria.Level;
import dev.kijun.criteria.Part;
import java.util.List;

/** The shape of a catalog file ({@code criteria.yaml}): the catalog's header and its criteria. */
record CatalogFile(Header catalog, List<Entry> criteria) {

  /** The catalog's header. */
  record Header(String name, String version, String source, List<Integer> numbersHeld,
      List<Integer> numbersSkippedBySource) {}

  /** One criterion as written in the file. */
  record Entry(CriterionId id, int number, String category, String subcategory, Level level, String textJa,
      String textEn, List<String> facts, List<String> parameters, List<Part> parts,
      @JsonProperty("example") String example) {
    Criterion toCriterion() {
      return new Criterion(id, number, category, subcategory, textJa.strip(), textEn.strip(), level, facts,
          parameters, parts, example);
    }
  }
}
