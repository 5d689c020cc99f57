package dev.kijun.catalog.crypto;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A vendor's algorithm declaration as {@link AlgorithmNames} read it: the algorithms it names, in order, and the
 * words it could not read. A declaration with unread words must not be judged as if they were not there.
 *
 * @param declared the text as declared
 * @param normalised the text after normalisation (NFKC, dashes, lower case)
 * @param terms the algorithms named
 * @param unknownWords words not understood, as written after normalisation
 */
public record ParsedAlgorithm(String declared, String normalised, List<Term> terms, List<String> unknownWords) {
  public ParsedAlgorithm {
    terms = List.copyOf(terms);
    unknownWords = List.copyOf(unknownWords);
  }

  /** Whether every word was understood. */
  public boolean understood() {
    return unknownWords.isEmpty();
  }

  /** The first term that matches. */
  public Optional<Term> first(Predicate<Term> test) {
    return terms.stream().filter(test).findFirst();
  }

  /** The names of the terms, with their key lengths, e.g. {@code [AES-256, GCM]}; for tests and logs. */
  public List<String> names() {
    return terms.stream().map(Term::toString).toList();
  }
}
