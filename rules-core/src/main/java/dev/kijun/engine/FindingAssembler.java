package dev.kijun.engine;

import dev.kijun.criteria.Criterion;
import dev.kijun.criteria.CriterionId;
import dev.kijun.criteria.Messages;
import dev.kijun.criteria.Part;
import dev.kijun.engine.drools.Conclusion;
import dev.kijun.model.Claim;
import dev.kijun.model.Evidence;
import dev.kijun.model.HasEvidence;
import dev.kijun.report.Finding;
import dev.kijun.report.PartResult;
import dev.kijun.report.Reason;
import dev.kijun.report.Verdict;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Combines the conclusions rules stated for one criterion into its finding. Fail-safe: a criterion no rule
 * concluded, or a part no rule concluded, is UNDETERMINED, never SATISFIED.
 *
 * <p>Conclusions are ordered most severe first, then by part (catalog order; none first), rule name, message key
 * and finally the text of their values. That last, costly key is computed only for conclusions the others leave
 * tied, once each. Each conclusion's reason is made once and shared by the finding and its part.
 */
final class FindingAssembler {
  static final String NO_CONCLUSION = "kijun.no-conclusion";
  static final String PART_NOT_CONCLUDED = "kijun.part-not-concluded";
  static final String UNSUPPORTED_DECLARATION = "kijun.unsupported-declaration";

  /** Beyond this many reasons, duplicates are found by hashing rather than by comparing each pair. */
  private static final int LINEAR_DEDUP_LIMIT = 16;

  private final Messages messages;

  FindingAssembler(Messages messages) {
    this.messages = messages;
  }

  Finding assemble(Criterion criterion, List<Conclusion> conclusions) {
    CriterionId id = criterion.id();
    if (conclusions.isEmpty()) {
      return new Finding(id, criterion.level(), Verdict.UNDETERMINED,
          List.of(new Reason(NO_CONCLUSION, List.of(id.value()), messages)), List.of(), List.of(), List.of(),
          List.of(), null, null);
    }
    List<Part> parts = criterion.parts();
    Entry[] sorted = sort(conclusions, parts);
    int n = sorted.length;
    List<String> rules = ruleNames(sorted);

    boolean allNotApplicable = true;
    boolean wholeNotApplicable = false;
    boolean against = false;
    Verdict verdict = Verdict.SATISFIED;
    for (Entry e : sorted) {
      Verdict v = e.conclusion.verdict();
      if (v == Verdict.NOT_APPLICABLE) {
        wholeNotApplicable |= e.conclusion.part() == null;
      } else {
        allNotApplicable = false;
        verdict = verdict.worse(v);
        against |= v == Verdict.NOT_SATISFIED || v == Verdict.UNDETERMINED;
      }
    }
    if (allNotApplicable || wholeNotApplicable && !against) {
      List<Entry> why = new ArrayList<>(n);
      for (Entry e : sorted) {
        if (e.conclusion.verdict() == Verdict.NOT_APPLICABLE && (allNotApplicable || e.conclusion.part() == null)) {
          why.add(e);
        }
      }
      return new Finding(id, criterion.level(), Verdict.NOT_APPLICABLE, reasons(why), List.of(), List.of(),
          evidence(why), rules, null, null);
    }

    List<Entry> all = Arrays.asList(sorted);
    List<Reason> reasons = reasons(all);
    List<PartResult> partResults = new ArrayList<>(parts.size());
    for (int p = 0; p < parts.size(); p++) {
      String partId = parts.get(p).id();
      List<Entry> ofPart = new ArrayList<>(4);
      for (Entry e : sorted) {
        if (partId.equals(e.conclusion.part())) {
          ofPart.add(e);
        }
      }
      if (ofPart.isEmpty()) {
        Reason missing = new Reason(PART_NOT_CONCLUDED, List.of(partId), messages);
        partResults.add(new PartResult(partId, Verdict.UNDETERMINED, List.of(missing)));
        reasons.add(missing);
        verdict = verdict.worse(Verdict.UNDETERMINED);
      } else {
        boolean partAllNotApplicable = true;
        Verdict partVerdict = Verdict.SATISFIED;
        for (Entry e : ofPart) {
          if (e.conclusion.verdict() != Verdict.NOT_APPLICABLE) {
            partAllNotApplicable = false;
            partVerdict = partVerdict.worse(e.conclusion.verdict());
          }
        }
        partResults.add(new PartResult(partId, partAllNotApplicable ? Verdict.NOT_APPLICABLE : partVerdict,
            reasons(ofPart)));
      }
    }
    if (verdict == Verdict.SATISFIED && restsOnUnsupportedClaims(sorted)) {
      reasons.add(new Reason(UNSUPPORTED_DECLARATION, List.of(), messages));
    }
    return new Finding(id, criterion.level(), verdict, reasons, missingFacts(sorted), partResults, evidence(all),
        rules, null, null);
  }

