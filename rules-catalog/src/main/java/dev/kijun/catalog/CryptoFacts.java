package dev.kijun.catalog;

import dev.kijun.catalog.crypto.AlgorithmNames;
import dev.kijun.catalog.crypto.CipherCategory;
import dev.kijun.catalog.crypto.CipherCondition;
import dev.kijun.catalog.crypto.CipherSuiteName;
import dev.kijun.catalog.crypto.CryptrecEntry;
import dev.kijun.catalog.crypto.CryptrecList;
import dev.kijun.catalog.crypto.ParsedAlgorithm;
import dev.kijun.catalog.crypto.StrengthFamily;
import dev.kijun.catalog.crypto.StrengthTable;
import dev.kijun.catalog.crypto.Term;
import dev.kijun.catalog.facts.CipherComponent;
import dev.kijun.catalog.facts.CipherProblem;
import dev.kijun.catalog.facts.CipherRole;
import dev.kijun.catalog.facts.EncryptionPath;
import dev.kijun.catalog.facts.Flow;
import dev.kijun.catalog.facts.ProblemKind;
import dev.kijun.catalog.facts.TlsProtocol;
import dev.kijun.catalog.facts.TlsSuite;
import dev.kijun.criteria.CatalogException;
import dev.kijun.model.KeyManagement;
import dev.kijun.model.ServiceProfile;
import dev.kijun.model.StoreEncryption;
import dev.kijun.model.TransitEncryption;
import dev.kijun.rules.FactProvider;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Matches every algorithm a profile declares, at rest, in transit and for key generation, to its row of the
 * CRYPTREC data, with its key length, security strength and the period that strength is usable
 * ({@link CipherComponent}); what cannot be matched becomes a {@link CipherProblem}. The rules then judge these
 * facts against the city's parameters, the evaluation date and the service's end. Stateless and thread-safe.
 */
final class CryptoFacts implements FactProvider {
  private static final Set<String> ENFORCED = Set.of(CipherCondition.XTS_STORAGE_ONLY, CipherCondition.XTS_128_BIT_BLOCK);
  static final String KEY_GENERATION_POINTER = "/keyManagement/keyGenerationAlgorithm";

  private final AlgorithmNames names;
  private final StrengthTable strength;

  CryptoFacts(CryptrecList cryptrec) {
    this.names = cryptrec.names();
    this.strength = cryptrec.strength();
    for (CipherCondition c : cryptrec.conditions().values()) {
      if (c.enforced() && !ENFORCED.contains(c.code())) {
        throw new CatalogException("condition " + c.code() + " is marked enforced, but Kijun has no check for it;"
            + " mark it advisory or add the check");
      }
    }
  }

  /** What a declaration is for, which decides how a bare family name such as RSA is read. */
  private enum Use { STORE, KEY, CERTIFICATE, GROUP, SUITE }

  /** The key kinds a path's groups or certificates provide, and suites need. */
  private enum KeyKind { EC, FFC, RSA, DSA, ANY }

  @Override
  public void contribute(ServiceProfile profile, Consumer<Object> facts) {
    if (profile.encryption() != null) {
      List<StoreEncryption> stores = profile.encryption().atRest();
      if (stores != null) {
        for (int i = 0; i < stores.size(); i++) {
          store("/encryption/atRest/" + i, stores.get(i), facts);
        }
      }
      List<TransitEncryption> paths = profile.encryption().inTransit();
      if (paths != null) {
        for (int i = 0; i < paths.size(); i++) {
          path("/encryption/inTransit/" + i, paths.get(i), facts);
        }
      }
    }
    KeyManagement km = profile.keyManagement();
    if (km != null && !Boolean.FALSE.equals(km.providerManaged()) && !blank(km.keyGenerationAlgorithm())) {
      Declaration d = new Declaration(Flow.KEY_GENERATION, Use.KEY, KEY_GENERATION_POINTER, "keyManagement",
          km.keyGenerationAlgorithm());
      judge(d, names.parse(km.keyGenerationAlgorithm()), null, null, facts);
    }
  }

  // ---- at rest ----

