package dev.kijun.model;

import java.time.LocalDate;

/**
 * A certification or registration the service holds.
 *
 * @param scheme which scheme
 * @param registrationNumber the registration or certificate number
 * @param validUntil the last day it is valid; between 2000-01-01 and 2100-12-31
 * @param scope what it covers, in the issuer's words
 */
public record Certification(CertificationScheme scheme, String registrationNumber, LocalDate validUntil,
    String scope) {
  public Certification {
    Bounds.date("validUntil", validUntil);
  }
}