  /** A conclusion with its sort keys. */
  static final class Entry {
    final Conclusion conclusion;
    final int severity;
    final int partIndex;
    /** The text of each value, as {@code String.valueOf(args)} spells it, made when a comparison reaches it. */
    private String[] argText;
    Reason reason;

    Entry(Conclusion conclusion, int partIndex) {
      this.conclusion = conclusion;
      this.severity = severity(conclusion.verdict());
      this.partIndex = partIndex;
    }

    int argCount() {
      return conclusion.args().size();
    }

    String argText(int i) {
      if (argText == null) {
        argText = new String[argCount()];
      }
      String text = argText[i];
      if (text == null) {
        text = String.valueOf(conclusion.args().get(i));
        argText[i] = text;
      }
      return text;
    }
  }

  /**
   * Orders two conclusions exactly as {@code String.valueOf(a.args()).compareTo(String.valueOf(b.args()))} would,
   * the text being {@code [v0, v1, ...]}, but makes each value's text only when the comparison gets to it: two
   * conclusions of one rule usually differ in their first value.
   */
  static final Comparator<Entry> BY_ARGS_TEXT = (a, b) -> {
    ArgsCursor x = new ArgsCursor(a);
    ArgsCursor y = new ArgsCursor(b);
    while (true) {
      if (x.atValueStart() && y.atValueStart() && x.value == y.value
          && x.entry.argText(x.value).equals(y.entry.argText(y.value))) {
        x.skipValue();
        y.skipValue();
        continue;
      }
      int cx = x.next();
      int cy = y.next();
      if (cx != cy) {
        return cx < 0 ? -1 : cy < 0 ? 1 : cx - cy;
      }
      if (cx < 0) {
        return 0;
      }
    }
  };

  /** Walks the characters of {@code [v0, v1, ...]} without building the string. */
  private static final class ArgsCursor {
    final Entry entry;
    final int count;
    /** The value being read; -1 before the opening bracket; count once past the last value. */
    int value = -1;
    /** The position in the current token: the value's text, or the separator after it. */
    int pos;
    boolean inSeparator;

    ArgsCursor(Entry entry) {
      this.entry = entry;
      this.count = entry.argCount();
    }

    boolean atValueStart() {
      return value >= 0 && value < count && !inSeparator && pos == 0;
    }

    void skipValue() {
      inSeparator = true;
      pos = 0;
    }

    /** The next character, or -1 at the end. */
    int next() {
      while (true) {
        if (value < 0) {
          value = 0;
          pos = 0;
          inSeparator = count == 0;
          return '[';
        }
        if (value >= count) {
          if (pos == 0) {
            pos = 1;
            return ']';
          }
          return -1;
        }
        if (!inSeparator) {
          String text = entry.argText(value);
          if (pos < text.length()) {
            return text.charAt(pos++);
          }
          inSeparator = true;
          pos = 0;
          continue;
        }
        if (value == count - 1) {
          value = count;
          pos = 0;
          continue;
        }
        if (pos < 2) {
          return pos++ == 0 ? ',' : ' ';
        }
        value++;
        pos = 0;
        inSeparator = false;
      }
    }
  }