  private void store(String base, StoreEncryption s, Consumer<Object> facts) {
    String where = blank(s.store()) ? base : s.store();
    boolean declared = !blank(s.algorithm());
    facts.accept(new EncryptionPath(base, Flow.AT_REST, where, s.encrypted(), declared, true, true));
    if (!declared || s.encrypted() != null && !s.encrypted().value()) {
      return;
    }
    StringBuilder text = new StringBuilder(s.algorithm().strip());
    if (s.keyBits() != null) {
      text.append(", keyBits: ").append(s.keyBits());
    }
    if (!blank(s.mode())) {
      text.append(", mode: ").append(s.mode().strip());
    }
    Declaration d = new Declaration(Flow.AT_REST, Use.STORE, base + "/algorithm", where, text.toString());
    Term fieldMode = null;
    if (!blank(s.mode())) {
      ParsedAlgorithm m = names.parse(s.mode());
      if (!m.understood() || m.terms().size() != 1 || !isMode(m.terms().get(0))) {
        facts.accept(problem(d, base + "/mode", ProblemKind.UNRECOGNISED, s.mode().strip(),
            names.closeNames(s.mode())));
        return;
      }
      fieldMode = m.terms().get(0);
    }
    judge(d, names.parse(s.algorithm()), s.keyBits(), fieldMode, facts, base);
  }

  // ---- in transit ----

  private void path(String base, TransitEncryption t, Consumer<Object> facts) {
    String where = blank(t.channel()) ? base : t.channel();
    boolean versions = t.tlsVersions() != null && !t.tlsVersions().isEmpty();
    boolean suites = t.cipherSuites() != null && !t.cipherSuites().isEmpty();
    facts.accept(new EncryptionPath(base, Flow.IN_TRANSIT, where, t.encrypted(), true, versions, suites));
    if (t.encrypted() != null && !t.encrypted().value()) {
      return;
    }
    if (versions) {
      for (int k = 0; k < t.tlsVersions().size(); k++) {
        facts.accept(new TlsProtocol(base + "/tlsVersions/" + k, where, t.tlsVersions().get(k)));
      }
    }
    Set<KeyKind> groupKinds = EnumSet.noneOf(KeyKind.class);
    List<String> groups = t.keyExchangeGroups() == null ? List.of() : t.keyExchangeGroups();
    for (int k = 0; k < groups.size(); k++) {
      Declaration d = new Declaration(Flow.IN_TRANSIT, Use.GROUP, base + "/keyExchangeGroups/" + k, where,
          groups.get(k));
      groupKinds.addAll(judge(d, names.parse(groups.get(k)), null, null, facts));
    }
    Set<KeyKind> certKinds = EnumSet.noneOf(KeyKind.class);
    List<String> certs = t.certificateKeys() == null ? List.of() : t.certificateKeys();
    for (int k = 0; k < certs.size(); k++) {
      Declaration d = new Declaration(Flow.IN_TRANSIT, Use.CERTIFICATE, base + "/certificateKeys/" + k, where,
          certs.get(k));
      certKinds.addAll(judge(d, names.parse(certs.get(k)), null, null, facts));
    }
    Map<KeyKind, String> groupsNeeded = new LinkedHashMap<>();
    Map<KeyKind, String> certsNeeded = new LinkedHashMap<>();
    List<String> offered = suites ? t.cipherSuites() : List.of();
    for (int k = 0; k < offered.size(); k++) {
      suite(base + "/cipherSuites/" + k, where, offered.get(k), groupKinds, certKinds, groupsNeeded, certsNeeded,
          facts);
    }
    groupsNeeded.forEach((kind, suite) -> facts.accept(new CipherProblem(base + "/keyExchangeGroups",
        Flow.IN_TRANSIT, where, suite, ProblemKind.NEEDS_GROUPS, need(kind, true), List.of())));
    certsNeeded.forEach((kind, suite) -> facts.accept(new CipherProblem(base + "/certificateKeys",
        Flow.IN_TRANSIT, where, suite, ProblemKind.NEEDS_CERTIFICATE_KEY, need(kind, false), List.of())));
  }

