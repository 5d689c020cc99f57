package dev.kijun.model;

import java.time.LocalDate;

/**
 * What backs a declaration: a contract clause, a certification, a document, a URL or a vendor attestation.
 *
 * @param kind the kind of evidence
 * @param reference where to find it, e.g. "利用規約 第14条" or an ISMAP registration number
 * @param date the date of the document or of the attestation, if known; between 2000-01-01 and 2100-12-31
 * @param url a link to it, if public
 */
public record Evidence(EvidenceKind kind, String reference, LocalDate date, String url) {
  public Evidence {
    if (kind == null) {
      throw new InvalidFieldException("kind", "missing required field 'kind': say what backs the declaration, one of "
          + "CONTRACT_CLAUSE, CERTIFICATION, DOCUMENT, URL, ATTESTATION");
    }
    Bounds.date("date", date);
  }

  /** A short, human-readable label such as {@code CONTRACT_CLAUSE: 利用規約 第14条}. */
  public String label() {
    return reference == null ? kind.name() : kind.name() + ": " + reference;
  }
}
