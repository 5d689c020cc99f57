package dev.kijun.catalog.crypto;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Reads algorithm and cipher-suite names the many ways vendors write them: JCA names ({@code AES/GCM/NoPadding},
 * {@code SHA256withRSA}), OpenSSL names ({@code aes-256-gcm}, {@code ECDHE-RSA-AES128-GCM-SHA256}), IANA TLS names
 * ({@code TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384}), prose ({@code AES-256 (GCM)}, {@code RSA 2048bit},
 * {@code AES 256ビット}), full-width characters and Japanese spacing.
 *
 * <p>The vocabulary comes from the data: every row's name and aliases in the CRYPTREC data and every named curve or
 * group of the strength data, plus a few structural words (bit, key, padding, モード, …). A text is normalised (NFKC,
 * dashes, lower case), its separators are dropped, and it is split into the fewest known words; a word between
 * separators that cannot be split into known words is reported as unknown, never guessed. Immutable and thread-safe.
 */
public final class AlgorithmNames {
  private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]");
  private static final Pattern LONG_VOWEL_AS_DASH = Pattern.compile("(?<=[a-z0-9])\\u30FC(?=[a-z0-9])");
  private static final Pattern SHA512_TRUNCATED = Pattern.compile("sha[\\s_-]*512\\s*/\\s*(224|256)");
  private static final Pattern VERSION_1_5 = Pattern.compile("v1[._]5");
  private static final String SEPARATORS = " \t\n\r-_/.,;:()[]{}'\"#+*&|!?<>=、。・「」『』【】〔〕〈〉《》";
  private static final int UNKNOWN_COST = 1000;

  private enum Kind { ROW, NAMED, FAMILY, OAEP, PSS, PKCS1, WITH, BITS, STOP }

  private record Word(Kind kind, String name) {}

  private static final Map<String, Word> STRUCTURE = structure();

  private final Map<String, Word> vocabulary;
  private final int longestKey;
  private final Map<String, CryptrecEntry> rows;
  private final StrengthTable strength;
  private final Map<String, String> displayNames;
  /**
   * Declarations read before, and what they were read as: the same few names recur in every profile, and reading one
   * tries every substring against the vocabulary. The results are immutable; the memo is bounded in entries and in
   * the length of what it keeps.
   */
  private final Map<String, ParsedAlgorithm> parsed = new ConcurrentHashMap<>();
  private final Map<String, CipherSuiteName> parsedSuites = new ConcurrentHashMap<>();
  private static final int MEMO_ENTRIES = 4096;
  private static final int MEMO_LENGTH = 200;

  AlgorithmNames(List<CryptrecEntry> entries, StrengthTable strength) {
    this.strength = strength;
    Map<String, Word> vocab = new HashMap<>(STRUCTURE);
    Map<String, CryptrecEntry> byName = new LinkedHashMap<>();
    Map<String, String> display = new LinkedHashMap<>();
    for (StrengthTable.NamedParameters p : strength.namedParameters()) {
      for (String spelling : withAliases(p.name(), p.aliases())) {
        vocab.put(key(spelling), new Word(Kind.NAMED, p.name()));
        display.putIfAbsent(key(spelling), p.name());
      }
    }
    for (CryptrecEntry e : entries) {
      byName.put(e.algorithm(), e);
      for (String spelling : withAliases(e.algorithm(), e.aliases())) {
        String k = key(spelling);
        if (k.isEmpty()) {
          continue;
        }
        vocab.put(k, new Word(Kind.ROW, e.algorithm()));
        display.put(k, e.algorithm());
      }
    }
    for (Map.Entry<String, Word> s : STRUCTURE.entrySet()) {
      if (s.getValue().kind() == Kind.FAMILY) {
        display.putIfAbsent(s.getKey(), s.getValue().name());
      }
    }
    this.vocabulary = Map.copyOf(vocab);
    this.longestKey = vocab.keySet().stream().mapToInt(String::length).max().orElse(1);
    this.rows = Map.copyOf(byName);
    this.displayNames = Map.copyOf(display);
  }

  /**
   * Normalises a text for reading: Unicode NFKC (full-width letters, digits and the ideographic space become ASCII),
   * every kind of dash becomes {@code -}, lower case, {@code SHA-512/256} kept as one name, {@code v1.5} as
   * {@code v15}.
   */
  public static String normalise(String text) {
    if (text == null) {
      return "";
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
    s = DASHES.matcher(s).replaceAll("-");
    s = s.toLowerCase(Locale.ROOT);
    s = LONG_VOWEL_AS_DASH.matcher(s).replaceAll("-");
    s = SHA512_TRUNCATED.matcher(s).replaceAll("sha512t$1");
    s = VERSION_1_5.matcher(s).replaceAll("v15");
    return s.strip().replaceAll("\\s+", " ");
  }

  /** Reads an algorithm declaration, e.g. {@code AES-256-GCM}, {@code RSA/ECB/OAEPWithSHA-256AndMGF1Padding}. */
  public ParsedAlgorithm parse(String text) {
    return memo(parsed, text, this::read);
  }

  private ParsedAlgorithm read(String text) {
    String normalised = normalise(text);
    List<Token> tokens = tokens(normalised);
    return interpret(text, normalised, tokens);
  }

  /**
   * Decomposes a TLS cipher suite: key exchange, authentication, cipher and key length, mode, and MAC or PRF hash.
   * A name that is not a cipher suite (e.g. {@code AES-256-GCM}) comes back with unknown words.
   */
  public CipherSuiteName parseSuite(String text) {
    return memo(parsedSuites, text, this::readSuite);
  }

  private static <T> T memo(Map<String, T> memo, String text, java.util.function.Function<String, T> read) {
    if (text == null || text.length() > MEMO_LENGTH) {
      return read.apply(text);
    }
    T known = memo.get(text);
    if (known == null) {
      known = read.apply(text);
      if (memo.size() < MEMO_ENTRIES) {
        memo.putIfAbsent(text, known);
      }
    }
    return known;
  }

  private CipherSuiteName readSuite(String text) {
    String upper = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).strip()
        .toUpperCase(Locale.ROOT);
    boolean iana = upper.startsWith("TLS_") || upper.startsWith("SSL_");
    String body = iana ? upper.substring(4) : upper;
    boolean with = body.contains("_WITH_");
    body = body.replace("_WITH_", " ");
    body = body.replaceFirst("^ADH-", "DH-ANON-").replaceFirst("^AECDH-", "ECDH-ANON-");
    String normalised = normalise(body);
    List<Token> tokens = tokens(normalised);
    ParsedAlgorithm parsed = interpret(text, normalised, tokens);
    List<String> unknown = new ArrayList<>(parsed.unknownWords());
    Term kx = null;
    Term auth = null;
    Term cipher = null;
    Term mode = null;
    Term hash = null;
    boolean ephemeral = false;
    for (Term t : parsed.terms()) {
      CryptrecEntry e = t.kind() == Term.Kind.ROW ? rows.get(t.name()) : null;
      if (cipher == null && (e != null && (e.category().encrypts() || e.algorithm().equals("NULL")))) {
        cipher = t;
      } else if (cipher == null && t.isFamily(Term.RSA)) {
        if (kx == null) {
          kx = row("RSAES-PKCS1-v1_5", t.surface(), null);
        } else {
          auth = row("RSASSA-PKCS1-v1_5", t.surface(), null);
        }
      } else if (cipher == null && e != null && e.category() == CipherCategory.KEY_EXCHANGE) {
        kx = t;
        ephemeral = t.surface().equals("ecdhe") || t.surface().equals("dhe") || t.surface().equals("edh");
      } else if (cipher == null && e != null && (e.category() == CipherCategory.SIGNATURE
          || e.algorithm().equals("anonymous"))) {
        auth = t;
      } else if (cipher == null && e != null && e.algorithm().equals("PSK")) {
        if (kx == null) {
          kx = t;
        } else {
          auth = t;
        }
      } else if (cipher != null && mode == null && e != null && e.category().mode()) {
        mode = t;
      } else if (e != null && e.category() == CipherCategory.HASH || t.isFamily(Term.SHA)) {
        hash = t.isFamily(Term.SHA) ? row("SHA-1", t.surface(), null) : t;
      } else {
        unknown.add(t.surface());
      }
    }
    boolean tls13 = iana && !with && kx == null && auth == null;
    if (cipher == null && unknown.isEmpty() && hash != null) {
      cipher = row("NULL", "null", null);
    }
    if (cipher == null && unknown.isEmpty()) {
      unknown.add(normalised);
    }
    if (!iana && kx == null && auth == null && unknown.isEmpty()) {
      if (hash == null && !isRow(cipher, "ChaCha20-Poly1305") && !(mode != null && isRow(mode, "CCM"))) {
        unknown.add(normalised);
      } else {
        kx = row("RSAES-PKCS1-v1_5", "rsa", null);
      }
    }
    if (tls13) {
      ephemeral = true;
    }
    if (cipher != null && mode == null && !iana && rows.containsKey(cipher.name())
        && rows.get(cipher.name()).category().blockCipher()) {
      mode = row("CBC", "cbc", null);
    }
    boolean aead = isRow(cipher, "ChaCha20-Poly1305") || isRow(mode, "GCM") || isRow(mode, "CCM");
    return new CipherSuiteName(text, tls13, kx, ephemeral, auth, cipher, mode, hash, !aead && hash != null, aead,
        unknown);
  }

  /**
   * Known names close to an unknown word (edit distance, or a shared beginning), best first, at most five: for
   * messages that help a vendor fix a declaration.
   */
  public List<String> closeNames(String word) {
    String k = key(word);
    if (k.isEmpty()) {
      return List.of();
    }
    int limit = k.length() <= 4 ? 1 : k.length() <= 8 ? 2 : 3;
    record Candidate(String name, int distance) {}
    Map<String, Integer> best = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : displayNames.entrySet()) {
      String known = e.getKey();
      int d = distance(k, known);
      boolean prefix = known.length() >= 3 && k.length() >= 3 && (known.startsWith(k) || k.startsWith(known));
      if (d <= limit || prefix) {
        int score = prefix ? Math.min(d, limit) : d;
        best.merge(e.getValue(), score, Math::min);
      }
    }
    return best.entrySet().stream().map(e -> new Candidate(e.getKey(), e.getValue()))
        .sorted(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::name))
        .limit(5).map(Candidate::name).toList();
  }

  /** The row of an algorithm by the name the data gives it. */
  public Optional<CryptrecEntry> entry(String algorithm) {
    return Optional.ofNullable(rows.get(algorithm));
  }

  // ---- tokens ----

  private record Token(Word word, Integer number, String unknown, String surface) {
    boolean is(Kind kind) {
      return word != null && word.kind() == kind;
    }
  }

  private List<Token> tokens(String normalised) {
    StringBuilder compact = new StringBuilder();
    List<Boolean> boundary = new ArrayList<>();
    boolean pending = true;
    for (int i = 0; i < normalised.length(); i++) {
      char ch = normalised.charAt(i);
      if (SEPARATORS.indexOf(ch) >= 0 || Character.isWhitespace(ch)) {
        pending = true;
        continue;
      }
      compact.append(ch);
      boundary.add(pending);
      pending = false;
    }
    int n = compact.length();
    boundary.add(true);
    String c = compact.toString();
    int[] cost = new int[n + 1];
    int[] next = new int[n + 1];
    Token[] choice = new Token[n + 1];
    cost[n] = 0;
    for (int i = n - 1; i >= 0; i--) {
      cost[i] = Integer.MAX_VALUE;
      for (int len = Math.min(longestKey, n - i); len >= 1; len--) {
        int j = i + len;
        Word w = vocabulary.get(c.substring(i, j));
        if (w == null || !canEnd(c, boundary, j) || !canStart(c, boundary, i) || cost[j] == Integer.MAX_VALUE) {
          continue;
        }
        if (1 + cost[j] < cost[i]) {
          cost[i] = 1 + cost[j];
          next[i] = j;
          choice[i] = new Token(w, null, null, c.substring(i, j));
        }
      }
      if (Character.isDigit(c.charAt(i)) && canStart(c, boundary, i)) {
        int j = i;
        while (j < n && Character.isDigit(c.charAt(j)) && (j == i || !boundary.get(j))) {
          j++;
        }
        if (cost[j] != Integer.MAX_VALUE && 1 + cost[j] < cost[i] && j - i <= 6) {
          cost[i] = 1 + cost[j];
          next[i] = j;
          choice[i] = new Token(null, Integer.parseInt(c.substring(i, j)), null, c.substring(i, j));
        }
      }
      if (boundary.get(i)) {
        int j = i + 1;
        while (j < n && !boundary.get(j)) {
          j++;
        }
        if (cost[j] != Integer.MAX_VALUE && UNKNOWN_COST + cost[j] < cost[i]) {
          cost[i] = UNKNOWN_COST + cost[j];
          next[i] = j;
          choice[i] = new Token(null, null, c.substring(i, j), c.substring(i, j));
        }
      }
    }
    List<Token> out = new ArrayList<>();
    for (int i = 0; i < n; i = next[i]) {
      out.add(choice[i]);
    }
    return out;
  }

  /** A known word may end where a separator is, or where letters meet digits; never between two digits. */
  private static boolean canEnd(String c, List<Boolean> boundary, int j) {
    return j == c.length() || boundary.get(j) || !(Character.isDigit(c.charAt(j - 1)) && Character.isDigit(c.charAt(j)));
  }

  private static boolean canStart(String c, List<Boolean> boundary, int i) {
    return i == 0 || boundary.get(i) || !(Character.isDigit(c.charAt(i - 1)) && Character.isDigit(c.charAt(i)));
  }

  // ---- interpretation ----

  private ParsedAlgorithm interpret(String declared, String normalised, List<Token> tokens) {
    List<String> unknown = new ArrayList<>();
    boolean oaep = false;
    boolean pss = false;
    boolean pkcs1 = false;
    boolean signatureForm = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.is(Kind.OAEP)) {
        oaep = true;
      } else if (t.is(Kind.PSS)) {
        pss = true;
      } else if (t.is(Kind.PKCS1)) {
        pkcs1 = true;
      } else if (t.is(Kind.WITH) && i > 0 && i + 1 < tokens.size() && isHash(tokens.get(i - 1))
          && isSigner(tokens.get(i + 1))) {
        signatureForm = true;
      }
    }
    List<Term> terms = new ArrayList<>();
    List<Integer> termAtToken = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.unknown() != null) {
        unknown.add(t.unknown());
      } else if (t.word() != null && (t.is(Kind.ROW) || t.is(Kind.NAMED) || t.is(Kind.FAMILY))) {
        Term.Kind kind = t.is(Kind.ROW) ? Term.Kind.ROW : t.is(Kind.NAMED) ? Term.Kind.NAMED : Term.Kind.FAMILY;
        Integer bits = kind == Term.Kind.NAMED ? strength.named(t.word().name()).map(p -> p.bits()).orElse(null)
            : null;
        terms.add(new Term(kind, t.word().name(), t.surface(), bits));
        termAtToken.add(i);
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.number() == null) {
        continue;
      }
      int target = sizeTarget(terms, termAtToken, i);
      if (target < 0) {
        unknown.add(t.surface());
      } else {
        terms.set(target, terms.get(target).withBits(t.number()));
      }
    }
    resolveFamilies(terms, unknown);
    resolveRsa(terms, oaep, pss, pkcs1, signatureForm);
    boolean publicKey = terms.stream().anyMatch(t -> t.isFamily(Term.RSA) || t.kind() == Term.Kind.ROW
        && rows.get(t.name()).strengthFamily() == StrengthFamily.IFC);
    boolean symmetric = terms.stream().anyMatch(t -> t.kind() == Term.Kind.ROW
        && rows.get(t.name()).category().blockCipher());
    if (publicKey && !symmetric) {
      terms.removeIf(t -> t.isRow("ECB"));
    }
    return new ParsedAlgorithm(declared, normalised, terms, unknown);
  }

  private boolean isHash(Token t) {
    return t.is(Kind.ROW) && rows.get(t.word().name()).category() == CipherCategory.HASH;
  }

  private boolean isSigner(Token t) {
    return t.is(Kind.FAMILY) && t.word().name().equals(Term.RSA)
        || t.is(Kind.ROW) && rows.get(t.word().name()).category() == CipherCategory.SIGNATURE;
  }

  /** The term a number gives the size of: the nearest sizable term before it, else after it; -1 if none. */
  private int sizeTarget(List<Term> terms, List<Integer> termAtToken, int tokenIndex) {
    for (int k = terms.size() - 1; k >= 0; k--) {
      if (termAtToken.get(k) < tokenIndex && sizable(terms.get(k))) {
        if (terms.get(k).bits() == null) {
          return k;
        }
        break;
      }
    }
    for (int k = 0; k < terms.size(); k++) {
      if (termAtToken.get(k) > tokenIndex && sizable(terms.get(k)) && terms.get(k).bits() == null) {
        return k;
      }
    }
    return -1;
  }

  private boolean sizable(Term t) {
    if (t.kind() == Term.Kind.FAMILY) {
      return true;
    }
    if (t.kind() == Term.Kind.NAMED) {
      return false;
    }
    return rows.get(t.name()).strengthFamily().needsKeySize();
  }

  private void resolveFamilies(List<Term> terms, List<String> unknown) {
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      if (t.kind() != Term.Kind.FAMILY || t.bits() == null) {
        continue;
      }
      String member = switch (t.name()) {
        case Term.SHA, Term.SHA_2 -> "SHA-" + t.bits();
        case Term.SHA_3 -> "SHA3-" + t.bits();
        default -> null;
      };
      if (member == null) {
        continue;
      }
      if (rows.containsKey(member)) {
        terms.set(i, new Term(Term.Kind.ROW, member, t.surface(), null));
      } else {
        terms.remove(i);
        unknown.add(t.surface() + t.bits());
        i--;
      }
    }
    int chacha = indexOfFamily(terms, "ChaCha20");
    int poly = indexOfFamily(terms, "Poly1305");
    if (chacha >= 0 && poly >= 0) {
      Term merged = new Term(Term.Kind.ROW, "ChaCha20-Poly1305", terms.get(chacha).surface() + "poly1305",
          terms.get(chacha).bits());
      terms.set(chacha, merged);
      terms.remove(poly);
    }
  }

  private static int indexOfFamily(List<Term> terms, String name) {
    for (int i = 0; i < terms.size(); i++) {
      if (terms.get(i).isFamily(name)) {
        return i;
      }
    }
    return -1;
  }

  private void resolveRsa(List<Term> terms, boolean oaep, boolean pss, boolean pkcs1, boolean signatureForm) {
    String scheme = signatureForm ? (pss ? "RSA-PSS" : "RSASSA-PKCS1-v1_5")
        : oaep ? "RSA-OAEP" : pss ? "RSA-PSS" : pkcs1 ? "RSAES-PKCS1-v1_5" : null;
    if (scheme == null) {
      return;
    }
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      if (t.isFamily(Term.RSA)) {
        terms.set(i, new Term(Term.Kind.ROW, scheme, t.surface(), t.bits()));
        return;
      }
    }
    boolean marker = oaep || pss || pkcs1;
    if (marker && terms.stream().noneMatch(t -> t.kind() == Term.Kind.ROW && rows.get(t.name()).strengthFamily()
        == StrengthFamily.IFC)) {
      terms.add(0, new Term(Term.Kind.ROW, scheme, scheme.toLowerCase(Locale.ROOT), null));
    }
  }

  private Term row(String algorithm, String surface, Integer bits) {
    if (!rows.containsKey(algorithm)) {
      throw new IllegalStateException("the CRYPTREC data has no row " + algorithm);
    }
    return new Term(Term.Kind.ROW, algorithm, surface, bits);
  }

  private static boolean isRow(Term t, String algorithm) {
    return t != null && t.isRow(algorithm);
  }

  // ---- vocabulary ----

  private static List<String> withAliases(String name, List<String> aliases) {
    List<String> out = new ArrayList<>();
    out.add(name);
    out.addAll(aliases);
    return out;
  }

  /** A spelling as a vocabulary key: normalised, without separators. */
  static String key(String spelling) {
    String n = normalise(spelling);
    StringBuilder sb = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char ch = n.charAt(i);
      if (SEPARATORS.indexOf(ch) < 0 && !Character.isWhitespace(ch)) {
        sb.append(ch);
      }
    }
    return sb.toString();
  }

  private static Map<String, Word> structure() {
    Map<String, Word> m = new HashMap<>();
    put(m, Kind.FAMILY, Term.RSA, "rsa", "rsaes", "rsassa");
    put(m, Kind.FAMILY, Term.SHA, "sha");
    put(m, Kind.FAMILY, Term.SHA_2, "sha2");
    put(m, Kind.FAMILY, Term.SHA_3, "sha3");
    put(m, Kind.FAMILY, Term.EC, "ec", "ecc", "楕円曲線", "楕円曲線暗号");
    put(m, Kind.FAMILY, "ChaCha20", "chacha20");
    put(m, Kind.FAMILY, "Poly1305", "poly1305");
    put(m, Kind.OAEP, "OAEP", "oaep", "oaeppadding");
    put(m, Kind.PSS, "PSS", "pss");
    put(m, Kind.PKCS1, "PKCS1", "pkcs1", "pkcs1padding", "pkcs1v15");
    put(m, Kind.WITH, "with", "with");
    put(m, Kind.BITS, "bit", "bit", "bits", "ビット", "ビット長", "bitkey");
    put(m, Kind.STOP, "", "and", "or", "using", "key", "keys", "mode", "modes", "cipher", "encryption", "algorithm",
        "block", "length", "size", "padding", "nopadding", "pkcs5padding", "pkcs7padding", "none", "mgf1",
        "mgf1padding", "aead", "鍵長", "鍵", "暗号化", "暗号", "方式", "モード", "共通鍵", "公開鍵", "による", "使用",
        "利用", "で", "の", "を", "と", "及び", "および", "長", "ブロック", "アルゴリズム", "署名");
    return Map.copyOf(m);
  }

  private static void put(Map<String, Word> m, Kind kind, String name, String... spellings) {
    for (String s : spellings) {
      m.put(key(s), new Word(kind, name));
    }
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /** Every name the vocabulary knows, as reported (row names, named parameter sets); for documentation. */
  public Set<String> knownNames() {
    return new LinkedHashSet<>(displayNames.values());
  }
}