  private void suite(String pointer, String where, String text, Set<KeyKind> groupKinds, Set<KeyKind> certKinds,
      Map<KeyKind, String> groupsNeeded, Map<KeyKind, String> certsNeeded, Consumer<Object> facts) {
    CipherSuiteName s = names.parseSuite(text);
    facts.accept(new TlsSuite(pointer, where, text, s.understood(), s.tls13(), s.aead(), s.forwardSecret()));
    Declaration d = new Declaration(Flow.IN_TRANSIT, Use.SUITE, pointer, where, text);
    if (!s.understood()) {
      for (String word : s.unknownWords()) {
        facts.accept(problem(d, pointer, ProblemKind.UNRECOGNISED, word, names.closeNames(word)));
      }
      return;
    }
    KeyKind groupNeed = null;
    KeyKind certNeed = null;
    if (s.tls13()) {
      groupNeed = KeyKind.ANY;
      certNeed = KeyKind.ANY;
    }
    if (s.keyExchange() != null) {
      String kx = s.keyExchange().name();
      groupNeed = kx.equals("ECDH") ? KeyKind.EC : kx.equals("DH") ? KeyKind.FFC : groupNeed;
      certNeed = kx.equals("RSAES-PKCS1-v1_5") ? KeyKind.RSA : certNeed;
      facts.accept(component(d, CipherRole.KEY_EXCHANGE, entry(kx), s.keyExchange().surface().toUpperCase(Locale.ROOT),
          null, null));
    }
    if (s.authentication() != null) {
      String auth = s.authentication().name();
      certNeed = switch (auth) {
        case "RSASSA-PKCS1-v1_5" -> KeyKind.RSA;
        case "ECDSA" -> KeyKind.EC;
        case "DSA" -> KeyKind.DSA;
        default -> certNeed;
      };
      facts.accept(component(d, CipherRole.AUTHENTICATION, entry(auth), auth, null, null));
    }
    if (groupNeed != null && !provides(groupKinds, groupNeed)) {
      groupsNeeded.putIfAbsent(groupNeed, text);
    }
    if (certNeed != null && !provides(certKinds, certNeed)) {
      certsNeeded.putIfAbsent(certNeed, text);
    }
    CryptrecEntry cipher = entry(s.cipher().name());
    if (cipher.strengthFamily() == StrengthFamily.SYMMETRIC) {
      Integer bits = s.cipher().bits() != null ? s.cipher().bits() : cipher.impliedKeyBits();
      if (bits == null) {
        facts.accept(problem(d, pointer, ProblemKind.KEY_SIZE_MISSING, cipher.algorithm(), List.of()));
      } else {
        facts.accept(keyed(d, CipherRole.ENCRYPTION, cipher, cipher.algorithm(), normaliseBits(cipher, bits, false),
            null));
      }
    } else {
      facts.accept(component(d, CipherRole.ENCRYPTION, cipher, cipher.algorithm(), null, null));
    }
    if (s.mode() != null) {
      facts.accept(modeComponent(d, entry(s.mode().name()), cipher));
    }
    if (s.hash() != null) {
      if (s.hmac()) {
        facts.accept(component(d, CipherRole.MAC, entry("HMAC"), "HMAC", null, null));
      }
      CryptrecEntry hash = entry(s.hash().name());
      facts.accept(component(d, s.hmac() ? CipherRole.MAC : CipherRole.HASH, hash, hash.algorithm(), null, null));
    }
  }

  private static boolean provides(Set<KeyKind> kinds, KeyKind need) {
    return need == KeyKind.ANY ? !kinds.isEmpty() : kinds.contains(need);
  }

  private static String need(KeyKind kind, boolean group) {
    return switch (kind) {
      case EC -> group ? "ECDHE" : "ECDSA";
      case FFC -> "DHE";
      case RSA -> "RSA";
      case DSA -> "DSA";
      case ANY -> "TLS 1.3";
    };
  }

  // ---- one declaration ----

  /** A declaration being judged: where it is, and how to report it. */
  private record Declaration(Flow flow, Use use, String pointer, String where, String text) {}

  private Set<KeyKind> judge(Declaration d, ParsedAlgorithm p, Integer keyBitsField, Term fieldMode,
      Consumer<Object> facts) {
    return judge(d, p, keyBitsField, fieldMode, facts, null);
  }

