package dev.kijun.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a vendor declares about one external service, one section per group of criteria. Every section and
 * every fact in it may be absent, which means unknown: rules never read an absent fact as a pass.
 *
 * @param id a stable identifier of the profile, used in reports and waivers; required, not blank
 * @param name the service's name
 * @param vendor the vendor's name
 * @param serviceModel IaaS, PaaS or SaaS
 * @param platform the cloud provider the service runs on, e.g. {@code aws}; the default provider for regions
 * @param useUntil the last day the city expects to use the service (or the contract's end), which decides the key
 *     lengths it needs (B2-22); between 2000-01-01 and 2100-12-31
 * @param certifications certifications and registrations, such as ISMAP
 * @param jurisdiction B2-01
 * @param dataResidency B2-02
 * @param regionUse B2-03
 * @param changeNotice B2-05
 * @param dataUse B2-07
 * @param changeControl B2-09
 * @param incidentResponse B2-10
 * @param subcontracting B2-13 and B2-14
 * @param connectionControl B2-16
 * @param operationSafeguards B2-19
 * @param hardening B2-20
 * @param encryption B2-22
 * @param timeSync B2-25
 * @param credentials B2-33
 * @param vulnerabilityManagement B2-34
 * @param keyManagement B2-38
 * @param tenantIsolation B2-39
 * @param disposal B2-43, B2-44, B2-46 and B2-47
 */
public record ServiceProfile(
    String id,
    String name,
    String vendor,
    ServiceModel serviceModel,
    String platform,
    LocalDate useUntil,
    List<Certification> certifications,
    Jurisdiction jurisdiction,
    DataResidency dataResidency,
    RegionUse regionUse,
    ChangeNotice changeNotice,
    DataUse dataUse,
    ChangeControl changeControl,
    IncidentResponse incidentResponse,
    Subcontracting subcontracting,
    ConnectionControl connectionControl,
    OperationSafeguards operationSafeguards,
    Hardening hardening,
    Encryption encryption,
    TimeSync timeSync,
    Credentials credentials,
    VulnerabilityManagement vulnerabilityManagement,
    KeyManagement keyManagement,
    TenantIsolation tenantIsolation,
    Disposal disposal) {

  public ServiceProfile {
    if (id == null || id.isBlank()) {
      throw new InvalidFieldException("id", (id == null ? "missing required field 'id'" : "'id' is blank")
          + ": give the profile a stable identifier, e.g. id: example-saas");
    }
    platform = Codes.normalise(platform);
    Bounds.date("useUntil", useUntil);
    certifications = certifications == null ? List.of() : List.copyOf(certifications);
  }

  /** A builder, for profiles made in code (tests, embedding applications). */
  public static ServiceProfileBuilder builder(String id) {
    return new ServiceProfileBuilder(id);
  }
}
