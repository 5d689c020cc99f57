package dev.kijun.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Drools stays internal: only the adapter package may touch it, so no Drools type reaches the public API. */
@AnalyzeClasses(packages = "dev.kijun", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule only_the_drools_adapter_uses_drools = noClasses()
      .that().resideOutsideOfPackage("dev.kijun.engine.drools..")
      .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
      .because("the engine's public API hides Drools; embedders never see a Drools type");

  @ArchTest
  static final ArchRule the_model_depends_on_nothing_of_the_engine = noClasses()
      .that().resideInAPackage("dev.kijun.model..")
      .should().dependOnClassesThat().resideInAnyPackage("dev.kijun.engine..", "dev.kijun.report..", "dev.kijun.policy..")
      .because("the profile model is plain data that any system can build");
}
