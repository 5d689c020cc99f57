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

  private StandardCatalog() {}

  /**
   * Loads the standard catalog. Its rules are ready at once; its criteria, messages and data are read on first use,
   * so that an engine builder can read them while it builds the rules on another thread.
   */
  public static StandardCatalog load() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final StandardCatalog INSTANCE = new StandardCatalog();
  }

  /** What the catalog reads from its files: read once, on first use, by whichever thread gets there first. */
  private static final class Contents {
    static final Contents INSTANCE = new Contents();

    final CriteriaFile.Header header;
    final List<Criterion> criteria;
    final Messages messages;
    final RegionDirectory regions;
    final CryptrecList cryptrec;

    private Contents() {
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
  }

  private static Contents contents() {
    return Contents.INSTANCE;
  }

  @Override
  public String version() {
    CriteriaFile.Header header = contents().header;
    return header.name() + " " + header.version();
  }

  @Override
  public List<Criterion> criteria() {
    return contents().criteria;
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
    return contents().messages;
  }

  @Override
  public List<FactProvider> factProviders() {
    return List.of(new RegionFacts(contents().regions), new CryptoFacts(contents().cryptrec));
  }

  @Override
  public Map<String, String> revisions() {
    Contents c = contents();
    return Map.of("catalog", version(), "regions", c.regions.revision(), "cryptrec", c.cryptrec.revision(),
        "cryptrec-key-lengths", c.cryptrec.strength().document());
  }

  /** The region data the rules read. */
  public RegionDirectory regions() {
    return contents().regions;
  }

  /** The region, algorithm and cipher-suite names this catalog knows, for validating profiles before assessment. */
  public ReferenceCheck references() {
    return new CatalogReferences(contents().regions, cryptrec().names());
  }

  /**
   * The CRYPTREC lists B2-22 and B2-38 are judged against: {@link CryptrecList#revision()} names the document and
   * revision in use, {@link CryptrecList#source()} where it is published.
   */
  public CryptrecList cryptrec() {
    return contents().cryptrec;
  }

  /** The table's row numbers this catalog holds. */
  public List<Integer> numbersHeld() {
    return contents().header.numbersHeld();
  }

  /** The row numbers the source table skips; they are not encoded. */
  public List<Integer> numbersSkippedBySource() {
    return contents().header.numbersSkippedBySource();
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
