package dev.kijun.model;

/** What kind of document backs a declaration. */
public enum EvidenceKind {
  /** A clause of the contract or the terms of service. */
  CONTRACT_CLAUSE,
  /** A certification or registration, such as ISMAP or ISO/IEC 27001. */
  CERTIFICATION,
  /** A published or supplied document (white paper, SLA, manual). */
  DOCUMENT,
  /** A public web page. */
  URL,
  /** The vendor's own statement, with nothing independent behind it. */
  ATTESTATION;

  /** Whether this kind is more than the vendor's word. */
  public boolean isIndependent() {
    return this != ATTESTATION;
  }
}
