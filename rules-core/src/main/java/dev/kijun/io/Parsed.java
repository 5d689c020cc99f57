package dev.kijun.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * A document read as far as it could be: the tree, the value if every check passed, and what is wrong.
 *
 * @param root the tree, or {@code null} if the text could not be read into one
 * @param value the bound value, or {@code null} if there is any problem
 * @param problems the problems that already have a place (reading, syntax, limits, duplicate keys, tags)
 * @param findings the problems found in the tree, not yet placed
 * @param locator places findings in the text
 * @param <T> the type read
 */
record Parsed<T>(JsonNode root, T value, List<InputProblem> problems, List<Finding> findings,
    Function<List<Finding>, List<InputProblem>> locator) {

  /** Every problem, with {@code more} findings from further checks, placed and in the order of the text. */
  List<InputProblem> all(List<Finding> more) {
    List<Finding> unplaced = new ArrayList<>(findings);
    unplaced.addAll(more);
    List<InputProblem> all = new ArrayList<>(problems);
    all.addAll(locator.apply(unplaced));
    all.sort(Comparator.comparingInt(InputProblem::line).thenComparingInt(InputProblem::column));
    if (findings.size() >= ModelWalker.MAX_FINDINGS) {
      all.add(new InputProblem("", 0, 0, "more problems may follow: the check stops after "
          + ModelWalker.MAX_FINDINGS + "; fix these and check again"));
    }
    return all;
  }
}
