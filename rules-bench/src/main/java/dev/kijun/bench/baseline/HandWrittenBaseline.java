package dev.kijun.bench.baseline;

import dev.kijun.catalog.RegionDirectory;
import dev.kijun.catalog.RegionEntry;
import dev.kijun.catalog.TimeZones;
import dev.kijun.model.ChangeControl;
import dev.kijun.model.ChangeNotice;
import dev.kijun.model.Claim;
import dev.kijun.model.ConnectionControl;
import dev.kijun.model.CountryCode;
import dev.kijun.model.Court;
import dev.kijun.model.Credentials;
import dev.kijun.model.DataDeletion;
import dev.kijun.model.DataResidency;
import dev.kijun.model.DataUse;
import dev.kijun.model.DeletionMethod;
import dev.kijun.model.DeviceDisposal;
import dev.kijun.model.Disposal;
import dev.kijun.model.GlobalService;
import dev.kijun.model.Hardening;
import dev.kijun.model.IncidentResponse;
import dev.kijun.model.Jurisdiction;
import dev.kijun.model.OperationSafeguards;
import dev.kijun.model.Party;
import dev.kijun.model.PasswordPractices;
import dev.kijun.model.RegionRef;
import dev.kijun.model.RegionUse;
import dev.kijun.model.SecondaryUse;
import dev.kijun.model.ServiceModel;
import dev.kijun.model.ServiceProfile;
import dev.kijun.model.SpecialAccounts;
import dev.kijun.model.StorageKind;
import dev.kijun.model.StorageLocation;
import dev.kijun.model.Subcontracting;
import dev.kijun.model.SubcontractorDisclosure;
import dev.kijun.model.TenantIsolation;
import dev.kijun.model.TimeSync;
import dev.kijun.model.VulnerabilityManagement;
import dev.kijun.policy.Parameters;
import dev.kijun.report.Verdict;
import dev.kijun.rules.Periods;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The criteria of the standard catalog written by hand in plain Java over the same model, without Drools: the
 * physical limit the engine is measured against. It is kept in the benchmark module only, and a test holds it to
 * the engine's verdicts, parts and missing facts on every example and fixture profile.
 *
 * <p>Each check reads its DRL file rule by rule: every {@code conclude...} call of a rule that would fire is one
 * {@link BaselineConclusion}, and the conclusions of a criterion combine exactly as the engine's assembler combines
 * them (NOT_SATISFIED over UNDETERMINED over SATISFIED; NOT_APPLICABLE only when nothing else stands against it; a
 * declared part nothing concluded is UNDETERMINED). An absent section reads as an empty one, as in the engine.
 *
 * <p>B2-22 and B2-38 have no rules in the catalog yet: both checks conclude nothing, so both are UNDETERMINED with
 * {@code kijun.no-conclusion}, as the engine finds them.
 *
 * <p>Immutable and thread-safe; each {@link #assess} call works on its own state.
 */
public final class HandWrittenBaseline {
  /** The criteria in catalog order. */
  public static final List<String> CRITERIA = List.of("B2-01", "B2-02", "B2-03", "B2-05", "B2-07", "B2-09",
      "B2-10", "B2-13", "B2-14", "B2-16", "B2-19", "B2-20", "B2-22", "B2-25", "B2-33", "B2-34", "B2-38", "B2-39",
      "B2-43", "B2-44", "B2-46", "B2-47");

  /** The criteria this baseline encodes rule for rule; the others have no rules in the catalog yet. */
  public static final Set<String> ENCODED = Set.of("B2-01", "B2-02", "B2-03", "B2-05", "B2-07", "B2-09",
      "B2-10", "B2-13", "B2-14", "B2-16", "B2-19", "B2-20", "B2-25", "B2-33", "B2-34", "B2-39", "B2-43", "B2-44",
      "B2-46", "B2-47");

  private static final String NO_CONCLUSION = "kijun.no-conclusion";
  private static final String PART_NOT_CONCLUDED = "kijun.part-not-concluded";

  private static final List<String> NO_PARTS = List.of();
  private static final List<String> B2_01 = List.of("governing-law", "operation", "court");
  private static final List<String> B2_02 = List.of("locations", "coverage");
  private static final List<String> B2_03 = List.of("regions", "restriction", "global-services");
  private static final List<String> B2_05 = List.of("period", "channel", "agreement");
  private static final List<String> B2_07 = List.of("limited-use", "secondary-uses");
  private static final List<String> B2_09 = List.of("qa-process", "private-settings", "data-integrity");
  private static final List<String> B2_10 = List.of("specification", "reachability", "①", "②", "③", "④", "⑤",
      "⑥");
  private static final List<String> B2_14 = List.of("company", "scope", "security-officer",
      "personal-information-manager", "staff");
  private static final List<String> B2_20 = List.of("ports", "anti-malware", "logging", "responsibility");
  private static final List<String> B2_22 = List.of("at-rest", "in-transit");
  private static final List<String> B2_25 = List.of("time-sync", "time-zone");
  private static final List<String> B2_33 = List.of("secrecy", "no-disclosure", "strength", "leak-response",
      "no-stored-passwords");
  private static final List<String> B2_34 = List.of("information", "remediation");
  private static final List<String> B2_38 = List.of("lifecycle", "module", "key-generation");
  private static final List<String> B2_39 = List.of("infrastructure-network", "vm-network", "tenant-isolation");
  private static final List<String> B2_43 = List.of("deletable", "copies", "method");

  private static final StorageKind[] KINDS = StorageKind.values();

  private static final Jurisdiction NO_JURISDICTION = new Jurisdiction(null, null, null);
  private static final DataResidency NO_RESIDENCY = new DataResidency(null, null);
  private static final RegionUse NO_REGION_USE = new RegionUse(null, null, null, null);
  private static final ChangeNotice NO_NOTICE = new ChangeNotice(null, null, null);
  private static final DataUse NO_DATA_USE = new DataUse(null, null);
  private static final ChangeControl NO_CHANGE_CONTROL = new ChangeControl(null, null, null);
  private static final IncidentResponse NO_INCIDENT_RESPONSE =
      new IncidentResponse(null, null, null, null, null, null, null, null, null);
  private static final Subcontracting NO_SUBCONTRACTING = new Subcontracting(null, null, null);
  private static final ConnectionControl NO_CONNECTION_CONTROL = new ConnectionControl(null, null);
  private static final OperationSafeguards NO_SAFEGUARDS = new OperationSafeguards(null, null, null);
  private static final Hardening NO_HARDENING = new Hardening(null, null, null, null);
  private static final TimeSync NO_TIME_SYNC = new TimeSync(null, null, null, null);
  private static final Credentials NO_CREDENTIALS = new Credentials(null, null, null);
  private static final VulnerabilityManagement NO_VULNERABILITY_MANAGEMENT =
      new VulnerabilityManagement(null, null, null);
  private static final TenantIsolation NO_TENANT_ISOLATION = new TenantIsolation(null, null, null);
  private static final Disposal NO_DISPOSAL = new Disposal(null, null, null, null);

  private final Parameters parameters;
  private final RegionDirectory regions;

  /**
   * @param parameters the parameters in force, as the engine's
   * @param regions the region data, as the standard catalog's fact provider reads it
   */
  public HandWrittenBaseline(Parameters parameters, RegionDirectory regions) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.regions = Objects.requireNonNull(regions, "regions");
  }

  /** Judges a profile against every criterion of the catalog, in catalog order. */
  public List<BaselineFinding> assess(ServiceProfile profile, LocalDate asOf) {
    Objects.requireNonNull(profile, "profile must not be null");
    Objects.requireNonNull(asOf, "evaluation date must not be null");
    Acc a = new Acc();
    List<BaselineFinding> out = new ArrayList<>(CRITERIA.size());
    Jurisdiction jurisdiction = or(profile.jurisdiction(), NO_JURISDICTION);
    b201(a, jurisdiction);
    out.add(a.finish("B2-01", B2_01));
    b202(a, profile);
    out.add(a.finish("B2-02", B2_02));
    b203(a, profile);
    out.add(a.finish("B2-03", B2_03));
    b205(a, or(profile.changeNotice(), NO_NOTICE));
    out.add(a.finish("B2-05", B2_05));
    b207(a, or(profile.dataUse(), NO_DATA_USE));
    out.add(a.finish("B2-07", B2_07));
    b209(a, or(profile.changeControl(), NO_CHANGE_CONTROL));
    out.add(a.finish("B2-09", B2_09));
    b210(a, or(profile.incidentResponse(), NO_INCIDENT_RESPONSE));
    out.add(a.finish("B2-10", B2_10));
    Subcontracting subcontracting = or(profile.subcontracting(), NO_SUBCONTRACTING);
    b213(a, subcontracting);
    out.add(a.finish("B2-13", NO_PARTS));
    b214(a, subcontracting);
    out.add(a.finish("B2-14", B2_14));
    b216(a, or(profile.connectionControl(), NO_CONNECTION_CONTROL));
    out.add(a.finish("B2-16", NO_PARTS));
    b219(a, or(profile.operationSafeguards(), NO_SAFEGUARDS));
    out.add(a.finish("B2-19", NO_PARTS));
    b220(a, profile.serviceModel(), or(profile.hardening(), NO_HARDENING));
    out.add(a.finish("B2-20", B2_20));
    out.add(a.finish("B2-22", B2_22));
    b225(a, or(profile.timeSync(), NO_TIME_SYNC));
    out.add(a.finish("B2-25", B2_25));
    b233(a, or(profile.credentials(), NO_CREDENTIALS));
    out.add(a.finish("B2-33", B2_33));
    b234(a, or(profile.vulnerabilityManagement(), NO_VULNERABILITY_MANAGEMENT));
    out.add(a.finish("B2-34", B2_34));
    out.add(a.finish("B2-38", B2_38));
    b239(a, profile.serviceModel(), or(profile.tenantIsolation(), NO_TENANT_ISOLATION));
    out.add(a.finish("B2-39", B2_39));
    Disposal disposal = or(profile.disposal(), NO_DISPOSAL);
    b243(a, disposal);
    out.add(a.finish("B2-43", B2_43));
    b244(a, disposal);
    out.add(a.finish("B2-44", NO_PARTS));
    b246(a, disposal);
    out.add(a.finish("B2-46", NO_PARTS));
    b247(a, disposal);
    out.add(a.finish("B2-47", NO_PARTS));
    return out;
  }

  // B2-01: governing law, operation within Japanese law, the agreed court

  private void b201(Acc a, Jurisdiction j) {
    if (j.governingLaw() == null) {
      a.und("governing-law", "governing-law-unknown", "/jurisdiction/governingLaw");
    } else if (j.governingLaw().country() == null) {
      a.und("governing-law", "governing-law-country-unknown", "/jurisdiction/governingLaw/country");
    } else if (parameters.acceptedGoverningLaw().contains(j.governingLaw().country())) {
      a.sat("governing-law", "governing-law-accepted");
    } else {
      a.ns("governing-law", "governing-law-foreign");
    }
    claim(a, "operation", j.operatesWithinJapaneseLaw(), "operation-unknown",
        "/jurisdiction/operatesWithinJapaneseLaw", "operation-outside-japanese-law", "operation-within-japanese-law");
    List<Court> courts = j.courts();
    if (courts == null || courts.isEmpty()) {
      a.und("court", "no-courts", "/jurisdiction/courts");
    }
    if (courts != null) {
      Set<CountryCode> accepted = parameters.acceptedCourtCountries();
      for (Court court : courts) {
        if (court.country() == null) {
          a.und("court", "court-country-unknown", "/jurisdiction/courts/" + courts.indexOf(court) + "/country");
        } else if (accepted.contains(court.country())) {
          a.sat("court", "court-in-japan");
        } else if (court.exclusive() != null && court.exclusive()) {
          a.ns("court", "court-abroad-exclusive");
        } else {
          a.ns("court", "court-abroad-non-exclusive");
        }
      }
    }
  }

  // B2-02: every copy of non-public data in Japan, every kind of copy located or declared unused

  private void b202(Acc a, ServiceProfile profile) {
    DataResidency residency = profile.dataResidency();
    int kindsSeen = 0;
    if (residency != null) {
      Set<CountryCode> accepted = parameters.acceptedDataCountries();
      List<StorageLocation> locations = residency.locations();
      for (int i = 0; i < locations.size(); i++) {
        StorageLocation loc = locations.get(i);
        boolean nonPublic = loc.holdsNonPublicData();
        CountryCode country;
        boolean production = true;
        CountryCode declaredCountry = null;
        if (loc.region() != null) {
          String provider = loc.provider() != null ? loc.provider() : profile.platform();
          if (provider == null) {
            country = null;
            declaredCountry = loc.country();
          } else {
            RegionEntry entry = regions.find(new RegionRef(provider, loc.region())).orElse(null);
            country = entry == null ? null : entry.country();
            production = entry == null || entry.production();
            declaredCountry = loc.country() != null && country != null && !loc.country().equals(country)
                ? loc.country() : null;
          }
        } else {
          country = loc.country();
        }
        if (nonPublic) {
          if (country != null && !accepted.contains(country)) {
            a.ns("locations", "copy-abroad");
          }
          if (!production) {
            a.ns("locations", "copy-in-sandbox");
          }
          if (country == null) {
            a.und("locations", "copy-country-unknown",
                "/dataResidency/locations/" + i + (loc.region() != null ? "/region" : "/country"));
          }
        }
        if (declaredCountry != null) {
          a.und("locations", "copy-country-contradicts", "/dataResidency/locations/" + i + "/country");
        }
        if (nonPublic && country != null && production && accepted.contains(country) && declaredCountry == null) {
          a.sat("locations", "copy-in-japan");
        }
        if (!nonPublic) {
          a.sat("locations", "copy-public-only");
        }
        if (loc.kind() == null) {
          a.und("coverage", "copy-kind-unknown", "/dataResidency/locations/" + i + "/kind");
        } else {
          kindsSeen |= 1 << loc.kind().ordinal();
        }
      }
    }
    DataResidency section = or(residency, NO_RESIDENCY);
    if (section.locations().isEmpty()) {
      a.und("coverage", "no-locations", "/dataResidency/locations");
    } else {
      boolean allKinds = true;
      for (StorageKind kind : KINDS) {
        if (!section.kindsNotUsed().contains(kind) && (kindsSeen & 1 << kind.ordinal()) == 0) {
          a.und("coverage", "kind-undeclared", "/dataResidency/locations");
          allKinds = false;
        }
      }
      if (allKinds) {
        a.sat("coverage", "all-kinds-declared");
      }
    }
  }

  // B2-03: regions in Japan, use restricted to them, no global service holding the city's data

  private void b203(Acc a, ServiceProfile profile) {
    RegionUse use = or(profile.regionUse(), NO_REGION_USE);
    List<RegionRef> used = use.regions();
    if (used != null) {
      Set<CountryCode> accepted = parameters.acceptedRegionCountries();
      Set<RegionRef> listed = parameters.acceptedRegions();
      for (int i = 0; i < used.size(); i++) {
        RegionRef ref = used.get(i);
        Optional<RegionEntry> entry = regions.find(ref);
        if (entry.isEmpty()) {
          a.und("regions", "region-unknown", "/regionUse/regions/" + i);
          continue;
        }
        CountryCode country = entry.get().country();
        boolean production = entry.get().production();
        if (!accepted.contains(country)) {
          a.ns("regions", "region-abroad");
        } else if (!listed.isEmpty() && !listed.contains(ref)) {
          a.ns("regions", "region-not-listed");
        }
        if (!production) {
          a.ns("regions", "region-sandbox");
        } else if (parameters.acceptsRegion(ref, country)) {
          a.sat("regions", "region-in-japan");
        }
      }
    }
    if (used == null || used.isEmpty()) {
      a.und("regions", "no-regions", "/regionUse/regions");
    }
    Claim restricted = use.restrictedToJapan();
    if (restricted == null) {
      a.und("restriction", "restriction-unknown", "/regionUse/restrictedToJapan");
    } else if (!restricted.value()) {
      a.ns("restriction", "not-restricted");
    } else if (use.restrictionMethod() == null || use.restrictionMethod().isBlank()) {
      a.und("restriction", "restriction-method-unknown", "/regionUse/restrictionMethod");
    } else {
      a.sat("restriction", "restricted");
    }
    List<GlobalService> services = use.globalServices();
    if (services == null) {
      a.und("global-services", "global-services-unknown", "/regionUse/globalServices");
    } else {
      boolean none = true;
      for (GlobalService service : services) {
        if (service.storesCustomerData() == null) {
          a.und("global-services", "global-service-unknown",
              "/regionUse/globalServices/" + services.indexOf(service) + "/storesCustomerData");
          none = false;
        } else if (service.storesCustomerData()) {
          a.ns("global-services", "global-service-stores-data");
          none = false;
        }
      }
      if (none) {
        a.sat("global-services", "no-global-service-data");
      }
    }
  }

  // B2-05: prior notice of six months, by a channel that reaches the city, agreeable in the contract

  private void b205(Acc a, ChangeNotice notice) {
    if (notice.noticePeriod() == null) {
      a.und("period", "period-unknown", "/changeNotice/noticePeriod");
    } else if (Periods.isAtLeast(notice.noticePeriod(), parameters.minimumNoticePeriod())) {
      a.sat("period", "period-long-enough");
    } else {
      a.ns("period", "period-too-short");
    }
    Set<?> channels = notice.channels();
    if (channels == null) {
      a.und("channel", "channels-unknown", "/changeNotice/channels");
    } else if (channels.isEmpty()) {
      a.ns("channel", "no-channel");
    } else if (Collections.disjoint(channels, parameters.acceptedNoticeChannels())) {
      a.ns("channel", "no-direct-channel");
    } else {
      a.sat("channel", "direct-channel");
    }
    claim(a, "agreement", notice.contractuallyAgreeable(), "agreement-unknown",
        "/changeNotice/contractuallyAgreeable", "not-agreeable", "agreeable");
  }

  // B2-07: use limited to providing the service, every secondary use excludable by contract

  private void b207(Acc a, DataUse use) {
    claim(a, "limited-use", use.limitedToServiceProvision(), "limited-use-unknown",
        "/dataUse/limitedToServiceProvision", "use-not-limited", "use-limited");
    List<SecondaryUse> uses = use.secondaryUses();
    if (uses == null) {
      a.und("secondary-uses", "secondary-uses-unknown", "/dataUse/secondaryUses");
      return;
    }
    if (uses.isEmpty()) {
      a.sat("secondary-uses", "no-secondary-uses");
    }
    for (SecondaryUse u : uses) {
      Claim excluded = u.excludedByContract();
      if (excluded == null) {
        a.und("secondary-uses", "secondary-use-exclusion-unknown",
            "/dataUse/secondaryUses/" + uses.indexOf(u) + "/excludedByContract");
      } else if (excluded.value()) {
        a.sat("secondary-uses", "secondary-use-excluded");
      } else {
        a.ns("secondary-uses", "secondary-use-not-excluded");
      }
    }
  }

  // B2-09: quality assurance against unintended changes

  private static void b209(Acc a, ChangeControl c) {
    claim(a, "qa-process", c.qualityAssuranceProcess(), "qa-process-unknown",
        "/changeControl/qualityAssuranceProcess", "no-qa-process", "qa-process");
    claim(a, "private-settings", c.privateSettingsStayPrivate(), "private-settings-unknown",
        "/changeControl/privateSettingsStayPrivate", "private-settings-may-become-public",
        "private-settings-stay-private");
    claim(a, "data-integrity", c.noSilentDataModification(), "data-integrity-unknown",
        "/changeControl/noSilentDataModification", "data-may-be-rewritten", "data-not-rewritten");
  }

  // B2-10: incident handling that can be written into the procurement specification

  private void b210(Acc a, IncidentResponse r) {
    claim(a, "specification", r.includableInProcurementSpec(), "specification-unknown",
        "/incidentResponse/includableInProcurementSpec", "specification-refused", "specification-committed");
    claim(a, "reachability", r.reachableOutsideBusinessHours(), "reachability-unknown",
        "/incidentResponse/reachableOutsideBusinessHours", "reachability-refused", "reachability-committed");
    claim(a, "①", r.reportOnDetection(), "report-on-detection-unknown", "/incidentResponse/reportOnDetection",
        "report-on-detection-refused", "report-on-detection-committed");
    Duration deadline = r.reportDeadline();
    if (deadline == null) {
      a.und("①", "report-deadline-unknown", "/incidentResponse/reportDeadline");
    } else if (deadline.compareTo(parameters.maximumIncidentReportDelay()) > 0) {
      a.ns("①", "report-deadline-too-long");
    } else {
      a.sat("①", "report-deadline-within");
    }
    claim(a, "②", r.activeInvestigation(), "active-investigation-unknown", "/incidentResponse/activeInvestigation",
        "active-investigation-refused", "active-investigation-committed");
    claim(a, "③", r.immediateInvestigation(), "immediate-investigation-unknown",
        "/incidentResponse/immediateInvestigation", "immediate-investigation-refused",
        "immediate-investigation-committed");
    claim(a, "④", r.logCollection(), "log-collection-unknown", "/incidentResponse/logCollection",
        "log-collection-refused", "log-collection-committed");
    claim(a, "⑤", r.containmentAndRecovery(), "containment-and-recovery-unknown",
        "/incidentResponse/containmentAndRecovery", "containment-and-recovery-refused",
        "containment-and-recovery-committed");
    claim(a, "⑥", r.promptPatching(), "prompt-patching-unknown", "/incidentResponse/promptPatching",
        "prompt-patching-refused", "prompt-patching-committed");
  }

  // B2-13: security against threats from subcontracting, where anything is subcontracted

  private static void b213(Acc a, Subcontracting s) {
    if (s.used() == null) {
      a.und(null, "used-unknown", "/subcontracting/used");
    } else if (!s.used()) {
      a.na(null, "not-subcontracted");
    } else {
      claim(a, null, s.securityEnsured(), "security-unknown", "/subcontracting/securityEnsured",
          "security-not-ensured", "security-ensured");
    }
  }

  // B2-14: what the city can be told about subcontractors, one part per item

  private static void b214(Acc a, Subcontracting s) {
    if (s.used() == null) {
      for (String part : B2_14) {
        a.und(part, "used-unknown", "/subcontracting/used");
      }
      return;
    }
    if (!s.used()) {
      a.na(null, "not-subcontracted");
      return;
    }
    SubcontractorDisclosure d = s.disclosure();
    disclosure(a, "company", d == null ? null : d.company(), "company", "/subcontracting/disclosure/company");
    disclosure(a, "scope", d == null ? null : d.scope(), "scope", "/subcontracting/disclosure/scope");
    disclosure(a, "security-officer", d == null ? null : d.securityOfficer(), "security-officer",
        "/subcontracting/disclosure/securityOfficer");
    disclosure(a, "personal-information-manager", d == null ? null : d.personalInformationManager(),
        "personal-information-manager", "/subcontracting/disclosure/personalInformationManager");
    disclosure(a, "staff", d == null ? null : d.staff(), "staff", "/subcontracting/disclosure/staff");
  }

  private static void disclosure(Acc a, String part, Claim c, String item, String pointer) {
    if (c == null) {
      a.und(part, item + "-unknown", pointer);
    } else if (c.value()) {
      a.sat(part, item + "-provided");
    } else {
      a.ns(part, item + "-withheld");
    }
  }

  // B2-16: connections limited to specific terminals

  private static void b216(Acc a, ConnectionControl c) {
    Claim restriction = c.terminalRestriction();
    if (restriction == null) {
      a.und(null, "restriction-unknown", "/connectionControl/terminalRestriction");
    } else if (!restriction.value()) {
      a.ns(null, "no-restriction");
    } else if (c.methods() == null || c.methods().isEmpty()) {
      a.und(null, "methods-unknown", "/connectionControl/methods");
    } else {
      a.sat(null, "restricted");
    }
  }

  // B2-19: any one safeguard against operator error

  private static void b219(Acc a, OperationSafeguards s) {
    Claim procedures = s.documentedProcedures();
    Claim alerts = s.operationAlerts();
    Claim protection = s.deletionProtection();
    if (holds(procedures)) {
      a.sat(null, "documented-procedures");
    }
    if (holds(alerts)) {
      a.sat(null, "operation-alerts");
    }
    if (holds(protection)) {
      a.sat(null, "deletion-protection");
    }
    if (procedures != null && !procedures.value() && alerts != null && !alerts.value() && protection != null
        && !protection.value()) {
      a.ns(null, "no-safeguards");
    }
    if (procedures == null && !holds(alerts) && !holds(protection)) {
      a.und(null, "procedures-unknown", "/operationSafeguards/documentedProcedures");
    }
    if (alerts == null && !holds(procedures) && !holds(protection)) {
      a.und(null, "alerts-unknown", "/operationSafeguards/operationAlerts");
    }
    if (protection == null && !holds(procedures) && !holds(alerts)) {
      a.und(null, "protection-unknown", "/operationSafeguards/deletionProtection");
    }
  }

  // B2-20: hardened virtual machines; for SaaS by the provider

  private static void b220(Acc a, ServiceModel model, Hardening h) {
    claim(a, "ports", h.minimalPortsProtocolsServices(), "ports-unknown", "/hardening/minimalPortsProtocolsServices",
        "ports-not-minimal", "ports-minimal");
    claim(a, "anti-malware", h.antiMalware(), "anti-malware-unknown", "/hardening/antiMalware", "no-anti-malware",
        "anti-malware");
    claim(a, "logging", h.logging(), "logging-unknown", "/hardening/logging", "no-logging", "logging");
    Party party = h.responsibleParty();
    if (model == null) {
      a.und("responsibility", "model-unknown", "/serviceModel");
    } else if (model == ServiceModel.SAAS) {
      if (party == null) {
        a.und("responsibility", "saas-party-unknown", "/hardening/responsibleParty");
      } else if (party != Party.PROVIDER) {
        a.ns("responsibility", "saas-not-provider");
      } else {
        a.sat("responsibility", "saas-provider");
      }
    } else if (party == null) {
      a.und("responsibility", "party-unknown", "/hardening/responsibleParty");
    } else {
      a.sat("responsibility", "party-named");
    }
  }

  // B2-25: synchronised time, one valid time zone for every log

  private static void b225(Acc a, TimeSync t) {
    Claim synchronised = t.synchronised();
    if (synchronised == null) {
      a.und("time-sync", "sync-unknown", "/timeSync/synchronised");
    } else if (!synchronised.value()) {
      a.ns("time-sync", "not-synchronised");
    } else if (t.source() != null && !t.source().isBlank()) {
      a.sat("time-sync", "synchronised-with-source");
    } else {
      a.sat("time-sync", "synchronised");
    }
    String zone = t.logTimeZone();
    boolean valid = TimeZones.isIanaZoneId(zone);
    if (zone == null || zone.isBlank()) {
      a.und("time-zone", "zone-unknown", "/timeSync/logTimeZone");
    } else if (!valid) {
      a.ns("time-zone", "zone-invalid");
    }
    Claim single = t.singleTimeZoneForLogs();
    if (single == null) {
      a.und("time-zone", "single-zone-unknown", "/timeSync/singleTimeZoneForLogs");
    } else if (!single.value()) {
      a.ns("time-zone", "zones-mixed");
    } else if (valid) {
      a.sat("time-zone", "one-zone");
    }
  }

  // B2-33: five practices where the provider assigns credentials

  private void b233(Acc a, Credentials c) {
    Boolean assigns = c.providerAssigns();
    if (assigns == null) {
      for (String part : B2_33) {
        a.und(part, "applicability-unknown", "/credentials/providerAssigns");
      }
      return;
    }
    if (!assigns) {
      a.na(null, "provider-assigns-none");
      return;
    }
    PasswordPractices p = c.practices();
    claim(a, "secrecy", p == null ? null : p.keptSecret(), "secrecy-unknown", "/credentials/practices/keptSecret",
        "not-secret", "secret");
    claim(a, "no-disclosure", p == null ? null : p.noDisclosureOnEnquiry(), "disclosure-unknown",
        "/credentials/practices/noDisclosureOnEnquiry", "disclosed-on-enquiry", "not-disclosed");
    Claim strong = p == null ? null : p.strongPasswords();
    Integer length = c.minimumPasswordLength();
    int required = parameters.minimumPasswordLength();
    if (strong == null) {
      a.und("strength", "strength-unknown", "/credentials/practices/strongPasswords");
    } else if (!strong.value()) {
      a.ns("strength", "weak-passwords");
    }
    if (length != null && length < required) {
      a.ns("strength", "too-short");
    }
    if (strong != null && strong.value()) {
      if (length == null) {
        a.und("strength", "length-unknown", "/credentials/minimumPasswordLength");
      } else if (length >= required) {
        a.sat("strength", "strong");
      }
    }
    claim(a, "leak-response", p == null ? null : p.reportAndChangeOnLeak(), "leak-response-unknown",
        "/credentials/practices/reportAndChangeOnLeak", "no-leak-response", "leak-response");
    claim(a, "no-stored-passwords", p == null ? null : p.notStoredOnDevices(), "storage-unknown",
        "/credentials/practices/notStoredOnDevices", "stored-on-devices", "not-stored");
  }

  // B2-34: vulnerability information and prompt remediation, within the city's maximum where it sets one

  private void b234(Acc a, VulnerabilityManagement v) {
    claim(a, "information", v.informationProvided(), "information-unknown",
        "/vulnerabilityManagement/informationProvided", "no-information", "information");
    Claim prompt = v.promptRemediation();
    Duration deadline = v.remediationDeadline();
    Duration maximum = parameters.maximumRemediationDelay();
    if (prompt == null) {
      a.und("remediation", "remediation-unknown", "/vulnerabilityManagement/promptRemediation");
    } else if (!prompt.value()) {
      a.ns("remediation", "not-prompt");
    }
    if (maximum != null) {
      if (deadline == null) {
        a.und("remediation", "deadline-unknown", "/vulnerabilityManagement/remediationDeadline");
      } else if (deadline.compareTo(maximum) > 0) {
        a.ns("remediation", "deadline-too-long");
      } else if (holds(prompt)) {
        a.sat("remediation", "prompt-within-maximum");
      }
    } else if (holds(prompt)) {
      a.sat("remediation", deadline != null ? "prompt-with-deadline" : "prompt");
    }
  }

  // B2-39: separated networks; for SaaS, tenant isolation

  private static void b239(Acc a, ServiceModel model, TenantIsolation t) {
    boolean saas = model == ServiceModel.SAAS;
    separation(a, "infrastructure-network", t.infrastructureNetworkSeparated(), saas, "infrastructure-unknown",
        "/tenantIsolation/infrastructureNetworkSeparated", "saas-infrastructure-internal", "infrastructure-shared",
        "infrastructure-separated");
    separation(a, "vm-network", t.vmNetworkSeparated(), saas, "vm-network-unknown",
        "/tenantIsolation/vmNetworkSeparated", "saas-vm-network-internal", "vm-network-shared",
        "vm-network-separated");
    if (model == null) {
      a.und("tenant-isolation", "model-unknown", "/serviceModel");
    } else if (!saas) {
      a.na("tenant-isolation", "not-saas");
    } else {
      claim(a, "tenant-isolation", t.saasTenantIsolation(), "tenant-isolation-unknown",
          "/tenantIsolation/saasTenantIsolation", "tenants-not-isolated", "tenants-isolated");
    }
  }

  private static void separation(Acc a, String part, Claim c, boolean saas, String unknown, String pointer,
      String saasInternal, String no, String yes) {
    if (c == null) {
      if (saas) {
        a.na(part, saasInternal);
      } else {
        a.und(part, unknown, pointer);
      }
    } else if (c.value()) {
      a.sat(part, yes);
    } else {
      a.ns(part, no);
    }
  }

  // B2-43: deletion at the end of use, copies included, by a method that leaves the data hard to restore

  private static void b243(Acc a, Disposal d) {
    DataDeletion dd = d.dataDeletion();
    claim(a, "deletable", dd == null ? null : dd.deletableAtEndOfUse(), "deletable-unknown",
        "/disposal/dataDeletion/deletableAtEndOfUse", "not-deletable", "deletable");
    claim(a, "copies", dd == null ? null : dd.includesCopies(), "copies-unknown",
        "/disposal/dataDeletion/includesCopies", "copies-kept", "copies-deleted");
    Set<DeletionMethod> methods = dd == null ? null : dd.methods();
    if (methods == null || methods.isEmpty()) {
      a.und("method", "method-unknown", "/disposal/dataDeletion/methods");
      return;
    }
    boolean unrecoverable = false;
    for (DeletionMethod m : methods) {
      unrecoverable |= m.leavesDataUnrecoverable();
    }
    if (!unrecoverable) {
      a.ns("method", "logical-delete-only");
    } else if (methods.contains(DeletionMethod.CRYPTO_ERASE)) {
      a.sat("method", "crypto-erase");
    } else {
      a.sat("method", "hard-to-restore");
    }
  }

  // B2-44: secure disposal of equipment

  private static void b244(Acc a, Disposal d) {
    DeviceDisposal dd = d.deviceDisposal();
    Claim secure = dd == null ? null : dd.secureDisposal();
    if (secure == null) {
      a.und(null, "disposal-unknown", "/disposal/deviceDisposal/secureDisposal");
    } else if (!secure.value()) {
      a.ns(null, "not-secure");
    } else if (dd.standard() != null && !dd.standard().isBlank()) {
      a.sat(null, "secure-with-standard");
    } else {
      a.sat(null, "secure");
    }
  }

  // B2-46: a disposal report at the end of use

  private static void b246(Acc a, Disposal d) {
    claim(a, null, d.disposalReport(), "report-unknown", "/disposal/disposalReport", "no-report", "report");
  }

  // B2-47: special accounts disposable with their credentials, where there are any

  private static void b247(Acc a, Disposal d) {
    SpecialAccounts s = d.specialAccounts();
    if (s == null || s.exist() == null) {
      a.und(null, "existence-unknown", "/disposal/specialAccounts/exist");
    } else if (!s.exist()) {
      a.na(null, "no-special-accounts");
    } else {
      claim(a, null, s.disposableWithCredentials(), "disposal-unknown",
          "/disposal/specialAccounts/disposableWithCredentials", "not-disposable", "disposable");
    }
  }

  // helpers

  /** The three rules of a yes/no claim: absent is unknown, no is not met, yes is met. */
  private static void claim(Acc a, String part, Claim c, String unknown, String pointer, String no, String yes) {
    if (c == null) {
      a.und(part, unknown, pointer);
    } else if (c.value()) {
      a.sat(part, yes);
    } else {
      a.ns(part, no);
    }
  }

  private static boolean holds(Claim c) {
    return c != null && c.value();
  }

  private static <T> T or(T value, T empty) {
    return value != null ? value : empty;
  }

  /** The conclusions of one criterion, combined the way the engine's assembler combines them. */
  private static final class Acc {
    private final ArrayList<BaselineConclusion> list = new ArrayList<>(16);

    void sat(String part, String key) {
      list.add(new BaselineConclusion(part, Verdict.SATISFIED, key, null));
    }

    void ns(String part, String key) {
      list.add(new BaselineConclusion(part, Verdict.NOT_SATISFIED, key, null));
    }

    void und(String part, String key, String missingFact) {
      list.add(new BaselineConclusion(part, Verdict.UNDETERMINED, key, missingFact));
    }

    void na(String part, String key) {
      list.add(new BaselineConclusion(part, Verdict.NOT_APPLICABLE, key, null));
    }

    BaselineFinding finish(String criterion, List<String> parts) {
      try {
        return combine(criterion, parts);
      } finally {
        list.clear();
      }
    }

    private BaselineFinding combine(String criterion, List<String> parts) {
      int n = list.size();
      if (n == 0) {
        return new BaselineFinding(criterion, Verdict.UNDETERMINED, NO_PARTS, new Verdict[0], List.of(),
            new BaselineConclusion[] {new BaselineConclusion(null, Verdict.UNDETERMINED, NO_CONCLUSION, null)});
      }
      boolean allNotApplicable = true;
      boolean wholeNotApplicable = false;
      boolean against = false;
      Verdict verdict = Verdict.SATISFIED;
      boolean missing = false;
      for (int i = 0; i < n; i++) {
        BaselineConclusion c = list.get(i);
        if (c.verdict() == Verdict.NOT_APPLICABLE) {
          wholeNotApplicable |= c.part() == null;
        } else {
          allNotApplicable = false;
          verdict = verdict.worse(c.verdict());
          against |= c.verdict() == Verdict.NOT_SATISFIED || c.verdict() == Verdict.UNDETERMINED;
        }
        missing |= c.missingFact() != null;
      }
      if (allNotApplicable || wholeNotApplicable && !against) {
        List<BaselineConclusion> why = new ArrayList<>(n);
        for (BaselineConclusion c : list) {
          if (c.verdict() == Verdict.NOT_APPLICABLE && (allNotApplicable || c.part() == null)) {
            why.add(c);
          }
        }
        return new BaselineFinding(criterion, Verdict.NOT_APPLICABLE, NO_PARTS, new Verdict[0], List.of(),
            why.toArray(BaselineConclusion[]::new));
      }
      Verdict[] partVerdicts = new Verdict[parts.size()];
      boolean[] partNotConcluded = new boolean[parts.size()];
      int notConcluded = 0;
      for (int p = 0; p < partVerdicts.length; p++) {
        String id = parts.get(p);
        Verdict partVerdict = null;
        boolean partAllNotApplicable = true;
        for (int i = 0; i < n; i++) {
          BaselineConclusion c = list.get(i);
          if (!id.equals(c.part())) {
            continue;
          }
          if (partVerdict == null) {
            partVerdict = Verdict.SATISFIED;
          }
          if (c.verdict() != Verdict.NOT_APPLICABLE) {
            partAllNotApplicable = false;
            partVerdict = partVerdict.worse(c.verdict());
          }
        }
        if (partVerdict == null) {
          partVerdicts[p] = Verdict.UNDETERMINED;
          verdict = verdict.worse(Verdict.UNDETERMINED);
          partNotConcluded[p] = true;
          notConcluded++;
        } else {
          partVerdicts[p] = partAllNotApplicable ? Verdict.NOT_APPLICABLE : partVerdict;
        }
      }
      List<String> missingFacts = List.of();
      if (missing) {
        TreeSet<String> facts = new TreeSet<>();
        for (BaselineConclusion c : list) {
          if (c.missingFact() != null) {
            facts.add(c.missingFact());
          }
        }
        missingFacts = List.copyOf(facts);
      }
      BaselineConclusion[] why = list.toArray(new BaselineConclusion[n + notConcluded]);
      for (int p = 0, k = n; k < why.length; p++) {
        if (partNotConcluded[p]) {
          why[k++] = new BaselineConclusion(parts.get(p), Verdict.UNDETERMINED, PART_NOT_CONCLUDED, null);
        }
      }
      return new BaselineFinding(criterion, verdict, parts, partVerdicts, missingFacts, why);
    }
  }
}
