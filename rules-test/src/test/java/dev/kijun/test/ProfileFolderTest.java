package dev.kijun.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kijun.catalog.StandardCatalog;
import dev.kijun.engine.Kijun;
import dev.kijun.io.InvalidInputException;
import dev.kijun.report.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

class ProfileFolderTest {
  static final Kijun KIJUN = Kijun.builder().catalog(StandardCatalog.load()).build();
  static final LocalDate DAY = LocalDate.of(2026, 11, 27);

  @TestFactory
  Stream<DynamicNode> the_folder_of_this_module_passes() {
    return ProfileFolder.of(Path.of("src/test/resources/profiles")).assessedBy(KIJUN).asOf(DAY).tests();
  }

  @Test
  void one_test_per_expectation_and_a_failing_one_says_why(@TempDir Path dir) throws Throwable {
    Files.writeString(dir.resolve("p.yaml"), """
        id: p
        regionUse: {regions: [aws:us-east-1], restrictedToJapan: false, globalServices: []}
        expect:
          B2-03: SATISFIED
          overall: NON_COMPLIANT
        """);
    List<DynamicNode> nodes = ProfileFolder.of(dir).assessedBy(KIJUN).asOf(DAY).tests().toList();
    assertThat(nodes).hasSize(1);
    List<DynamicTest> tests = new ArrayList<>();
    ((DynamicContainer) nodes.get(0)).getChildren().forEach(n -> tests.add((DynamicTest) n));
    assertThat(tests).extracting(DynamicNode::getDisplayName).containsExactly("overall NON_COMPLIANT", "B2-03 SATISFIED");
    tests.get(0).getExecutable().execute();
    Executable failing = tests.get(1).getExecutable();
    assertThatThrownBy(failing::execute).isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expected B2-03 to be SATISFIED but was NOT_SATISFIED")
        .hasMessageContaining("aws:us-east-1 in use is in US");
  }

  @Test
  void an_invalid_profile_is_one_failing_test_naming_the_line(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("bad.yaml"), """
        id: bad
        expect:
          B2-02: SATISFIED
        dataResidency:
          locatons: []
        """);
    DynamicTest test = (DynamicTest) ProfileFolder.of(dir).assessedBy(KIJUN).tests().findFirst().orElseThrow();
    assertThatThrownBy(() -> test.getExecutable().execute()).isInstanceOf(AssertionError.class)
        .hasMessageContaining("bad.yaml:5:")
        .hasMessageContaining("did you mean 'locations'");
  }

  @Test
  void an_empty_folder_fails_instead_of_passing_silently(@TempDir Path dir) {
    DynamicTest test = (DynamicTest) ProfileFolder.of(dir).assessedBy(KIJUN).tests().findFirst().orElseThrow();
    assertThatThrownBy(() -> test.getExecutable().execute()).hasMessageContaining("no *.yaml profile found");
  }

  @Test
  void expectations_are_parsed_and_cut_out_keeping_line_numbers() {
    ExpectedProfile p = ExpectedProfile.parse("p.yaml", "id: p\nexpect:\n  B2-02: NOT_SATISFIED\n  overall: INCOMPLETE\n");
    assertThat(p.verdicts()).containsEntry(dev.kijun.criteria.CriterionId.of("B2-02"), Verdict.NOT_SATISFIED);
    assertThat(p.overall()).contains(dev.kijun.report.Outcome.INCOMPLETE);
    assertThatThrownBy(() -> ExpectedProfile.parse("p.yaml", "id: p\nexpect:\n  B2-02: PASSED\n"))
        .hasMessageContaining("expect.B2-02 = 'PASSED' is not valid");
    assertThatThrownBy(() -> ExpectedProfile.parse("p.yaml", "id: p\nexpect:\n  B2-02: SATISFIED\nfoo: 1\n"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("p.yaml:4:");
  }
}