  private static final Comparator<Entry> BY_KEYS = Comparator.<Entry>comparingInt(e -> -e.severity)
      .thenComparingInt(e -> e.partIndex)
      .thenComparing(e -> e.conclusion.rule())
      .thenComparing(e -> e.conclusion.messageKey());

  /**
   * Sorts stably by severity, part, rule and key, then each run those keys leave tied by the text of the values:
   * the same order as one stable sort by all five keys.
   */
  private static Entry[] sort(List<Conclusion> conclusions, List<Part> parts) {
    Entry[] entries = new Entry[conclusions.size()];
    for (int i = 0; i < entries.length; i++) {
      Conclusion c = conclusions.get(i);
      entries[i] = new Entry(c, partIndex(parts, c.part()));
    }
    Arrays.sort(entries, BY_KEYS);
    int start = 0;
    for (int i = 1; i <= entries.length; i++) {
      if (i == entries.length || BY_KEYS.compare(entries[start], entries[i]) != 0) {
        if (i - start > 1) {
          Arrays.sort(entries, start, i, BY_ARGS_TEXT);
        }
        start = i;
      }
    }
    return entries;
  }

  /** The part's index in catalog order; -1 for none; -1 as well for a part the criterion does not define. */
  private static int partIndex(List<Part> parts, String part) {
    if (part == null) {
      return -1;
    }
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i).id().equals(part)) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> ruleNames(Entry[] sorted) {
    Set<String> names = new TreeSet<>();
    for (Entry e : sorted) {
      names.add(e.conclusion.rule());
    }
    return List.copyOf(names);
  }

  /** The distinct reasons of the conclusions, in order; each conclusion's reason is made once. */
  private List<Reason> reasons(List<Entry> entries) {
    List<Reason> out = new ArrayList<>(entries.size() + 1);
    Set<Reason> seen = entries.size() > LINEAR_DEDUP_LIMIT ? new LinkedHashSet<>() : null;
    for (Entry e : entries) {
      if (e.reason == null) {
        e.reason = new Reason(e.conclusion.messageKey(), e.conclusion.args(), messages);
      }
      Reason r = e.reason;
      if (seen != null ? seen.add(r) : !containsEqual(out, r)) {
        out.add(r);
      }
    }
    return out;
  }

  private static boolean containsEqual(List<Reason> reasons, Reason r) {
    for (Reason existing : reasons) {
      if (existing == r || existing.key().equals(r.key()) && existing.equals(r)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> missingFacts(Entry[] sorted) {
    Set<String> missing = null;
    for (Entry e : sorted) {
      String fact = e.conclusion.missingFact();
      if (fact != null) {
        if (missing == null) {
          missing = new TreeSet<>();
        }
        missing.add(fact);
      }
    }
    return missing == null ? List.of() : List.copyOf(missing);
  }

  private static List<Evidence> evidence(List<Entry> entries) {
    Set<Evidence> out = null;
    for (Entry e : entries) {
      for (Object arg : e.conclusion.args()) {
        if (arg instanceof HasEvidence h && !h.evidence().isEmpty()) {
          if (out == null) {
            out = new LinkedHashSet<>();
          }
          out.addAll(h.evidence());
        }
      }
    }
    return out == null ? List.of() : List.copyOf(out);
  }

  private static boolean restsOnUnsupportedClaims(Entry[] entries) {
    for (Entry e : entries) {
      for (Object arg : e.conclusion.args()) {
        if (arg instanceof Claim claim && claim.isUnsupported()) {
          return true;
        }
      }
    }
    return false;
  }

  private static int severity(Verdict v) {
    return switch (v) {
      case NOT_SATISFIED -> 3;
      case UNDETERMINED -> 2;
      case SATISFIED -> 1;
      case NOT_APPLICABLE, WAIVED -> 0;
    };
  }
}
