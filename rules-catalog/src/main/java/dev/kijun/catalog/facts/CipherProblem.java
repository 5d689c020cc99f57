package dev.kijun.catalog.facts;

import java.util.List;
import java.util.Objects;

/**
 * A declared algorithm, cipher suite, group or key that cannot be judged (B2-22, B2-38): always UNDETERMINED.
 *
 * @param missingFact the JSON pointer of what the vendor should fix, e.g. {@code /encryption/atRest/0/mode}
 * @param flow where the algorithm is used
 * @param where the store or channel, for messages
 * @param declared the text as declared
 * @param kind why it cannot be judged
 * @param detail the word not understood, the choices, the contradicting values, or what is needed
 * @param suggestions known names close to an unrecognised word (may be empty)
 */
public record CipherProblem(String missingFact, Flow flow, String where, String declared, ProblemKind kind,
    String detail, List<String> suggestions) {
  public CipherProblem {
    Objects.requireNonNull(missingFact, "missingFact");
    Objects.requireNonNull(flow, "flow");
    Objects.requireNonNull(kind, "kind");
    if (!kind.flows().contains(flow)) {
      throw new IllegalArgumentException(kind + " cannot occur " + flow + ": no rule would judge it");
    }
    suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
  }
}
