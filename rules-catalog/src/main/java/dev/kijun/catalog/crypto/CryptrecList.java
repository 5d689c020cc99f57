package dev.kijun.catalog.crypto;

import dev.kijun.criteria.CatalogException;
import dev.kijun.policy.CipherList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The CRYPTREC 暗号リスト as the catalog ships it: the three lists by category with each row's conditions, source
 * and confidence ({@code data/cryptrec-ciphers.csv}, {@code data/cryptrec-conditions.csv}), and the key-length rules
 * of LS-0003 ({@code data/cryptrec-strength.csv}, {@code data/cryptrec-periods.csv}). A new CRYPTREC revision is a
 * change of these files, not of code. Immutable; load it once.
 *
 * <pre>{@code
 * CryptrecList list = StandardCatalog.load().cryptrec();
 * list.revision();   // "CRYPTREC LS-0001-2022R2 (2026-03-30)"
 * list.source();     // the primary document's address
 * list.entries(CipherList.RECOMMENDED);
 * list.names().parse("AES-256 (GCM)").names();   // [AES-256, GCM]
 * }</pre>
 */
public final class CryptrecList {
  static final String CIPHERS = "dev/kijun/catalog/data/cryptrec-ciphers.csv";
  static final String CONDITIONS = "dev/kijun/catalog/data/cryptrec-conditions.csv";
  static final String STRENGTH = "dev/kijun/catalog/data/cryptrec-strength.csv";
  static final String PERIODS = "dev/kijun/catalog/data/cryptrec-periods.csv";

  private final String document;
  private final String revisionDate;
  private final String source;
  private final List<CryptrecEntry> entries;
  private final Map<String, CipherCondition> conditions;
  private final StrengthTable strength;
  private final AlgorithmNames names;

  private CryptrecList(Csv ciphers, Csv conditionFile, StrengthTable strength) {
    this.document = ciphers.header("document");
    this.revisionDate = ciphers.header("revision");
    this.source = ciphers.header("source");
    this.conditions = readConditions(conditionFile);
    this.entries = readEntries(ciphers, conditions);
    this.strength = strength;
    this.names = new AlgorithmNames(entries, strength);
  }

  /** Loads the data shipped with the catalog. */
  public static CryptrecList load() {
    return new CryptrecList(Csv.load(CIPHERS), Csv.load(CONDITIONS),
        StrengthTable.of(Csv.load(STRENGTH), Csv.load(PERIODS)));
  }

  /** The document and revision the lists are judged against, e.g. {@code CRYPTREC LS-0001-2022R2 (2026-03-30)}. */
  public String revision() {
    return document + " (" + revisionDate + ")";
  }

  /** The document, e.g. {@code CRYPTREC LS-0001-2022R2}. */
  public String document() {
    return document;
  }

  /** The document's revision date, e.g. {@code 2026-03-30}. */
  public String revisionDate() {
    return revisionDate;
  }

  /** Where the primary document is published. */
  public String source() {
    return source;
  }

  /** Every row, in the data file's order: the three lists, then known algorithms that are on none of them. */
  public List<CryptrecEntry> entries() {
    return entries;
  }

  /** The rows of one list, in the data file's order. */
  public List<CryptrecEntry> entries(CipherList list) {
    return entries.stream().filter(e -> e.list() == list).toList();
  }

  /** Known algorithms that are on none of the lists (DES, MD5, ECB, …). */
  public List<CryptrecEntry> unlisted() {
    return entries.stream().filter(e -> e.list() == null).toList();
  }

  /** The rows no one has yet checked against the primary document. */
  public List<CryptrecEntry> unverified() {
    return entries.stream().filter(e -> !e.verified()).toList();
  }

  /**
   * The row of one algorithm, by its name or any alias, in any spelling {@link AlgorithmNames} reads; a key length
   * in the name does not change the row ({@code AES-256} is AES). Empty when the text names no single row.
   */
  public Optional<CryptrecEntry> find(String name) {
    ParsedAlgorithm parsed = names.parse(name);
    if (!parsed.understood() || parsed.terms().size() != 1 || parsed.terms().get(0).kind() != Term.Kind.ROW) {
      return Optional.empty();
    }
    return names.entry(parsed.terms().get(0).name());
  }

