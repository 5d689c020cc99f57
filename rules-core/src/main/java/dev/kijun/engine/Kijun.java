package dev.kijun.engine;

import dev.kijun.criteria.Catalog;
import dev.kijun.criteria.CatalogException;
import dev.kijun.criteria.Criterion;
import dev.kijun.criteria.CriterionId;
import dev.kijun.criteria.Messages;
import dev.kijun.criteria.Part;
import dev.kijun.engine.drools.Conclusion;
import dev.kijun.engine.drools.DroolsRuleBase;
import dev.kijun.model.ServiceProfile;
import dev.kijun.criteria.Level;
import dev.kijun.policy.DisabledCriterion;
import dev.kijun.policy.Parameters;
import dev.kijun.policy.Policy;
import dev.kijun.policy.Waivers;
import dev.kijun.report.Reason;
import dev.kijun.report.Assessment;
import dev.kijun.report.Finding;
import dev.kijun.rules.EvaluationDate;
import dev.kijun.rules.FactProvider;
import dev.kijun.rules.RuleSource;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The engine: judges service profiles against the criteria of its catalogs.
 *
 * <pre>{@code
 * Kijun kijun = Kijun.builder().catalog(StandardCatalog.load()).build();   // once: compiles nothing at run time
 * Assessment assessment = kijun.assess(profile);                           // any thread, any number of times
 * }</pre>
 *
 * <p>Immutable and thread-safe: the rule base is built once, and every assessment runs in an empty session of its
 * own (taken from a pool and reset when given back), so nothing of one profile can reach another's assessment.
 */
public final class Kijun {
  static final String NOT_ADOPTED = "kijun.not-adopted";
  private final List<Criterion> criteria;
  private final Map<CriterionId, Criterion> criteriaById;
  private final DroolsRuleBase ruleBase;
  private final List<FactProvider> factProviders;
  private final Parameters parameters;
  private final Clock clock;
  private final FindingAssembler assembler;
  private final String catalogVersion;
  private final Map<String, String> revisions;
  private final Messages messages;
  private final Policy policy;
  private final Waivers waivers;
  private final List<Reason> policyNotes;

  private Kijun(Builder b) {
    // The rules need nothing of the catalogs' criteria, messages or data: build them on another thread meanwhile.
    List<RuleSource> sources = new ArrayList<>();
    for (Catalog catalog : b.catalogs) {
      sources.addAll(catalog.ruleSources());
    }
    sources.addAll(b.extraRules);
    List<RuleSource> ruleSources = List.copyOf(sources);
    boolean precompiled = b.precompiled;
    ClassLoader classLoader = b.classLoader;
    RuleBaseBuild rules = RuleBaseBuild.start(() -> precompiled ? DroolsRuleBase.build(ruleSources, classLoader)
        : DroolsRuleBase.buildFromDrl(ruleSources, classLoader));
    Map<CriterionId, Criterion> byId = new LinkedHashMap<>();
    List<FactProvider> providers = new ArrayList<>();
    Messages messages = Messages.load("dev/kijun/engine/messages", Kijun.class.getClassLoader());
    Map<String, String> revs = new TreeMap<>();
    List<String> versions = new ArrayList<>();
    for (Catalog catalog : b.catalogs) {
      for (Criterion c : catalog.criteria()) {
        if (byId.putIfAbsent(c.id(), c) != null) {
          throw new CatalogException("criterion " + c.id() + " is defined twice (again in " + catalog.version() + ")");
        }
      }
      providers.addAll(catalog.factProviders());
      messages = messages.plus(catalog.messages());
      revs.putAll(catalog.revisions());
      versions.add(catalog.version());
    }
    if (byId.isEmpty()) {
      throw new CatalogException("no criteria: give the builder a catalog, e.g. StandardCatalog.load()");
    }
    this.criteriaById = Map.copyOf(byId);
    this.policy = b.policy;
    this.messages = messages;
    this.policyNotes = new ArrayList<>();
    this.criteria = applyPolicy(byId, b.policy);
    // a catalog's error above is thrown first, as before; only then the rule base's own
    this.ruleBase = rules.join();
    checkRuleTags();
    this.factProviders = List.copyOf(providers);
    this.parameters = b.parameters != null ? b.parameters : b.policy.parameters();
    this.clock = b.clock;
    this.assembler = new FindingAssembler(messages);
    this.catalogVersion = String.join(" + ", versions);
    if (!b.policy.name().equals(Policy.standard().name())) {
      revs.put("policy", b.policy.name());
    }
    this.revisions = Map.copyOf(revs);
    this.waivers = b.waivers;
  }

  private List<Criterion> applyPolicy(Map<CriterionId, Criterion> byId, Policy policy) {
    Map<CriterionId, String> disabled = new LinkedHashMap<>();
    for (DisabledCriterion d : policy.disabled()) {
      if (!byId.containsKey(d.criterion())) {
        throw new CatalogException("policy '" + policy.name() + "' disables " + d.criterion()
            + ", which no catalog defines");
      }
      disabled.put(d.criterion(), d.reason());
    }
    for (CriterionId id : policy.levels().keySet()) {
      if (!byId.containsKey(id)) {
        throw new CatalogException("policy '" + policy.name() + "' sets the level of " + id
            + ", which no catalog defines");
      }
    }
    List<Criterion> effective = new ArrayList<>();
    for (Criterion c : byId.values()) {
      if (disabled.containsKey(c.id())) {
        policyNotes.add(new Reason(NOT_ADOPTED, List.of(c.id().value(), policy.name(), disabled.get(c.id())), messages));
        continue;
      }
      Level level = policy.levels().get(c.id());
      effective.add(level == null ? c : c.withLevel(level));
    }
    return List.copyOf(effective);
  }

