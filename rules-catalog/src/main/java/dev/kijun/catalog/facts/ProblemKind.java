package dev.kijun.catalog.facts;

import java.util.EnumSet;
import java.util.Set;

/** Why a declared algorithm cannot be judged. Every kind is UNDETERMINED, never a pass. */
public enum ProblemKind {
  /** A word of the declaration is not a known algorithm name; close known names are offered. */
  UNRECOGNISED(EnumSet.allOf(Flow.class)),
  /** The name leaves open which algorithm is meant, e.g. bare RSA for encryption (OAEP or PKCS#1 v1.5). */
  AMBIGUOUS(EnumSet.allOf(Flow.class)),
  /** The declaration names no algorithm that does what its place needs (encryption at rest, a group, a key). */
  NO_CIPHER(EnumSet.allOf(Flow.class)),
  /** A block cipher is declared at rest without its mode of operation. */
  MODE_MISSING(EnumSet.of(Flow.AT_REST)),
  /** The key length (or curve) of an algorithm is not declared. */
  KEY_SIZE_MISSING(EnumSet.allOf(Flow.class)),
  /** The algorithm's name and the separate keyBits or mode field say different things. */
  CONTRADICTION(EnumSet.of(Flow.AT_REST)),
  /** A cipher suite needs a key-exchange group of a kind the path does not declare. */
  NEEDS_GROUPS(EnumSet.of(Flow.IN_TRANSIT)),
  /** A cipher suite needs a certificate key of a kind the path does not declare. */
  NEEDS_CERTIFICATE_KEY(EnumSet.of(Flow.IN_TRANSIT));

  private final Set<Flow> flows;

  ProblemKind(Set<Flow> flows) {
    this.flows = flows;
  }

  /** The flows in which the kind can occur; the rules of each such flow judge it. */
  public Set<Flow> flows() {
    return EnumSet.copyOf(flows);
  }
}
