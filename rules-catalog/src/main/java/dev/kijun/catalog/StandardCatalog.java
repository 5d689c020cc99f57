package dev.kijun.catalog;

import dev.kijun.catalog.crypto.CryptrecList;
import dev.kijun.criteria.Catalog;
import dev.kijun.criteria.CatalogException;
import dev.kijun.criteria.CriteriaFile;
import dev.kijun.criteria.Criterion;
import dev.kijun.criteria.Messages;
import dev.kijun.io.ReferenceCheck;
import dev.kijun.io.InvalidInputException;
import dev.kijun.rules.FactProvider;
import dev.kijun.rules.RuleSource;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * The standard catalog: the 22 criteria of 別表２「外部サービス選定基準」, their rules (compiled to the executable
 * model at build time), their messages in Japanese and English, the region data and the CRYPTREC lists. Immutable;
 * load it once.
 *
 * <pre>{@code
 * Kijun kijun = Kijun.builder().catalog(StandardCatalog.load()).build();
 * }</pre>
 */
public final class StandardCatalog implements Catalog {
  /** The index of the rules precompiled to the executable model, written by kie-maven-plugin. */
  static final String MODEL_INDEX = "META-INF/kie/dev.kijun/rules-catalog/drools-model";
  static final String CRITERIA = "dev/kijun/catalog/criteria.yaml";
  static final String RULES_FOLDER = "dev/kijun/catalog";
  static final String MESSAGES = "dev/kijun/catalog/messages/";

  private final CriteriaFile.Header header;
  private final List<Criterion> criteria;
  private final Messages messages;
  private final RegionDirectory regions;
  private final CryptrecList cryptrec;

  private StandardCatalog() {
    CriteriaFile file = readCatalogFile();
    this.header = file.catalog();
    this.criteria = file.toCriteria();
    ClassLoader loader = StandardCatalog.class.getClassLoader();
    Messages all = Messages.empty();
    for (Criterion c : criteria) {
      all = all.plus(Messages.loadIfPresent(MESSAGES + c.id().value(), loader));
    }
    this.messages = all;
    this.regions = RegionDirectory.load();
    this.cryptrec = CryptrecList.load();
  }

  /** Loads the standard catalog. */
  public static StandardCatalog load() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final StandardCatalog INSTANCE = new StandardCatalog();
  }

  @Override
  public String version() {
    return header.name() + " " + header.version();
  }

  @Override
  public List<Criterion> criteria() {
    return criteria;
  }

  @Override
  public List<RuleSource> ruleSources() {
    ClassLoader loader = StandardCatalog.class.getClassLoader();
    return List.of(RuleSource.precompiled(MODEL_INDEX, loader, RuleSource.classpath(RULES_FOLDER, loader)));
  }

  /** The same rules as DRL compiled at run time, instead of the precompiled executable model. */
  public List<RuleSource> drlSources() {
    return List.of(RuleSource.classpath(RULES_FOLDER, StandardCatalog.class.getClassLoader()));
  }

  @Override
  public Messages messages() {
    return messages;
  }

  @Override
  public List<FactProvider> factProviders() {
    return List.of(new RegionFacts(regions), new CryptoFacts(cryptrec));
  }

  @Override
  public Map<String, String> revisions() {
    return Map.of("catalog", version(), "regions", regions.revision(), "cryptrec", cryptrec.revision(),
        "cryptrec-key-lengths", cryptrec.strength().document());
  }

  /** The region data the rules read. */
  public RegionDirectory regions() {
    return regions;
  }

  /** The region, algorithm and cipher-suite names this catalog knows, for validating profiles before assessment. */
  public ReferenceCheck references() {
    return new CatalogReferences(regions, cryptrec().names());
  }

  /**
   * The CRYPTREC lists B2-22 and B2-38 are judged against: {@link CryptrecList#revision()} names the document and
   * revision in use, {@link CryptrecList#source()} where it is published.
   */
  public CryptrecList cryptrec() {
    return cryptrec;
  }

  /** The table's row numbers this catalog holds. */
  public List<Integer> numbersHeld() {
    return header.numbersHeld();
  }

  /** The row numbers the source table skips; they are not encoded. */
  public List<Integer> numbersSkippedBySource() {
    return header.numbersSkippedBySource();
  }

  private static CriteriaFile readCatalogFile() {
    try (InputStream in = StandardCatalog.class.getClassLoader().getResourceAsStream(CRITERIA)) {
      if (in == null) {
        throw new CatalogException(CRITERIA + " is missing from the class path");
      }
      return CriteriaFile.read(CRITERIA, in.readAllBytes());
    } catch (IOException e) {
      throw new CatalogException("cannot read " + CRITERIA + ": " + e.getMessage(), e);
    } catch (InvalidInputException e) {
      throw new CatalogException("the catalog file is invalid: " + e.getMessage(), e);
    }
  }
}