  /** The conditions and footnotes, by code. */
  public Map<String, CipherCondition> conditions() {
    return conditions;
  }

  /** The key-length rules (LS-0003): strength equivalences and periods. */
  public StrengthTable strength() {
    return strength;
  }

  /** The reader of algorithm and cipher-suite names, with this data's vocabulary. */
  public AlgorithmNames names() {
    return names;
  }

  static List<String> split(String cell) {
    if (cell == null || cell.isBlank()) {
      return List.of();
    }
    return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static Map<String, CipherCondition> readConditions(Csv file) {
    Map<String, CipherCondition> out = new LinkedHashMap<>();
    for (Csv.Row row : file.rows()) {
      try {
        String check = row.required("check");
        if (!check.equals("enforced") && !check.equals("advisory")) {
          throw row.error("check must be enforced or advisory, not " + check);
        }
        CipherCondition c = new CipherCondition(row.required("code"), check.equals("enforced"),
            row.required("textJa"), row.required("textEn"), row.get("evidence"),
            Confidence.parse(row.required("confidence")), parseBoolean(row, "verified"));
        if (out.put(c.code(), c) != null) {
          throw row.error("condition " + c.code() + " is listed twice");
        }
      } catch (IllegalArgumentException e) {
        throw row.error(e.getMessage());
      }
    }
    return Map.copyOf(out);
  }

  private static List<CryptrecEntry> readEntries(Csv file, Map<String, CipherCondition> conditions) {
    List<CryptrecEntry> out = new ArrayList<>();
    Map<String, String> spellings = new HashMap<>();
    for (Csv.Row row : file.rows()) {
      try {
        String listCode = row.required("list");
        CipherList list = listCode.equals("none") ? null
            : CipherList.valueOf(listCode.toUpperCase(Locale.ROOT));
        List<CipherCondition> rowConditions = new ArrayList<>();
        for (String code : split(row.get("conditions"))) {
          CipherCondition c = conditions.get(code);
          if (c == null) {
            throw row.error("unknown condition " + code + "; define it in " + CONDITIONS);
          }
          rowConditions.add(c);
        }
        String block = row.get("blockBits");
        CryptrecEntry e = new CryptrecEntry(list, CipherCategory.parse(row.required("category")),
            row.required("algorithm"), split(row.get("aliases")),
            split(row.get("keyBits")).stream().map(Integer::valueOf).toList(),
            block.isEmpty() ? null : Integer.valueOf(block), StrengthFamily.parse(row.required("strength")),
            rowConditions, row.required("document"), row.required("revision"), row.get("evidence"),
            Confidence.parse(row.required("confidence")), parseBoolean(row, "verified"), row.get("note"));
        List<String> all = new ArrayList<>(e.aliases());
        all.add(e.algorithm());
        for (String spelling : all) {
          String previous = spellings.put(AlgorithmNames.key(spelling), e.algorithm());
          if (previous != null && !previous.equals(e.algorithm())) {
            throw row.error("'" + spelling + "' names both " + previous + " and " + e.algorithm());
          }
        }
        out.add(e);
      } catch (IllegalArgumentException e) {
        throw row.error(e.getMessage());
      }
    }
    if (out.stream().noneMatch(e -> e.list() == CipherList.RECOMMENDED)) {
      throw new CatalogException(CIPHERS + ": no row on the recommended list");
    }
    return List.copyOf(out);
  }

  private static boolean parseBoolean(Csv.Row row, String column) {
    String v = row.required(column);
    if (!v.equals("true") && !v.equals("false")) {
      throw row.error(column + " must be true or false, not " + v);
    }
    return Boolean.parseBoolean(v);
  }

  @Override
  public String toString() {
    return revision();
  }
}