  /**
   * Judges one declaration: emits its components and problems, and returns the key kinds it provides (for groups
   * and certificate keys). {@code base} is the store's pointer, for the keyBits and mode fields at rest.
   */
  private Set<KeyKind> judge(Declaration d, ParsedAlgorithm p, Integer keyBitsField, Term fieldMode,
      Consumer<Object> facts, String base) {
    Set<KeyKind> kinds = EnumSet.noneOf(KeyKind.class);
    if (!p.understood()) {
      for (String word : p.unknownWords()) {
        facts.accept(problem(d, d.pointer(), ProblemKind.UNRECOGNISED, word, names.closeNames(word)));
      }
      return kinds;
    }
    List<Term> terms = new ArrayList<>(p.terms());
    Optional<Term> namedCurve = terms.stream().filter(t -> t.kind() == Term.Kind.NAMED).findFirst();
    Term nameMode = terms.stream().filter(this::isMode).findFirst().orElse(null);
    if (nameMode != null && fieldMode != null && !nameMode.name().equals(fieldMode.name())) {
      facts.accept(problem(d, base + "/mode", ProblemKind.CONTRADICTION, nameMode.name() + " / " + fieldMode.name(),
          List.of()));
      return kinds;
    }
    Term mode = nameMode != null ? nameMode : fieldMode;
    List<Resolved> resolved = new ArrayList<>();
    boolean ambiguous = false;
    for (Term t : terms) {
      if (isMode(t)) {
        continue;
      }
      Resolved r = resolve(d, t, terms, namedCurve.orElse(null), facts);
      if (r == null) {
        ambiguous = true;
        continue;
      }
      if (r.entry() != null) {
        resolved.add(r);
      }
    }
    if (ambiguous) {
      return kinds;
    }
    CryptrecEntry cipher = resolved.stream().map(Resolved::entry).filter(e -> e.category().encrypts()).findFirst()
        .orElse(null);
    Resolved sized = resolved.stream().filter(r -> r.entry().category().encrypts()).findFirst()
        .orElse(resolved.stream().filter(r -> r.entry().strengthFamily().needsKeySize()).findFirst().orElse(null));
    boolean standaloneHash = resolved.stream().allMatch(r -> r.entry().category() == CipherCategory.HASH);
    List<Object> out = new ArrayList<>();
    for (Resolved r : resolved) {
      Integer fieldBits = r == sized ? keyBitsField : null;
      Integer bits = r.bits();
      if (bits != null && fieldBits != null && !bits.equals(normaliseBits(r.entry(), fieldBits, isXts(mode)))) {
        facts.accept(problem(d, base + "/keyBits", ProblemKind.CONTRADICTION, bits + " / " + fieldBits, List.of()));
        return kinds;
      }
      if (bits == null && fieldBits != null) {
        bits = normaliseBits(r.entry(), fieldBits, isXts(mode));
      }
      Object judged = sizedComponent(d, r, bits, standaloneHash, base);
      if (judged instanceof CipherProblem) {
        facts.accept(judged);
        return kinds;
      }
      out.add(judged);
      kinds.add(kindOf(r.entry()));
    }
    if (d.use() == Use.STORE) {
      if (cipher == null) {
        facts.accept(problem(d, d.pointer(), ProblemKind.NO_CIPHER, d.text(), List.of()));
        return kinds;
      }
      if (cipher.category().blockCipher() && mode == null) {
        facts.accept(problem(d, base + "/mode", ProblemKind.MODE_MISSING, cipher.algorithm(), List.of()));
        return kinds;
      }
    } else if (resolved.isEmpty()) {
      facts.accept(problem(d, d.pointer(), ProblemKind.NO_CIPHER, d.text(), List.of()));
      return kinds;
    }
    out.forEach(facts);
    if (mode != null) {
      facts.accept(modeComponent(d, entry(mode.name()), cipher));
    }
    return kinds;
  }

  /** A term read for its use: which row it is, with its key length or curve. */
  private record Resolved(CryptrecEntry entry, Integer bits, StrengthTable.NamedParameters named, String label) {
    Resolved(CryptrecEntry entry, Integer bits, StrengthTable.NamedParameters named) {
      this(entry, bits, named, entry == null ? null : entry.algorithm());
    }
  }

