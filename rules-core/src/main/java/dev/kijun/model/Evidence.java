package dev.kijun.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What backs a declaration: a contract clause, a certification, a document, a URL or a vendor attestation.
 *
 * @param kind the kind of evidence
 * @param reference where to find it, e.g. "利用規約 第14条" or an ISMAP registration number
 * @param date the date of the document or of the attestation, if known
 * @param url a link to it, if public
 */
public record Evidence(EvidenceKind kind, String reference, LocalDate date, String url) {
  public Evidence {
    Objects.requireNonNull(kind, "evidence kind must not be null");
  }

  /** A short, human-readable label such as {@code CONTRACT_CLAUSE: 利用規約 第14条}. */
  public String label() {
    return reference == null ? kind.name() : kind.name() + ": " + reference;
  }
}
