package dev.kijun.bench.baseline;

import dev.kijun.catalog.TimeZones;
import dev.kijun.catalog.facts.CipherComponent;
import dev.kijun.catalog.facts.CipherProblem;
import dev.kijun.catalog.facts.EncryptionPath;
import dev.kijun.catalog.facts.Flow;
import dev.kijun.catalog.facts.StoredCopy;
import dev.kijun.catalog.facts.TlsProtocol;
import dev.kijun.catalog.facts.TlsSuite;
import dev.kijun.catalog.facts.UsedRegion;
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
import dev.kijun.model.Encryption;
import dev.kijun.model.GlobalService;
import dev.kijun.model.Hardening;
import dev.kijun.model.IncidentResponse;
import dev.kijun.model.Jurisdiction;
import dev.kijun.model.KeyLifecycleStage;
import dev.kijun.model.KeyManagement;
import dev.kijun.model.ModuleStandard;
import dev.kijun.model.ModuleValidation;
import dev.kijun.model.OperationSafeguards;
import dev.kijun.model.Party;
import dev.kijun.model.PasswordPractices;
import dev.kijun.model.RegionUse;
import dev.kijun.model.SecondaryUse;
import dev.kijun.model.ServiceModel;
import dev.kijun.model.ServiceProfile;
import dev.kijun.model.SpecialAccounts;
import dev.kijun.model.StorageKind;
import dev.kijun.model.Subcontracting;
import dev.kijun.model.SubcontractorDisclosure;
import dev.kijun.model.TenantIsolation;
import dev.kijun.model.TimeSync;
import dev.kijun.model.VulnerabilityManagement;
import dev.kijun.policy.CipherList;
import dev.kijun.policy.Parameters;
import dev.kijun.report.Verdict;
import dev.kijun.rules.FactProvider;
import dev.kijun.rules.Periods;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
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
 * <p>The facts the catalog derives before its rules run (the country of each stored copy and region, the CRYPTREC
 * entry of each declared algorithm) come from the catalog's own fact providers, plain Java that the engine runs too:
 * the baseline replaces the rules, not the data they read.
 *
 * <p>Immutable and thread-safe; each {@link #assess} call works on its own state.
 */
public final class HandWrittenBaseline {
  /** The criteria in catalog order. */
  public static final List<String> CRITERIA = List.of("B2-01", "B2-02", "B2-03", "B2-05", "B2-07", "B2-09",
      "B2-10", "B2-13", "B2-14", "B2-16", "B2-19", "B2-20", "B2-22", "B2-25", "B2-33", "B2-34", "B2-38", "B2-39",
      "B2-43", "B2-44", "B2-46", "B2-47");

  /** The criteria this baseline encodes rule for rule: all of them. */
  public static final Set<String> ENCODED = Set.copyOf(CRITERIA);

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

  private static final KeyManagement NO_KEY_MANAGEMENT = new KeyManagement(null, null, null, null, null);
  private static final Encryption NO_ENCRYPTION = new Encryption(null, null);
  private static final KeyLifecycleStage[] STAGES = KeyLifecycleStage.values();

  private final Parameters parameters;
  private final List<FactProvider> providers;

  /**
   * @param parameters the parameters in force, as the engine's
   * @param providers the catalog's fact providers, e.g. {@code StandardCatalog.load().factProviders()}
   */
  public HandWrittenBaseline(Parameters parameters, List<FactProvider> providers) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.providers = List.copyOf(providers);
  }

  /** The facts the providers derive from one profile, by kind. */
  private static final class Derived {
    final List<StoredCopy> copies = new ArrayList<>();
    final List<UsedRegion> regions = new ArrayList<>();
    final List<EncryptionPath> paths = new ArrayList<>();
    final List<CipherComponent> ciphers = new ArrayList<>();
    final List<CipherProblem> problems = new ArrayList<>();
    final List<TlsProtocol> protocols = new ArrayList<>();
    final List<TlsSuite> suites = new ArrayList<>();

    void accept(Object fact) {
      if (fact instanceof StoredCopy c) {
        copies.add(c);
      } else if (fact instanceof UsedRegion r) {
        regions.add(r);
      } else if (fact instanceof EncryptionPath e) {
        paths.add(e);
      } else if (fact instanceof CipherComponent c) {
        ciphers.add(c);
      } else if (fact instanceof CipherProblem p) {
        problems.add(p);
      } else if (fact instanceof TlsProtocol t) {
        protocols.add(t);
      } else if (fact instanceof TlsSuite t) {
        suites.add(t);
      }
    }
  }

  /** Judges a profile against every criterion of the catalog, in catalog order. */
  public List<BaselineFinding> assess(ServiceProfile profile, LocalDate asOf) {
    Objects.requireNonNull(profile, "profile must not be null");
    Objects.requireNonNull(asOf, "evaluation date must not be null");
    Acc a = new Acc();
    Derived d = new Derived();
    for (FactProvider provider : providers) {
      provider.contribute(profile, d::accept);
    }
    List<BaselineFinding> out = new ArrayList<>(CRITERIA.size());
    Jurisdiction jurisdiction = or(profile.jurisdiction(), NO_JURISDICTION);
    b201(a, jurisdiction);
    out.add(a.finish("B2-01", B2_01));
    b202(a, or(profile.dataResidency(), NO_RESIDENCY), d.copies);
    out.add(a.finish("B2-02", B2_02));
    b203(a, or(profile.regionUse(), NO_REGION_USE), d.regions);
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
    b222(a, or(profile.encryption(), NO_ENCRYPTION), d, profile.useUntil(), asOf);
    out.add(a.finish("B2-22", B2_22));
    b225(a, or(profile.timeSync(), NO_TIME_SYNC));
    out.add(a.finish("B2-25", B2_25));
    b233(a, or(profile.credentials(), NO_CREDENTIALS));
    out.add(a.finish("B2-33", B2_33));
    b234(a, or(profile.vulnerabilityManagement(), NO_VULNERABILITY_MANAGEMENT));
    out.add(a.finish("B2-34", B2_34));
    b238(a, or(profile.keyManagement(), NO_KEY_MANAGEMENT), d, profile.useUntil(), asOf);
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

  private void b202(Acc a, DataResidency residency, List<StoredCopy> copies) {
    Set<CountryCode> accepted = parameters.acceptedDataCountries();
    int kindsSeen = 0;
    for (StoredCopy copy : copies) {
      boolean nonPublic = copy.nonPublic();
      CountryCode country = copy.country();
      if (nonPublic) {
        if (country != null && !accepted.contains(country)) {
          a.ns("locations", "copy-abroad");
        }
        if (!copy.production()) {
          a.ns("locations", "copy-in-sandbox");
        }
        if (country == null) {
          a.und("locations", "copy-country-unknown",
              copy.pointer() + (copy.location().region() != null ? "/region" : "/country"));
        }
      }
      if (copy.declaredCountry() != null) {
        a.und("locations", "copy-country-contradicts", copy.pointer() + "/country");
      }
      if (nonPublic && country != null && copy.production() && accepted.contains(country)
          && copy.declaredCountry() == null) {
        a.sat("locations", "copy-in-japan");
      }
      if (!nonPublic) {
        a.sat("locations", "copy-public-only");
      }
      if (copy.kind() == null) {
        a.und("coverage", "copy-kind-unknown", copy.pointer() + "/kind");
      } else {
        kindsSeen |= 1 << copy.kind().ordinal();
      }
    }
    if (residency.locations().isEmpty()) {
      a.und("coverage", "no-locations", "/dataResidency/locations");
    } else {
      boolean allKinds = true;
      for (StorageKind kind : KINDS) {
        if (!residency.kindsNotUsed().contains(kind) && (kindsSeen & 1 << kind.ordinal()) == 0) {
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

  private void b203(Acc a, RegionUse use, List<UsedRegion> used) {
    Set<CountryCode> accepted = parameters.acceptedRegionCountries();
    Set<?> listed = parameters.acceptedRegions();
    for (UsedRegion region : used) {
      if (!region.known()) {
        a.und("regions", "region-unknown", region.pointer());
        continue;
      }
      CountryCode country = region.country();
      if (!accepted.contains(country)) {
        a.ns("regions", "region-abroad");
      } else if (!listed.isEmpty() && !listed.contains(region.region())) {
        a.ns("regions", "region-not-listed");
      }
      if (!region.production()) {
        a.ns("regions", "region-sandbox");
      } else if (parameters.acceptsRegion(region.region(), country)) {
        a.sat("regions", "region-in-japan");
      }
    }
    if (use.regions() == null || use.regions().isEmpty()) {
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

  // B2-22: encryption at rest and in transit with CRYPTREC-listed algorithms, strong enough until the service ends

  private void b222(Acc a, Encryption e, Derived d, LocalDate useUntil, LocalDate today) {
    if (e.atRest() == null || e.atRest().isEmpty()) {
      a.und("at-rest", "no-stores", "/encryption/atRest");
    }
    if (e.inTransit() == null || e.inTransit().isEmpty()) {
      a.und("in-transit", "no-channels", "/encryption/inTransit");
    }
    for (EncryptionPath path : d.paths) {
      if (path.flow() == Flow.AT_REST) {
        if (path.encrypted() == null) {
          a.und("at-rest", "rest-encrypted-unknown", path.pointer() + "/encrypted");
        }
        if (path.declaredUnencrypted()) {
          a.ns("at-rest", "rest-not-encrypted");
        }
        if (path.declaredEncrypted() && path.algorithmDeclared()) {
          a.sat("at-rest", "rest-encrypted");
        }
        if (!path.declaredUnencrypted() && !path.algorithmDeclared()) {
          a.und("at-rest", "rest-algorithm-missing", path.pointer() + "/algorithm");
        }
      } else if (path.flow() == Flow.IN_TRANSIT) {
        if (path.encrypted() == null) {
          a.und("in-transit", "transit-encrypted-unknown", path.pointer() + "/encrypted");
        }
        if (path.declaredUnencrypted()) {
          a.ns("in-transit", "transit-not-encrypted");
        }
        if (path.declaredEncrypted() && path.versionsDeclared() && path.suitesDeclared()) {
          a.sat("in-transit", "transit-encrypted");
        }
        if (!path.declaredUnencrypted() && !path.versionsDeclared()) {
          a.und("in-transit", "transit-versions-missing", path.pointer() + "/tlsVersions");
        }
        if (!path.declaredUnencrypted() && !path.suitesDeclared()) {
          a.und("in-transit", "transit-suites-missing", path.pointer() + "/cipherSuites");
        }
      }
    }
    for (TlsProtocol protocol : d.protocols) {
      if (protocol.ssl()) {
        a.ns("in-transit", "transit-ssl");
      } else if (!parameters.acceptsTlsVersion(protocol.version())) {
        a.ns("in-transit", "transit-tls-too-old");
      }
      if (parameters.acceptsTlsVersion(protocol.version())) {
        a.sat("in-transit", "transit-tls-ok");
      }
    }
    if (parameters.tlsGuidelineTier().aeadWithForwardSecrecyOnly()) {
      for (TlsSuite suite : d.suites) {
        if (suite.understood() && (!suite.aead() || !suite.forwardSecret())) {
          a.ns("in-transit", "transit-not-aead-with-forward-secrecy");
        }
      }
    }
    ciphers(a, d, Flow.AT_REST, "at-rest", REST, useUntil, today);
    ciphers(a, d, Flow.IN_TRANSIT, "in-transit", TRANSIT, useUntil, today);
  }

  /** The message keys of one flow's cipher judgement: at rest, in transit, for key generation. */
  private record Keys(String listed, String listedStrength, String listedUntil, String acceptedByPolicy,
      String candidate, String monitored, String unlisted, String keySize, String tooWeak, String expires,
      String useUntilUnknown, String condition, String unrecognised, String ambiguous, String noCipher,
      String modeMissing, String keySizeMissing, String contradiction, String needsGroups, String needsCertificate) {
    static Keys of(String prefix) {
      return new Keys(prefix + "-listed", prefix + "-listed-strength", prefix + "-listed-until",
          prefix + "-accepted-by-policy", prefix + "-candidate", prefix + "-monitored", prefix + "-unlisted",
          prefix + "-key-size", prefix + "-too-weak", prefix + "-expires", prefix + "-use-until-unknown",
          prefix + "-condition", prefix + "-unrecognised", prefix + "-ambiguous", prefix + "-no-cipher",
          prefix + "-mode-missing", prefix + "-key-size-missing", prefix + "-contradiction", prefix + "-needs-groups",
          prefix + "-needs-certificate");
    }
  }

  private static final Keys REST = Keys.of("rest");
  private static final Keys TRANSIT = Keys.of("transit");
  private static final Keys KEYGEN = Keys.of("keygen");

  /**
   * The judgement B2-22 makes of each algorithm of a flow, and B2-38 of the key-generation algorithm: the same rules
   * in each DRL, once per flow.
   */
  private void ciphers(Acc a, Derived d, Flow flow, String part, Keys k, LocalDate useUntil, LocalDate today) {
    for (CipherComponent c : d.ciphers) {
      if (c.flow() != flow) {
        continue;
      }
      boolean below = c.belowMinimumStrength();
      boolean permitted = c.keySizePermitted();
      boolean unmet = c.conditionsUnmet();
      boolean recommended = c.recommended();
      if (recommended && c.strength() == null && permitted && !unmet) {
        a.sat(part, k.listed());
      }
      if (recommended && c.strength() != null && !below && c.usableUntil() == null && permitted && !unmet) {
        a.sat(part, k.listedStrength());
      }
      if (recommended && !below && c.usableUntil() != null && c.withinPeriod(today, useUntil) && permitted
          && !unmet) {
        a.sat(part, k.listedUntil());
      }
      boolean accepted = parameters.acceptsCipherList(c.list());
      if (c.listed() && !recommended && accepted && !below && c.withinPeriod(today, useUntil) && permitted
          && !unmet) {
        a.sat(part, k.acceptedByPolicy());
      }
      if (c.list() == CipherList.CANDIDATE && !accepted) {
        a.ns(part, k.candidate());
      }
      if (c.list() == CipherList.MONITORED && !accepted) {
        a.ns(part, k.monitored());
      }
      if (!c.listed()) {
        a.ns(part, k.unlisted());
      }
      if (!permitted) {
        a.ns(part, k.keySize());
      }
      if (below) {
        a.ns(part, k.tooWeak());
      } else {
        if (c.outlives(today, useUntil)) {
          a.ns(part, k.expires());
        }
        if (c.periodUnknown(today, useUntil)) {
          a.und(part, k.useUntilUnknown(), "/useUntil");
        }
      }
      if (unmet) {
        a.ns(part, k.condition());
      }
    }
    for (CipherProblem p : d.problems) {
      if (p.flow() != flow) {
        continue;
      }
      String key = switch (p.kind()) {
        case UNRECOGNISED -> k.unrecognised();
        case AMBIGUOUS -> k.ambiguous();
        case NO_CIPHER -> k.noCipher();
        case MODE_MISSING -> k.modeMissing();
        case KEY_SIZE_MISSING -> k.keySizeMissing();
        case CONTRADICTION -> k.contradiction();
        case NEEDS_GROUPS -> k.needsGroups();
        case NEEDS_CERTIFICATE_KEY -> k.needsCertificate();
      };
      a.und(part, key, p.missingFact());
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

  // B2-38: the provider's key management, where the city uses it: lifecycle, module, key-generation algorithm

  private void b238(Acc a, KeyManagement km, Derived d, LocalDate useUntil, LocalDate today) {
    Boolean managed = km.providerManaged();
    if (managed != null && !managed) {
      a.na(null, "not-provider-managed");
      return;
    }
    if (managed == null) {
      a.und(null, "provider-managed-unknown", "/keyManagement/providerManaged");
    }
    Set<KeyLifecycleStage> stages = km.lifecycleStagesCovered();
    if (stages == null) {
      a.und("lifecycle", "stages-unknown", "/keyManagement/lifecycleStagesCovered");
    } else {
      boolean all = true;
      for (KeyLifecycleStage stage : STAGES) {
        if (!stages.contains(stage)) {
          a.ns("lifecycle", "stage-missing");
          all = false;
        }
      }
      if (all) {
        a.sat("lifecycle", "all-stages");
      }
    }
    ModuleValidation mv = km.moduleValidation();
    if (mv == null) {
      a.und("module", "module-unknown", "/keyManagement/moduleValidation");
    } else {
      ModuleStandard standard = mv.standard();
      Set<ModuleStandard> accepted = parameters.acceptedModuleStandards();
      int minimum = parameters.minimumModuleLevel();
      if (standard == null) {
        a.und("module", "module-standard-unknown", "/keyManagement/moduleValidation/standard");
      } else if (!accepted.contains(standard)) {
        a.ns("module", standard == ModuleStandard.FIPS_140_2 ? "module-fips-140-2" : "module-standard-not-accepted");
      }
      if (mv.level() == null) {
        a.und("module", "module-level-unknown", "/keyManagement/moduleValidation/level");
      } else if (mv.level() < minimum) {
        a.ns("module", "module-level-too-low");
      }
      boolean certificate = mv.certificate() != null && !mv.certificate().isBlank();
      if (!certificate) {
        a.und("module", "module-certificate-unknown", "/keyManagement/moduleValidation/certificate");
      }
      if (standard != null && accepted.contains(standard) && mv.level() != null && mv.level() >= minimum
          && certificate) {
        a.sat("module", "module-validated");
      }
    }
    claim(a, "module", km.keysNonExportable(), "export-unknown", "/keyManagement/keysNonExportable",
        "keys-exportable", "keys-non-exportable");
    if (km.keyGenerationAlgorithm() == null || km.keyGenerationAlgorithm().isBlank()) {
      a.und("key-generation", "key-generation-unknown", "/keyManagement/keyGenerationAlgorithm");
    }
    ciphers(a, d, Flow.KEY_GENERATION, "key-generation", KEYGEN, useUntil, today);
  }

  // B2-39: separated networks whatever the service model; for SaaS, tenant isolation as well

  private static void b239(Acc a, ServiceModel model, TenantIsolation t) {
    claim(a, "infrastructure-network", t.infrastructureNetworkSeparated(), "infrastructure-unknown",
        "/tenantIsolation/infrastructureNetworkSeparated", "infrastructure-shared", "infrastructure-separated");
    claim(a, "vm-network", t.vmNetworkSeparated(), "vm-network-unknown", "/tenantIsolation/vmNetworkSeparated",
        "vm-network-shared", "vm-network-separated");
    if (model == null) {
      a.und("tenant-isolation", "model-unknown", "/serviceModel");
    } else if (model != ServiceModel.SAAS) {
      a.na("tenant-isolation", "not-saas");
    } else {
      claim(a, "tenant-isolation", t.saasTenantIsolation(), "tenant-isolation-unknown",
          "/tenantIsolation/saasTenantIsolation", "tenants-not-isolated", "tenants-isolated");
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
