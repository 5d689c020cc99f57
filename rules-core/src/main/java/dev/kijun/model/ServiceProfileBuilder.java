package dev.kijun.model;

import java.time.LocalDate;
import java.util.List;

/** Builds a {@link ServiceProfile} in code; every section left unset stays unknown. */
public final class ServiceProfileBuilder {
  private String id;
  private String name;
  private String vendor;
  private ServiceModel serviceModel;
  private String platform;
  private LocalDate useUntil;
  private List<Certification> certifications;
  private Jurisdiction jurisdiction;
  private DataResidency dataResidency;
  private RegionUse regionUse;
  private ChangeNotice changeNotice;
  private DataUse dataUse;
  private ChangeControl changeControl;
  private IncidentResponse incidentResponse;
  private Subcontracting subcontracting;
  private ConnectionControl connectionControl;
  private OperationSafeguards operationSafeguards;
  private Hardening hardening;
  private Encryption encryption;
  private TimeSync timeSync;
  private Credentials credentials;
  private VulnerabilityManagement vulnerabilityManagement;
  private KeyManagement keyManagement;
  private TenantIsolation tenantIsolation;
  private Disposal disposal;

  ServiceProfileBuilder(String id) {
    this.id = id;
  }

  /** Starts from an existing profile, to change a few of its sections. */
  public static ServiceProfileBuilder from(ServiceProfile p) {
    ServiceProfileBuilder b = new ServiceProfileBuilder(p.id());
    b.name = p.name();
    b.vendor = p.vendor();
    b.serviceModel = p.serviceModel();
    b.platform = p.platform();
    b.useUntil = p.useUntil();
    b.certifications = p.certifications();
    b.jurisdiction = p.jurisdiction();
    b.dataResidency = p.dataResidency();
    b.regionUse = p.regionUse();
    b.changeNotice = p.changeNotice();
    b.dataUse = p.dataUse();
    b.changeControl = p.changeControl();
    b.incidentResponse = p.incidentResponse();
    b.subcontracting = p.subcontracting();
    b.connectionControl = p.connectionControl();
    b.operationSafeguards = p.operationSafeguards();
    b.hardening = p.hardening();
    b.encryption = p.encryption();
    b.timeSync = p.timeSync();
    b.credentials = p.credentials();
    b.vulnerabilityManagement = p.vulnerabilityManagement();
    b.keyManagement = p.keyManagement();
    b.tenantIsolation = p.tenantIsolation();
    b.disposal = p.disposal();
    return b;
  }

  /** Sets id. */
  public ServiceProfileBuilder id(String value) {
    this.id = value;
    return this;
  }

  /** Sets name. */
  public ServiceProfileBuilder name(String value) {
    this.name = value;
    return this;
  }

  /** Sets vendor. */
  public ServiceProfileBuilder vendor(String value) {
    this.vendor = value;
    return this;
  }

  /** Sets serviceModel. */
  public ServiceProfileBuilder serviceModel(ServiceModel value) {
    this.serviceModel = value;
    return this;
  }

  /** Sets platform. */
  public ServiceProfileBuilder platform(String value) {
    this.platform = value;
    return this;
  }

  /** Sets useUntil. */
  public ServiceProfileBuilder useUntil(LocalDate value) {
    this.useUntil = value;
    return this;
  }

  /** Sets certifications. */
  public ServiceProfileBuilder certifications(List<Certification> value) {
    this.certifications = value;
    return this;
  }

  /** Sets jurisdiction. */
  public ServiceProfileBuilder jurisdiction(Jurisdiction value) {
    this.jurisdiction = value;
    return this;
  }

  /** Sets dataResidency. */
  public ServiceProfileBuilder dataResidency(DataResidency value) {
    this.dataResidency = value;
    return this;
  }

  /** Sets regionUse. */
  public ServiceProfileBuilder regionUse(RegionUse value) {
    this.regionUse = value;
    return this;
  }

  /** Sets changeNotice. */
  public ServiceProfileBuilder changeNotice(ChangeNotice value) {
    this.changeNotice = value;
    return this;
  }

  /** Sets dataUse. */
  public ServiceProfileBuilder dataUse(DataUse value) {
    this.dataUse = value;
    return this;
  }

  /** Sets changeControl. */
  public ServiceProfileBuilder changeControl(ChangeControl value) {
    this.changeControl = value;
    return this;
  }

  /** Sets incidentResponse. */
  public ServiceProfileBuilder incidentResponse(IncidentResponse value) {
    this.incidentResponse = value;
    return this;
  }

  /** Sets subcontracting. */
  public ServiceProfileBuilder subcontracting(Subcontracting value) {
    this.subcontracting = value;
    return this;
  }

  /** Sets connectionControl. */
  public ServiceProfileBuilder connectionControl(ConnectionControl value) {
    this.connectionControl = value;
    return this;
  }

  /** Sets operationSafeguards. */
  public ServiceProfileBuilder operationSafeguards(OperationSafeguards value) {
    this.operationSafeguards = value;
    return this;
  }

  /** Sets hardening. */
  public ServiceProfileBuilder hardening(Hardening value) {
    this.hardening = value;
    return this;
  }

  /** Sets encryption. */
  public ServiceProfileBuilder encryption(Encryption value) {
    this.encryption = value;
    return this;
  }

  /** Sets timeSync. */
  public ServiceProfileBuilder timeSync(TimeSync value) {
    this.timeSync = value;
    return this;
  }

  /** Sets credentials. */
  public ServiceProfileBuilder credentials(Credentials value) {
    this.credentials = value;
    return this;
  }

  /** Sets vulnerabilityManagement. */
  public ServiceProfileBuilder vulnerabilityManagement(VulnerabilityManagement value) {
    this.vulnerabilityManagement = value;
    return this;
  }

  /** Sets keyManagement. */
  public ServiceProfileBuilder keyManagement(KeyManagement value) {
    this.keyManagement = value;
    return this;
  }

  /** Sets tenantIsolation. */
  public ServiceProfileBuilder tenantIsolation(TenantIsolation value) {
    this.tenantIsolation = value;
    return this;
  }

  /** Sets disposal. */
  public ServiceProfileBuilder disposal(Disposal value) {
    this.disposal = value;
    return this;
  }

  /** The profile. */
  public ServiceProfile build() {
    return new ServiceProfile(id, name, vendor, serviceModel, platform, useUntil, certifications, jurisdiction, dataResidency, regionUse, changeNotice, dataUse, changeControl, incidentResponse, subcontracting, connectionControl, operationSafeguards, hardening, encryption, timeSync, credentials, vulnerabilityManagement, keyManagement, tenantIsolation, disposal);
  }
}