  /**
   * Reads a term for the declaration's use; null when it is ambiguous (the problem is emitted), a Resolved without
   * an entry when it only qualifies another term (a curve).
   */
  private Resolved resolve(Declaration d, Term t, List<Term> terms, Term curve, Consumer<Object> facts) {
    Optional<StrengthTable.NamedParameters> named = curve == null ? Optional.empty() : strength.named(curve.name());
    if (t.kind() == Term.Kind.ROW) {
      CryptrecEntry e = entry(t.name());
      if (e.strengthFamily() == StrengthFamily.ECC || e.strengthFamily() == StrengthFamily.FFC) {
        StrengthTable.NamedParameters n = named.filter(p -> p.family() == e.strengthFamily()).orElse(null);
        return new Resolved(e, t.bits(), n);
      }
      return new Resolved(e, t.bits(), null);
    }
    if (t.kind() == Term.Kind.NAMED) {
      boolean qualifies = terms.stream().anyMatch(o -> o != t && (o.isFamily(Term.EC) || o.kind() == Term.Kind.ROW
          && entry(o.name()).strengthFamily() == strength.named(t.name()).map(StrengthTable.NamedParameters::family)
          .orElse(null)));
      if (qualifies) {
        return new Resolved(null, null, null);
      }
      StrengthTable.NamedParameters n = strength.named(t.name()).orElseThrow();
      return switch (n.family()) {
        case ECC -> d.use() == Use.STORE ? new Resolved(null, null, null)
            : new Resolved(entry(ecAlgorithm(d.use(), n.name())), n.bits(), n);
        case FFC -> new Resolved(entry("DH"), n.bits(), n);
        default -> new Resolved(null, null, null);
      };
    }
    switch (t.name()) {
      case Term.RSA -> {
        return switch (d.use()) {
          case KEY -> new Resolved(entry("RSA-PSS"), t.bits(), null, "RSA");
          case CERTIFICATE, SUITE -> new Resolved(entry("RSASSA-PKCS1-v1_5"), t.bits(), null, "RSA");
          case STORE -> ambiguous(d, facts, "RSA-OAEP, RSAES-PKCS1-v1_5");
          case GROUP -> new Resolved(null, null, null);
        };
      }
      case Term.EC -> {
        if (d.use() == Use.STORE) {
          return new Resolved(null, null, null);
        }
        String algorithm = curve == null ? (d.use() == Use.GROUP ? "ECDH" : "ECDSA")
            : ecAlgorithm(d.use(), curve.name());
        return new Resolved(entry(algorithm), t.bits(), named.orElse(null));
      }
      case Term.SHA, Term.SHA_2 -> {
        return ambiguous(d, facts, "SHA-256, SHA-384, SHA-512");
      }
      case Term.SHA_3 -> {
        return ambiguous(d, facts, "SHA3-256, SHA3-384, SHA3-512");
      }
      default -> {
        return ambiguous(d, facts, "ChaCha20-Poly1305");
      }
    }
  }

  private static Resolved ambiguous(Declaration d, Consumer<Object> facts, String choices) {
    facts.accept(problem(d, d.pointer(), ProblemKind.AMBIGUOUS, choices, List.of()));
    return null;
  }

  private static String ecAlgorithm(Use use, String curve) {
    if (curve.startsWith("Ed")) {
      return "EdDSA";
    }
    if (use == Use.GROUP || curve.startsWith("X")) {
      return "ECDH";
    }
    return "ECDSA";
  }

  /** The component of a resolved term with its key length, or the problem that its key length is not known. */
  private Object sizedComponent(Declaration d, Resolved r, Integer bits, boolean standaloneHash, String base) {
    CryptrecEntry e = r.entry();
    CipherRole role = role(d, e);
    switch (e.strengthFamily()) {
      case SYMMETRIC -> {
        Integer b = bits != null ? bits : e.impliedKeyBits();
        if (b == null) {
          return problem(d, base != null ? base + "/keyBits" : d.pointer(), ProblemKind.KEY_SIZE_MISSING,
              e.algorithm(), e.keyBits().stream().map(String::valueOf).toList());
        }
        return keyed(d, role, e, r.label(), b, null);
      }
      case IFC, FFC, ECC -> {
        if (r.named() != null) {
          return keyed(d, role, e, r.label(), r.named().bits(), r.named());
        }
        if (bits == null) {
          return problem(d, base != null ? base + "/keyBits" : d.pointer(), ProblemKind.KEY_SIZE_MISSING,
              e.algorithm(), List.of());
        }
        return keyed(d, role, e, r.label(), bits, null);
      }
      case HASH, KEM -> {
        Optional<StrengthTable.NamedParameters> n = strength.named(e.algorithm());
        if (e.strengthFamily() == StrengthFamily.HASH && !standaloneHash || n.isEmpty()) {
          return component(d, role, e, e.algorithm(), null, null);
        }
        return withStrength(d, role, e, e.algorithm(), null, n.get().strength(), null);
      }
      default -> {
        return component(d, role, e, e.algorithm(), null, null);
      }
    }
  }

