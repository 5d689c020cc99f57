package dev.kijun.engine.drools;

import dev.kijun.criteria.CriterionId;
import dev.kijun.engine.RuleCompilationException;
import dev.kijun.engine.RuleProblem;
import dev.kijun.rules.RuleSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A compiled rule base: built once, shared by every assessment, an empty session of its own per assessment.
 * Internal.
 */
public final class DroolsRuleBase {
  private static final Logger LOG = LoggerFactory.getLogger(DroolsRuleBase.class);
  private static final String GLOBAL = "conclude";
  private static final int FIRING_LIMIT = 100_000;

  private final List<Unit> units;

  private DroolsRuleBase(List<Unit> units) {
    this.units = List.copyOf(units);
  }

  /**
   * Builds the rule base: each precompiled source loads as it is, compiling nothing; every DRL source is compiled
   * together, at run time, into one more unit. Each assessment runs every unit over the same facts.
   */
  public static DroolsRuleBase build(List<RuleSource> sources, ClassLoader loader) {
    List<Unit> units = new ArrayList<>();
    Map<String, String> drl = new LinkedHashMap<>();
    for (RuleSource source : sources) {
      if (source instanceof RuleSource.Precompiled pre) {
        units.add(new Unit(loadModels(pre)));
      } else {
        collect(source, drl);
      }
    }
    if (!drl.isEmpty()) {
      units.add(new Unit(compile(drl, loader)));
    }
    return new DroolsRuleBase(units);
  }

  /** Like {@link #build}, but compiles precompiled sources from their DRL too: the run-time compilation path. */
  public static DroolsRuleBase buildFromDrl(List<RuleSource> sources, ClassLoader loader) {
    List<RuleSource> drlOnly = sources.stream()
        .map(s -> s instanceof RuleSource.Precompiled p ? p.drl() : s).toList();
    return build(drlOnly, loader);
  }

  /** The criterion each rule is tagged with; rules without a valid tag map to null. */
  public Map<String, CriterionId> ruleCriteria() {
    Map<String, CriterionId> out = new HashMap<>();
    for (Unit unit : units) {
      unit.tags.values().forEach(m -> m.forEach((name, tag) -> out.put(name, tag.criterion())));
    }
    return out;
  }

  /** Every rule's part tag, by rule name, where it has one. */
  public Map<String, String> ruleParts() {
    Map<String, String> out = new HashMap<>();
    for (Unit unit : units) {
      unit.tags.values().forEach(m -> m.forEach((name, tag) -> {
        if (tag.part() != null) {
          out.put(name, tag.part());
        }
      }));
    }
    return out;
  }

  /** Runs the rules over the facts, an empty session per unit, and returns what they concluded. */
  public List<Conclusion> evaluate(Collection<?> facts) {
    ConclusionCollector collector = new ConclusionCollector();
    for (Unit unit : units) {
      unit.evaluate(facts, collector);
    }
    return collector.conclusions();
  }

  /**
   * One compiled rule base with the tags of its rules, and a pool of its sessions.
   *
   * <p>Every assessment takes a session of its own from the pool, and gives it back when done: Drools then resets
   * it (every node memory, the agenda, the fact handles, the globals and the listeners), so the next assessment
   * starts from an empty session, as if it were new, without paying to build one. The pool grows to the number of
   * assessments running at once; no two share a session.
   */
  private static final class Unit {
    private final KieSessionsPool sessions;
    private final Map<String, Map<String, RuleTag>> tags;
    private final boolean declaresGlobal;

    Unit(KieBase kieBase) {
      this.sessions = kieBase.newKieSessionsPool(0);
      this.tags = readTags(kieBase);
      this.declaresGlobal = kieBase.getKiePackages().stream()
          .anyMatch(p -> p.getGlobalVariables().stream().anyMatch(g -> g.getName().equals(GLOBAL)));
    }

    void evaluate(Collection<?> facts, ConclusionCollector collector) {
      KieSession session = sessions.newKieSession();
      try {
        if (declaresGlobal) {
          session.setGlobal(GLOBAL, collector);
        }
        session.addEventListener(new DefaultAgendaEventListener() {
          @Override
          public void beforeMatchFired(BeforeMatchFiredEvent event) {
            collector.firing(tagOf(event.getMatch().getRule()));
          }
        });
        for (Object fact : facts) {
          session.insert(fact);
        }
        int fired = session.fireAllRules(FIRING_LIMIT);
        if (fired >= FIRING_LIMIT) {
          throw new IllegalStateException("rules fired " + fired + " times without settling; a rule loops");
        }
      } finally {
        collector.firing(null);
        // back to the pool, which resets it: nothing of this assessment stays in it
        session.dispose();
      }
    }

    private RuleTag tagOf(Rule rule) {
      Map<String, RuleTag> byName = tags.get(rule.getPackageName());
      RuleTag tag = byName == null ? null : byName.get(rule.getName());
      return tag != null ? tag : parseTag(rule);
    }
  }

  private static KieBase loadModels(RuleSource.Precompiled pre) {
    long start = System.nanoTime();
    List<Model> models = new ArrayList<>();
    try (InputStream in = pre.loader().getResourceAsStream(pre.modelIndex())) {
      if (in == null) {
        throw new RuleCompilationException(List.of(new RuleProblem(pre.modelIndex(), 0,
            "precompiled rules not found on the class path; was the catalog built with kie-maven-plugin?")));
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
        String name = line.strip();
        if (name.isEmpty() || name.startsWith("Drools-Model-Version:")) {
          continue;
        }
        models.add((Model) Class.forName(name, true, pre.loader()).getDeclaredConstructor().newInstance());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + pre.modelIndex(), e);
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new RuleCompilationException(List.of(new RuleProblem(pre.modelIndex(), 0,
          "a precompiled rule model cannot be loaded: " + e)));
    }
    KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(models);
    LOG.debug("loaded {} precompiled rule models in {} ms", models.size(), (System.nanoTime() - start) / 1_000_000);
    return kieBase;
  }

