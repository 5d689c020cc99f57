package dev.kijun.criteria;

import dev.kijun.io.InvalidInputException;
import dev.kijun.rules.RuleSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A policy owner's own criteria, loaded from a directory the application names:
 *
 * <pre>
 * my-rules/
 *   criteria.yaml            criteria: [{id: ORG-01, category: …, level: 必須, textJa: …, textEn: …}]
 *   ORG-01.drl               rules tagged @criterion("ORG-01"), over the same fact model
 *   messages_ja.properties   ORG-01.&lt;key&gt;=… (Japanese)
 *   messages_en.properties   ORG-01.&lt;key&gt;=… (English)
 * </pre>
 *
 * <p>Rules are code: load them only from locations the application trusts, never from a profile or the network.
 * A directory or file that anyone may write to is refused, and so is one outside the trusted roots when roots are
 * given. The {@code B2} prefix belongs to the standard catalog.
 */
public final class CustomCatalog implements Catalog {
  private static final String STANDARD_PREFIX = "B2-";

  private final String version;
  private final List<Criterion> criteria;
  private final Path directory;
  private final Messages messages;

  private CustomCatalog(String version, List<Criterion> criteria, Path directory, Messages messages) {
    this.version = version;
    this.criteria = List.copyOf(criteria);
    this.directory = directory;
    this.messages = messages;
  }

  /**
   * Loads the criteria, rules and messages of a directory.
   *
   * @throws CatalogException if the directory is not trusted, or its criteria or messages are missing or invalid
   * @throws InvalidInputException if criteria.yaml is malformed
   */
  public static CustomCatalog load(Path directory) {
    return load(directory, List.of());
  }

  /**
   * Loads a directory that must lie under one of the trusted roots (none given: anywhere).
   *
   * @throws CatalogException if the directory is not trusted, or its criteria or messages are missing or invalid
   */
  public static CustomCatalog load(Path directory, List<Path> trustedRoots) {
    Path dir = directory.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      throw new CatalogException("rule directory " + directory + " does not exist or is not a directory");
    }
    checkTrusted(dir, trustedRoots);
    Path criteriaFile = dir.resolve("criteria.yaml");
    if (!Files.isRegularFile(criteriaFile)) {
      throw new CatalogException(directory + ": criteria.yaml is missing; describe each criterion the rules judge "
          + "(id, category, level, textJa, textEn)");
    }
    CriteriaFile file;
    try {
      file = CriteriaFile.read(criteriaFile.toString(), Files.readAllBytes(criteriaFile));
    } catch (IOException e) {
      throw new CatalogException("cannot read " + criteriaFile + ": " + e.getMessage(), e);
    }
    List<Criterion> criteria = file.toCriteria();
    if (criteria.isEmpty()) {
      throw new CatalogException(criteriaFile + " defines no criteria");
    }
    for (Criterion c : criteria) {
      if (c.id().value().startsWith(STANDARD_PREFIX)) {
        throw new CatalogException(criteriaFile + ": " + c.id() + " uses the prefix B2-, which belongs to the "
            + "standard catalog; give your criteria your own prefix, e.g. ORG-01");
      }
    }
    List<Path> drl = drlFiles(dir);
    if (drl.isEmpty()) {
      throw new CatalogException(directory + " holds criteria.yaml but no .drl rule file");
    }
    for (Path p : drl) {
      checkNotWorldWritable(p);
    }
    Messages messages = Messages.of(Map.of(
        Language.JA, properties(dir.resolve("messages_ja.properties")),
        Language.EN, properties(dir.resolve("messages_en.properties"))));
    String name = file.catalog() != null && file.catalog().name() != null ? file.catalog().name() : dir.getFileName().toString();
    String version = file.catalog() != null && file.catalog().version() != null ? name + " " + file.catalog().version() : name;
    return new CustomCatalog(version, criteria, dir, messages);
  }

  @Override
  public String version() {
    return version;
  }

  @Override
  public List<Criterion> criteria() {
    return criteria;
  }

  @Override
  public List<RuleSource> ruleSources() {
    return List.of(RuleSource.file(directory));
  }

  @Override
  public Messages messages() {
    return messages;
  }

  private static List<Path> drlFiles(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
    } catch (IOException e) {
      throw new CatalogException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  private static Map<String, String> properties(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new CatalogException(file + " is missing; every criterion explains itself in Japanese and English");
    }
    checkNotWorldWritable(file);
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(file);
        Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
      p.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new CatalogException("cannot read " + file + ": " + e.getMessage(), e);
    }
    Map<String, String> out = new java.util.HashMap<>();
    p.forEach((k, v) -> out.put(k.toString(), v.toString()));
    return out;
  }

  private static void checkTrusted(Path dir, List<Path> trustedRoots) {
    if (!trustedRoots.isEmpty()) {
      List<Path> roots = new ArrayList<>();
      for (Path root : trustedRoots) {
        roots.add(root.toAbsolutePath().normalize());
      }
      Path real = realPath(dir);
      boolean inside = roots.stream().anyMatch(r -> real.startsWith(realPath(r)));
      if (!inside) {
        throw new CatalogException("refusing rules from " + dir + ": it is outside the trusted rule roots " + roots);
      }
    }
    checkNotWorldWritable(dir);
  }

  private static Path realPath(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p;
    }
  }

  private static void checkNotWorldWritable(Path p) {
    try {
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
      if (perms.contains(PosixFilePermission.OTHERS_WRITE)) {
        throw new CatalogException("refusing rules from " + p + ": anyone may write to it; rules are code, so "
            + "remove the write permission for others (chmod o-w)");
      }
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system (e.g. Windows): there is no cheap equivalent check.
    } catch (IOException e) {
      throw new CatalogException("cannot check permissions of " + p + ": " + e.getMessage(), e);
    }
  }
}