  private CipherComponent keyed(Declaration d, CipherRole role, CryptrecEntry e, String name, int bits,
      StrengthTable.NamedParameters named) {
    int s = named != null ? named.strength()
        : strength.strengthOf(e.strengthFamily(), e.algorithm(), bits).orElseThrow(() -> new CatalogException(
            "the strength data has no thresholds for " + e.strengthFamily() + " (" + e.algorithm() + ")"));
    String label = name + " (" + (named != null ? named.name() : String.valueOf(bits)) + ")";
    return withStrength(d, role, e, label, bits, s, named);
  }

  private CipherComponent withStrength(Declaration d, CipherRole role, CryptrecEntry e, String label, Integer bits,
      int s, StrengthTable.NamedParameters named) {
    StrengthTable.Period period = strength.periodOf(s).orElse(null);
    return new CipherComponent(d.pointer(), d.flow(), d.where(), d.text(), role, label, e, bits, s,
        strength.minimumStrength(), period, strength.document(), named, unmet(d, e, null));
  }

  private CipherComponent component(Declaration d, CipherRole role, CryptrecEntry e, String label, Integer bits,
      CryptrecEntry cipher) {
    return new CipherComponent(d.pointer(), d.flow(), d.where(), d.text(), role, label, e, bits, null,
        strength.minimumStrength(), null, strength.document(), null, unmet(d, e, cipher));
  }

  private CipherComponent modeComponent(Declaration d, CryptrecEntry mode, CryptrecEntry cipher) {
    return component(d, CipherRole.MODE, mode, mode.algorithm(), null, cipher);
  }

  private List<CipherCondition> unmet(Declaration d, CryptrecEntry e, CryptrecEntry cipher) {
    List<CipherCondition> out = new ArrayList<>();
    for (CipherCondition c : e.conditions()) {
      boolean broken = switch (c.code()) {
        case CipherCondition.XTS_STORAGE_ONLY -> d.flow() != Flow.AT_REST;
        case CipherCondition.XTS_128_BIT_BLOCK -> cipher == null || !Integer.valueOf(128).equals(cipher.blockBits());
        default -> false;
      };
      if (broken) {
        out.add(c);
      }
    }
    return out;
  }

  private static CipherRole role(Declaration d, CryptrecEntry e) {
    if (d.use() == Use.KEY) {
      return CipherRole.KEY;
    }
    if (d.use() == Use.GROUP) {
      return CipherRole.KEY_EXCHANGE;
    }
    if (d.use() == Use.CERTIFICATE) {
      return CipherRole.AUTHENTICATION;
    }
    // Use.STORE, and Use.SUITE whose components are made with their roles in suite(): by the row's category.
    return switch (e.category()) {
      case MODE_CONFIDENTIALITY, MODE_AUTHENTICATED -> CipherRole.MODE;
      case KEY_EXCHANGE -> CipherRole.KEY_EXCHANGE;
      case SIGNATURE, ENTITY_AUTHENTICATION -> CipherRole.AUTHENTICATION;
      case MAC -> CipherRole.MAC;
      case HASH -> CipherRole.HASH;
      default -> CipherRole.ENCRYPTION;
    };
  }

  private static KeyKind kindOf(CryptrecEntry e) {
    return switch (e.strengthFamily()) {
      case ECC -> KeyKind.EC;
      case FFC -> e.algorithm().equals("DSA") ? KeyKind.DSA : KeyKind.FFC;
      case IFC -> KeyKind.RSA;
      default -> KeyKind.ANY;
    };
  }

  /**
   * A declared key length as the row counts it: a Triple DES key written as 192 bits (24 bytes with parity) is the
   * 168-bit 3-key form; an XTS key of 512 bits is two 256-bit AES keys.
   */
  private static int normaliseBits(CryptrecEntry e, int bits, boolean xts) {
    if (e.algorithm().equals("Triple DES") && bits == 192) {
      return 168;
    }
    if (xts && bits == 512 && e.category() == CipherCategory.BLOCK_CIPHER_128) {
      return 256;
    }
    return bits;
  }

  private boolean isMode(Term t) {
    return t.kind() == Term.Kind.ROW && entry(t.name()).category().mode();
  }

  private static boolean isXts(Term mode) {
    return mode != null && mode.isRow("XTS");
  }

  private CryptrecEntry entry(String algorithm) {
    return names.entry(algorithm).orElseThrow(() -> new CatalogException("the CRYPTREC data has no row " + algorithm));
  }

  private static CipherProblem problem(Declaration d, String missingFact, ProblemKind kind, String detail,
      List<String> suggestions) {
    return new CipherProblem(missingFact, d.flow(), d.where(), d.text(), kind, detail, suggestions);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