  private static Map<String, Map<String, RuleTag>> readTags(KieBase kieBase) {
    Map<String, Map<String, RuleTag>> out = new HashMap<>();
    for (KiePackage pkg : kieBase.getKiePackages()) {
      Map<String, RuleTag> byName = new HashMap<>();
      for (Rule rule : pkg.getRules()) {
        byName.put(rule.getName(), parseTag(rule));
      }
      out.put(pkg.getName(), Map.copyOf(byName));
    }
    return Map.copyOf(out);
  }

  private static RuleTag parseTag(Rule rule) {
    String criterion = metaString(rule.getMetaData().get("criterion"));
    String part = metaString(rule.getMetaData().get("part"));
    CriterionId id = null;
    if (criterion != null) {
      try {
        id = CriterionId.of(criterion);
      } catch (IllegalArgumentException e) {
        id = null;
      }
    }
    return new RuleTag(rule.getName(), id, part);
  }

  /** Metadata values: compiled at run time to the executable model they keep their quotes; strip them here. */
  private static String metaString(Object value) {
    if (value == null) {
      return null;
    }
    String s = value.toString().strip();
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      s = s.substring(1, s.length() - 1);
    }
    return s;
  }

  private static KieBase compile(Map<String, String> drl, ClassLoader loader) {
    KieServices ks = KieServices.Factory.get();
    ReleaseId releaseId = ks.newReleaseId("dev.kijun.runtime", "rules-" + UUID.randomUUID(), "1.0.0");
    KieFileSystem kfs = ks.newKieFileSystem();
    kfs.generateAndWritePomXML(releaseId);
    int i = 0;
    Map<String, String> pathToName = new HashMap<>();
    for (Map.Entry<String, String> e : drl.entrySet()) {
      String path = "src/main/resources/" + packageFolder(e.getValue()) + "r" + (i++) + "_" + fileName(e.getKey());
      pathToName.put(path, e.getKey());
      kfs.write(ks.getResources().newByteArrayResource(e.getValue().getBytes(StandardCharsets.UTF_8))
          .setResourceType(ResourceType.DRL).setSourcePath(path));
    }
    long start = System.nanoTime();
    KieBuilder builder = ks.newKieBuilder(kfs, loader).buildAll(ExecutableModelProject.class);
    List<RuleProblem> problems = new ArrayList<>();
    for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
      String path = m.getPath();
      String name = path == null ? "?" : pathToName.getOrDefault(path,
          pathToName.getOrDefault("src/main/resources/" + path, path));
      problems.add(new RuleProblem(name, m.getLine(), m.getText().strip()));
    }
    if (!problems.isEmpty()) {
      throw new RuleCompilationException(problems);
    }
    try {
      KieContainer container = ks.newKieContainer(releaseId, loader);
      KieBase kieBase = container.getKieBase();
      LOG.debug("compiled {} rule files in {} ms", drl.size(), (System.nanoTime() - start) / 1_000_000);
      return kieBase;
    } finally {
      ks.getRepository().removeKieModule(releaseId);
    }
  }

  private static final java.util.regex.Pattern PACKAGE =
      java.util.regex.Pattern.compile("^\\s*package\\s+([\\w.]+)", java.util.regex.Pattern.MULTILINE);

  private static String packageFolder(String drl) {
    java.util.regex.Matcher m = PACKAGE.matcher(drl);
    return m.find() ? m.group(1).replace('.', '/') + "/" : "";
  }

  private static String fileName(String name) {
    String base = name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
    return base.endsWith(".drl") ? base : base + ".drl";
  }

  private static void collect(RuleSource source, Map<String, String> drl) {
    if (source instanceof RuleSource.Text t) {
      drl.put(t.name(), t.drl());
    } else if (source instanceof RuleSource.File f) {
      collectFiles(f.path(), drl);
    } else if (source instanceof RuleSource.Classpath c) {
      collectClasspath(c, drl);
    } else if (source instanceof RuleSource.Precompiled p) {
      collect(p.drl(), drl);
    }
  }

  private static void collectFiles(Path path, Map<String, String> drl) {
    try {
      if (Files.isDirectory(path)) {
        try (Stream<Path> files = Files.walk(path)) {
          for (Path p : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
            drl.put(p.toString(), Files.readString(p));
          }
        }
      } else {
        drl.put(path.toString(), Files.readString(path));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rules from " + path + ": " + e.getMessage(), e);
    }
  }

  private static void collectClasspath(RuleSource.Classpath source, Map<String, String> drl) {
    String folder = source.folder().replaceAll("^/+|/+$", "");
    try {
      List<URL> roots = java.util.Collections.list(source.loader().getResources(folder));
      for (URL root : roots) {
        if (root.getProtocol().equals("jar")) {
          String spec = root.toString();
          java.net.URI jar = java.net.URI.create(spec.substring(0, spec.indexOf("!/")));
          try (FileSystem fs = FileSystems.newFileSystem(jar, Map.of())) {
            collectTree(fs.getPath(folder), folder, drl);
          }
        } else {
          collectTree(Path.of(root.toURI()), folder, drl);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rules from class path folder " + folder + ": " + e.getMessage(), e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("bad class path URL for " + folder, e);
    }
  }

  private static void collectTree(Path root, String folder, Map<String, String> drl) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
        String name = folder + "/" + root.relativize(p).toString().replace('\\', '/');
        try (InputStream in = Files.newInputStream(p)) {
          drl.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
  }
}