  /** A builder for an engine. */
  public static Builder builder() {
    return new Builder();
  }

  /** Assesses a profile as of today (by the builder's clock). */
  public Assessment assess(ServiceProfile profile) {
    return assess(profile, LocalDate.now(clock));
  }

  /** Assesses a profile as of a date: key-length periods and certificate validity are judged on that day. */
  public Assessment assess(ServiceProfile profile, LocalDate asOf) {
    Objects.requireNonNull(profile, "profile must not be null");
    Objects.requireNonNull(asOf, "evaluation date must not be null");
    List<Object> facts = FactSet.of(profile, parameters, new EvaluationDate(asOf), factProviders);
    List<Conclusion> conclusions = ruleBase.evaluate(facts);
    Map<CriterionId, List<Conclusion>> byCriterion = new HashMap<>();
    for (Conclusion c : conclusions) {
      byCriterion.computeIfAbsent(c.criterion(), k -> new ArrayList<>()).add(c);
    }
    List<Finding> findings = new ArrayList<>(criteria.size());
    for (Criterion criterion : criteria) {
      findings.add(assembler.assemble(criterion, byCriterion.getOrDefault(criterion.id(), List.of())));
    }
    List<Reason> notes = new ArrayList<>(policyNotes);
    if (!waivers.valid().isEmpty() || !waivers.rejected().isEmpty()) {
      findings = WaiverApplication.apply(findings, profile.id(), asOf, waivers, messages, criteriaById.keySet(), notes);
    }
    return new Assessment(profile.id(), catalogVersion, asOf, findings, notes, revisions);
  }

  /** The criteria this engine judges, in report order. */
  public List<Criterion> criteria() {
    return criteria;
  }

  /** The policy in force. */
  public Policy policy() {
    return policy;
  }

  /** The parameters in force. */
  public Parameters parameters() {
    return parameters;
  }

  private void checkRuleTags() {
    List<RuleProblem> problems = new ArrayList<>();
    Map<String, CriterionId> tags = ruleBase.ruleCriteria();
    Map<String, String> parts = ruleBase.ruleParts();
    for (Map.Entry<String, CriterionId> e : new TreeMap<>(tags).entrySet()) {
      if (e.getValue() == null) {
        problems.add(new RuleProblem(e.getKey(), 0,
            "rule has no valid @criterion(\"...\") metadata; tag it with the criterion it judges"));
        continue;
      }
      Criterion criterion = criteriaById.get(e.getValue());
      if (criterion == null) {
        problems.add(new RuleProblem(e.getKey(), 0,
            "rule is tagged @criterion(\"" + e.getValue() + "\"), which no catalog defines"));
        continue;
      }
      String part = parts.get(e.getKey());
      if (part != null && criterion.parts().stream().map(Part::id).noneMatch(part::equals)) {
        problems.add(new RuleProblem(e.getKey(), 0,
            "rule is tagged @part(\"" + part + "\"), which " + criterion.id() + " does not define"));
      }
    }
    if (!problems.isEmpty()) {
      throw new RuleCompilationException(problems);
    }
  }

  /** Builds a {@link Kijun}. Not thread-safe; the engine it builds is. */
  public static final class Builder {
    private final List<Catalog> catalogs = new ArrayList<>();
    private final List<RuleSource> extraRules = new ArrayList<>();
    private Parameters parameters;
    private Policy policy = Policy.standard();
    private Waivers waivers = Waivers.none();
    private boolean precompiled = true;
    private Clock clock = Clock.systemDefaultZone();
    private ClassLoader classLoader = Kijun.class.getClassLoader();

    private Builder() {}

    /** Adds a catalog of criteria with its rules; the standard catalog, a policy owner's, or both. */
    public Builder catalog(Catalog catalog) {
      catalogs.add(Objects.requireNonNull(catalog, "catalog must not be null"));
      return this;
    }

    /** Adds rules for criteria the catalogs already define. */
    public Builder addRules(RuleSource source) {
      extraRules.add(Objects.requireNonNull(source, "rule source must not be null"));
      return this;
    }

    /** Sets the municipal policy: parameters, criteria not adopted, levels. */
    public Builder policy(Policy policy) {
      this.policy = Objects.requireNonNull(policy, "policy must not be null");
      return this;
    }

    /** Sets the waivers (例外措置) in force. */
    public Builder waivers(Waivers waivers) {
      this.waivers = Objects.requireNonNull(waivers, "waivers must not be null");
      return this;
    }

    /**
     * Whether to load precompiled rules as they are (the default, fast) or compile every rule from its DRL at run
     * time (slower to build; the same rules).
     */
    public Builder precompiled(boolean precompiled) {
      this.precompiled = precompiled;
      return this;
    }

    /** Sets the parameters, e.g. a longer notice period; they take precedence over the policy's. */
    public Builder parameters(Parameters parameters) {
      this.parameters = Objects.requireNonNull(parameters, "parameters must not be null");
      return this;
    }

    /** Sets the clock that decides "today" for {@link Kijun#assess(ServiceProfile)}. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock must not be null");
      return this;
    }

    /** Sets the class loader rules compiled at run time see the fact classes through. */
    public Builder classLoader(ClassLoader classLoader) {
      this.classLoader = Objects.requireNonNull(classLoader, "class loader must not be null");
      return this;
    }

    /**
     * Builds the engine.
     *
     * @throws RuleCompilationException if a rule does not compile or names a criterion no catalog defines
     * @throws CatalogException if the catalogs clash or are incomplete
     */
    public Kijun build() {
      return new Kijun(this);
    }
  }
}
