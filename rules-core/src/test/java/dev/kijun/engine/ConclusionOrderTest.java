package dev.kijun.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kijun.criteria.CriterionId;
import dev.kijun.engine.drools.Conclusion;
import dev.kijun.model.Claim;
import dev.kijun.model.StorageKind;
import dev.kijun.report.Verdict;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The assembler orders conclusions a rule left tied by the text of their values without building that text whole;
 * the order must be exactly the one {@code String.valueOf(args)} gives, or reasons and evidence would move.
 */
class ConclusionOrderTest {
  private static final Object[] VALUES = {"", "a", "ab", "a,", "a, b", "a]", "[", "]", ",", " ", "b", "B", "日本",
      "東京", null, 1, 10, 2, StorageKind.PRIMARY, StorageKind.BACKUP, Claim.of(true), Claim.of(false), List.of(),
      List.of("a"), List.of("a", "b"), 'c'};

  @Test
  void values_are_ordered_as_their_text_is() {
    SplittableRandom random = new SplittableRandom(27);
    List<FindingAssembler.Entry> entries = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      Object[] args = new Object[random.nextInt(4)];
      for (int j = 0; j < args.length; j++) {
        args[j] = VALUES[random.nextInt(VALUES.length)];
      }
      entries.add(entry(args));
    }
    for (FindingAssembler.Entry a : entries) {
      for (FindingAssembler.Entry b : entries) {
        int expected = Integer.signum(text(a).compareTo(text(b)));
        assertThat(Integer.signum(FindingAssembler.BY_ARGS_TEXT.compare(a, b)))
            .as("%s vs %s", text(a), text(b)).isEqualTo(expected);
      }
    }
  }

  @Test
  void a_value_that_is_a_prefix_of_another_sorts_by_what_follows_it() {
    // "[a, b]" before "[a,]": ' ' < ']'; "[a]" after "[a, b]": ']' > ','; "[]" before "[a]": ']' < 'a'
    assertThat(FindingAssembler.BY_ARGS_TEXT.compare(entry("a", "b"), entry("a,"))).isNegative();
    assertThat(FindingAssembler.BY_ARGS_TEXT.compare(entry("a"), entry("a", "b"))).isPositive();
    assertThat(FindingAssembler.BY_ARGS_TEXT.compare(entry(), entry("a"))).isNegative();
    assertThat(FindingAssembler.BY_ARGS_TEXT.compare(entry("x", "y"), entry("x", "y"))).isZero();
  }

  private static FindingAssembler.Entry entry(Object... args) {
    return new FindingAssembler.Entry(new Conclusion(CriterionId.of("T-01"), null, Verdict.SATISFIED, "T-01.k",
        Arrays.asList(args), null, "r"), -1);
  }

  private static String text(FindingAssembler.Entry e) {
    return String.valueOf(e.conclusion.args());
  }
}
