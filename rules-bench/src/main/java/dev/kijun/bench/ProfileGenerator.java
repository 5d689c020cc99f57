package dev.kijun.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes varied, valid service profiles as YAML: every section present, absent or partly declared, claims true, false
 * or unknown, with or without evidence, lists of different lengths, known, unknown and foreign regions, and about ten
 * encryption declarations. The same index always gives the same profile.
 *
 * <pre>{@code java -cp benchmarks.jar dev.kijun.bench.ProfileGenerator DIR [COUNT]}</pre>
 */
public final class ProfileGenerator {
  private static final String[] REGIONS = {"ap-northeast-1", "ap-northeast-3", "ap-northeast-1", "ap-northeast-3",
      "us-east-1", "ap-southeast-1", "xx-unknown-9"};
  private static final String[] KINDS = {"PRIMARY", "BACKUP", "DISASTER_RECOVERY", "LOGS", "REPLICA"};
  private static final String[] CHANNELS = {"EMAIL", "POSTAL_MAIL", "CUSTOMER_PORTAL", "PHONE", "WEBSITE"};
  private static final String[] PERIODS = {"P6M", "P1Y", "P3M", "P180D", "P200D", "P9M"};
  private static final String[] ZONES = {"Asia/Tokyo", "UTC", "JST", "Asia/Tokyo", "Europe/London"};
  private static final String[] METHODS = {"CRYPTO_ERASE", "PURGE", "OVERWRITE", "LOGICAL_DELETE"};
  private static final String[] ALGORITHMS = {"AES-256-GCM", "AES-128-GCM", "AES-256-GCM", "AES-256-XTS",
      "AES-128-CBC", "3DES", "Camellia-256-GCM", "AES", "AES-256", "RC4", "ChaCha20-Poly1305", "Blowfish"};
  private static final String[] GROUPS = {"x25519", "secp256r1", "secp384r1", "ffdhe2048", "ffdhe3072", "DH 1024"};
  private static final String[] CERTIFICATE_KEYS = {"ECDSA P-256", "RSA 2048", "RSA 3072", "RSA 1024", "Ed25519"};
  private static final String[] SUITES = {"TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384",
      "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
      "TLS_RSA_WITH_AES_128_CBC_SHA", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256"};
  private static final String[] TLS = {"TLSv1.2", "TLSv1.3", "TLSv1.1", "SSLv3"};

  private final long seed;

  /** A generator; profiles with the same seed and index are the same. */
  public ProfileGenerator(long seed) {
    this.seed = seed;
  }

  /** Writes COUNT (default 10,000) profiles to DIR, one file each. */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: ProfileGenerator DIR [COUNT]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    new ProfileGenerator(BenchProfiles.SEED).write(dir, count);
  }

  /** Writes {@code count} profiles into {@code dir}, creating it. */
  public void write(Path dir, int count) throws IOException {
    Files.createDirectories(dir);
    for (int i = 0; i < count; i++) {
      Files.writeString(dir.resolve(String.format("profile-%05d.yaml", i)), yaml(i), StandardCharsets.UTF_8);
    }
  }

  /** The YAML of profile number {@code index}. */
  public String yaml(int index) {
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + index);
    StringBuilder y = new StringBuilder(4096);
    String model = pick(r, "SAAS", "SAAS", "IAAS", "PAAS", null);
    y.append("id: generated-").append(index).append('\n');
    y.append("name: Generated service ").append(index).append('\n');
    y.append("vendor: Vendor ").append(index % 97).append('\n');
    if (model != null) {
      y.append("serviceModel: ").append(model).append('\n');
    }
    if (r.nextInt(10) > 0) {
      y.append("platform: aws\n");
    }
    y.append("useUntil: 20").append(27 + r.nextInt(10)).append("-03-31\n");
    if (r.nextBoolean()) {
      y.append("certifications:\n  - {scheme: ISMAP, registrationNumber: C21-").append(1000 + index % 9000)
          .append("-1, validUntil: 2027-06-30}\n");
    }
    jurisdiction(r, y);
    dataResidency(r, y);
    regionUse(r, y);
    changeNotice(r, y);
    dataUse(r, y);
    section(r, y, "changeControl", "qualityAssuranceProcess", "privateSettingsStayPrivate",
        "noSilentDataModification");
    incidentResponse(r, y);
    subcontracting(r, y);
    connectionControl(r, y);
    section(r, y, "operationSafeguards", "documentedProcedures", "operationAlerts", "deletionProtection");
    hardening(r, y);
    encryption(r, y);
    timeSync(r, y);
    credentials(r, y);
    vulnerabilityManagement(r, y);
    keyManagement(r, y);
    section(r, y, "tenantIsolation", "infrastructureNetworkSeparated", "vmNetworkSeparated", "saasTenantIsolation");
    disposal(r, y);
    return closeEmptyMappings(y.toString());
  }

  /** A mapping whose every entry happened to be left out is written {@code {}}, not as an empty value. */
  static String closeEmptyMappings(String yaml) {
    String[] lines = yaml.split("\n");
    StringBuilder out = new StringBuilder(yaml.length() + 16);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.endsWith(":") && (i + 1 == lines.length || indent(lines[i + 1]) <= indent(line))) {
        line = line + " {}";
      }
      out.append(line).append('\n');
    }
    return out.toString();
  }

  private static int indent(String line) {
    int n = 0;
    while (n < line.length() && line.charAt(n) == ' ') {
      n++;
    }
    return n;
  }

  private static void jurisdiction(SplittableRandom r, StringBuilder y) {
    if (absent(r)) {
      return;
    }
    y.append("jurisdiction:\n");
    int law = r.nextInt(10);
    if (law < 7) {
      y.append("  governingLaw: {country: JP, evidence: [{kind: CONTRACT_CLAUSE, reference: 利用規約 第30条}]}\n");
    } else if (law < 9) {
      y.append("  governingLaw: {country: US}\n");
    }
    claim(r, y, "  ", "operatesWithinJapaneseLaw");
    int courts = r.nextInt(4);
    if (courts > 0) {
      y.append("  courts:\n");
      for (int i = 0; i < courts; i++) {
        String country = pick(r, "JP", "JP", "JP", "US", null);
        y.append("    - {name: 裁判所 ").append(i);
        if (country != null) {
          y.append(", country: ").append(country);
        }
        y.append(", exclusive: ").append(r.nextBoolean()).append("}\n");
      }
    }
  }

  private static void dataResidency(SplittableRandom r, StringBuilder y) {
    if (absent(r)) {
      return;
    }
    y.append("dataResidency:\n  locations:\n");
    int n = 1 + r.nextInt(6);
    for (int i = 0; i < n; i++) {
      y.append("    - {");
      if (r.nextInt(12) > 0) {
        y.append("kind: ").append(KINDS[i % KINDS.length]).append(", ");
      }
      if (r.nextInt(8) > 0) {
        y.append("region: ").append(REGIONS[r.nextInt(REGIONS.length)]);
      } else {
        y.append("site: 東京第").append(i).append("データセンター, country: ").append(pick(r, "JP", "JP", "SG"));
      }
      if (r.nextInt(4) == 0) {
        y.append(", dataClasses: [").append(pick(r, "PUBLIC", "PERSONAL_INFORMATION", "OTHER_NON_PUBLIC"))
            .append(']');
      }
      y.append("}\n");
    }
    int notUsed = r.nextInt(4);
    y.append("  kindsNotUsed: [");
    for (int i = 0; i < notUsed; i++) {
      y.append(i > 0 ? ", " : "").append(KINDS[KINDS.length - 1 - i]);
    }
    y.append("]\n");
  }

  private static void regionUse(SplittableRandom r, StringBuilder y) {
    if (absent(r)) {
      return;
    }
    y.append("regionUse:\n");
    int n = r.nextInt(4);
    if (n > 0) {
      y.append("  regions: [");
      for (int i = 0; i < n; i++) {
        y.append(i > 0 ? ", " : "").append("aws:").append(REGIONS[r.nextInt(REGIONS.length)]);
      }
      y.append("]\n");
    }
    claim(r, y, "  ", "restrictedToJapan");
    if (r.nextInt(5) > 0) {
      y.append("  restrictionMethod: AWS Organizations SCP\n");
    }
    if (r.nextInt(5) > 0) {
      int g = r.nextInt(3);
      y.append("  globalServices:").append(g == 0 ? " []\n" : "\n");
      for (int i = 0; i < g; i++) {
        y.append("    - {name: Global service ").append(i);
        String stores = pick(r, "false", "false", "true", null);
        if (stores != null) {
          y.append(", storesCustomerData: ").append(stores);
        }
        y.append("}\n");
      }
    }
  }

  private static void changeNotice(SplittableRandom r, StringBuilder y) {
    if (absent(r)) {
      return;
    }
    y.append("changeNotice:\n");
    if (r.nextInt(6) > 0) {
      y.append("  noticePeriod: ").append(PERIODS[r.nextInt(PERIODS.length)]).append('\n');
    }
    if (r.nextInt(6) > 0) {
      int n = r.nextInt(3);
      y.append("  channels: [");
      for (int i = 0; i < n; i++) {
        y.append(i > 0 ? ", " : "").append(CHANNELS[(i + r.nextInt(CHANNELS.length)) % CHANNELS.length]);
      }
      y.append("]\n");
    }
    claim(r, y, "  ", "contractuallyAgreeable");
  }

  private static void dataUse(SplittableRandom r, StringBuilder y) {
    if (absent(r)) {
      return;
    }
    y.append("dataUse:\n");
    claim(r, y, "  ", "limitedToServiceProvision");
    if (r.nextInt(6) > 0) {
      int n = r.nextInt(3);
      y.append("  secondaryUses:").append(n == 0 ? " []\n" : "\n");
      for (int i = 0; i < n; i++) {
        y.append("    - purpose: ").append(pick(r, "ANALYTICS", "AI_TRAINING", "PRODUCT_IMPROVEMENT")).append('\n');
        y.append("      description: use ").append(i).append('\n');
        claim(r, y, "      ", "excludedByContract");
      }
    }
  }

  private static void incidentResponse(SplittableRandom r, StringBuilder y) {
    if (absent(r)) {
      return;
    }
    y.append("incidentResponse:\n");
    claim(r, y, "  ", "includableInProcurementSpec");
    claim(r, y, "  ", "reachableOutsideBusinessHours");
    if (r.nextInt(6) > 0) {
      y.append("  reportDeadline: ").append(pick(r, "PT4H", "PT24H", "PT1H", "P3D")).append('\n');
    }
    for (String c : new String[] {"reportOnDetection", "activeInvestigation", "immediateInvestigation",
        "logCollection", "containmentAndRecovery", "promptPatching"}) {
      claim(r, y, "  ", c);
    }
  }

  private static void subcontracting(SplittableRandom r, StringBuilder y) {
    if (absent(r)) {
      return;
    }
    y.append("subcontracting:\n");
    String used = pick(r, "true", "true", "false", null);
    if (used != null) {
      y.append("  used: ").append(used).append('\n');
    }
    claim(r, y, "  ", "securityEnsured");
    if (r.nextInt(5) > 0) {
      y.append("  disclosure:\n");
      for (String c : new String[] {"company", "scope", "securityOfficer", "personalInformationManager", "staff"}) {
        claim(r, y, "    ", c);
      }
    }
  }

  private static void connectionControl(SplittableRandom r, StringBuilder y) {
    if (absent(r)) {
      return;
    }
    y.append("connectionControl:\n");
    claim(r, y, "  ", "terminalRestriction");
    if (r.nextInt(5) > 0) {
      y.append("  methods: [").append(pick(r, "IP_ALLOWLIST", "IP_ALLOWLIST, DEVICE_CERTIFICATE", "VPN", ""))
          .append("]\n");
    }
  }

  private static void hardening(SplittableRandom r, StringBuilder y) {
    if (absent(r)) {
      return;
    }
    y.append("hardening:\n");
    claim(r, y, "  ", "minimalPortsProtocolsServices");
    claim(r, y, "  ", "antiMalware");
    claim(r, y, "  ", "logging");
    String party = pick(r, "PROVIDER", "PROVIDER", "CUSTOMER", "SHARED", null);
    if (party != null) {
      y.append("  responsibleParty: ").append(party).append('\n');
    }
  }

  private static void encryption(SplittableRandom r, StringBuilder y) {
    if (absent(r)) {
      return;
    }
    y.append("encryption:\n");
    if (r.nextInt(15) > 0) {
      y.append("  atRest:\n");
      int stores = 3 + r.nextInt(5);
      for (int i = 0; i < stores; i++) {
        y.append("    - {store: store ").append(i);
        if (r.nextInt(15) > 0) {
          y.append(", encrypted: ").append(r.nextInt(12) > 0);
        }
        if (r.nextInt(15) > 0) {
          y.append(", algorithm: ").append(ALGORITHMS[r.nextInt(ALGORITHMS.length)]);
        }
        if (r.nextInt(10) == 0) {
          y.append(", keyBits: ").append(pick(r, "128", "256"));
        }
        if (r.nextInt(12) == 0) {
          y.append(", mode: ").append(pick(r, "GCM", "CBC", "XTS"));
        }
        y.append("}\n");
      }
    }
    if (r.nextInt(15) > 0) {
      y.append("  inTransit:\n");
      int paths = 2 + r.nextInt(4);
      for (int i = 0; i < paths; i++) {
        y.append("    - channel: path ").append(i).append('\n');
        if (r.nextInt(15) > 0) {
          y.append("      encrypted: ").append(r.nextInt(12) > 0).append('\n');
        }
        if (r.nextInt(12) > 0) {
          y.append("      tlsVersions: [").append(TLS[r.nextInt(2)])
              .append(r.nextInt(6) == 0 ? ", " + TLS[2 + r.nextInt(2)] : "").append("]\n");
        }
        if (r.nextInt(5) > 0) {
          y.append("      keyExchangeGroups: [").append(GROUPS[r.nextInt(GROUPS.length)]).append(", ")
              .append(GROUPS[r.nextInt(3)]).append("]\n");
        }
        if (r.nextInt(5) > 0) {
          y.append("      certificateKeys: [").append(CERTIFICATE_KEYS[r.nextInt(CERTIFICATE_KEYS.length)])
              .append("]\n");
        }
        if (r.nextInt(12) > 0) {
          y.append("      cipherSuites: [").append(SUITES[r.nextInt(SUITES.length)]).append(", ")
              .append(SUITES[r.nextInt(SUITES.length)]).append("]\n");
        }
      }
    }
  }

  private static void timeSync(SplittableRandom r, StringBuilder y) {
    if (absent(r)) {
      return;
    }
    y.append("timeSync:\n");
    claim(r, y, "  ", "synchronised");
    if (r.nextBoolean()) {
      y.append("  source: NTP\n");
    }
    if (r.nextInt(6) > 0) {
      y.append("  logTimeZone: ").append(ZONES[r.nextInt(ZONES.length)]).append('\n');
    }
    claim(r, y, "  ", "singleTimeZoneForLogs");
  }

  private static void credentials(SplittableRandom r, StringBuilder y) {
    if (absent(r)) {
      return;
    }
    y.append("credentials:\n");
    String assigns = pick(r, "true", "true", "true", "false", null);
    if (assigns != null) {
      y.append("  providerAssigns: ").append(assigns).append('\n');
    }
    if (r.nextInt(5) > 0) {
      y.append("  minimumPasswordLength: ").append(6 + r.nextInt(10)).append('\n');
    }
    if (r.nextInt(6) > 0) {
      y.append("  practices:\n");
      for (String c : new String[] {"keptSecret", "noDisclosureOnEnquiry", "strongPasswords", "reportAndChangeOnLeak",
          "notStoredOnDevices"}) {
        claim(r, y, "    ", c);
      }
    }
  }

  private static void vulnerabilityManagement(SplittableRandom r, StringBuilder y) {
    if (absent(r)) {
      return;
    }
    y.append("vulnerabilityManagement:\n");
    claim(r, y, "  ", "informationProvided");
    claim(r, y, "  ", "promptRemediation");
    if (r.nextBoolean()) {
      y.append("  remediationDeadline: ").append(pick(r, "P14D", "P30D", "P90D")).append('\n');
    }
  }

  private static void keyManagement(SplittableRandom r, StringBuilder y) {
    if (absent(r)) {
      return;
    }
    y.append("keyManagement:\n");
    String managed = pick(r, "true", "true", "true", "false", null);
    if (managed != null) {
      y.append("  providerManaged: ").append(managed).append('\n');
    }
    if (r.nextInt(8) > 0) {
      y.append("  lifecycleStagesCovered: [GENERATION, STORAGE, USE").append(r.nextBoolean() ? ", ROTATION" : "")
          .append(r.nextInt(4) > 0 ? ", BACKUP, DESTRUCTION" : "").append("]\n");
    }
    if (r.nextInt(6) > 0) {
      y.append("  moduleValidation: {standard: ").append(pick(r, "FIPS_140_2", "FIPS_140_3", "FIPS_140_3", "JCMVP"))
          .append(", level: ").append(1 + r.nextInt(4));
      if (r.nextInt(5) > 0) {
        y.append(", certificate: \"#").append(1000 + r.nextInt(9000)).append('"');
      }
      y.append("}\n");
    }
    if (r.nextInt(8) > 0) {
      y.append("  keyGenerationAlgorithm: ").append(pick(r, "AES-256", "AES-256", "AES-128", "RSA 3072", "RSA 1024",
          "ECDSA P-256", "DES")).append('\n');
    }
    claim(r, y, "  ", "keysNonExportable");
  }

  private static void disposal(SplittableRandom r, StringBuilder y) {
    if (absent(r)) {
      return;
    }
    y.append("disposal:\n");
    if (r.nextInt(6) > 0) {
      y.append("  dataDeletion:\n");
      claim(r, y, "    ", "deletableAtEndOfUse");
      claim(r, y, "    ", "includesCopies");
      if (r.nextInt(5) > 0) {
        y.append("    methods: [").append(METHODS[r.nextInt(METHODS.length)]);
        if (r.nextBoolean()) {
          y.append(", ").append(METHODS[r.nextInt(METHODS.length)]);
        }
        y.append("]\n");
      }
    }
    if (r.nextInt(6) > 0) {
      y.append("  deviceDisposal:\n");
      claim(r, y, "    ", "secureDisposal");
      if (r.nextBoolean()) {
        y.append("    standard: NIST SP 800-88 Rev. 2\n");
      }
    }
    claim(r, y, "  ", "disposalReport");
    if (r.nextInt(6) > 0) {
      y.append("  specialAccounts:\n");
      String exist = pick(r, "true", "false", "false", null);
      if (exist != null) {
        y.append("    exist: ").append(exist).append('\n');
      }
      if (r.nextBoolean()) {
        y.append("    kinds: [storage account]\n");
      }
      claim(r, y, "    ", "disposableWithCredentials");
    }
  }

  /** A section of claims only. */
  private static void section(SplittableRandom r, StringBuilder y, String name, String... claims) {
    if (absent(r)) {
      return;
    }
    y.append(name).append(":\n");
    for (String c : claims) {
      claim(r, y, "  ", c);
    }
  }

  /** A claim: mostly true, sometimes false or undeclared, sometimes with evidence. */
  private static void claim(SplittableRandom r, StringBuilder y, String indent, String name) {
    int v = r.nextInt(20);
    if (v == 0) {
      return;
    }
    boolean value = v > 2;
    y.append(indent).append(name).append(": ");
    if (r.nextInt(3) == 0) {
      y.append("{value: ").append(value).append(", evidence: [{kind: ")
          .append(pick(r, "CONTRACT_CLAUSE", "DOCUMENT", "ATTESTATION")).append(", reference: 第").append(v)
          .append("条}]}\n");
    } else {
      y.append(value).append('\n');
    }
  }

  private static boolean absent(SplittableRandom r) {
    return r.nextInt(25) == 0;
  }

  private static String pick(SplittableRandom r, String... options) {
    return options[r.nextInt(options.length)];
  }
}
