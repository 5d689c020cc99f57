package dev.kijun.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kijun.criteria.CriterionId;
import dev.kijun.io.DocumentReader;
import dev.kijun.io.ReaderLimits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The waivers (例外措置) in force, read from a YAML or JSON file with a {@code waivers:} list. A malformed entry does
 * not stop the others: it is kept as a {@link RejectedWaiver}, never applied, and reported.
 *
 * <pre>
 * waivers:
 *   - criterion: B2-16
 *     profiles: [example-saas-compliant]
 *     reason: 庁内閉域網からのみ接続するため、端末制限は網側で担保する
 *     approver: 情報政策課長
 *     approvalNumber: 情政第123号
 *     validUntil: 2027-03-31
 * </pre>
 *
 * @param valid the waivers that can be applied
 * @param rejected the entries that cannot
 */
public record Waivers(List<Waiver> valid, List<RejectedWaiver> rejected) {
  private static final Set<String> FIELDS =
      Set.of("criterion", "profiles", "reason", "approver", "approvalNumber", "validUntil");

  public Waivers {
    valid = List.copyOf(valid);
    rejected = List.copyOf(rejected);
  }

  /** No waivers. */
  public static Waivers none() {
    return new Waivers(List.of(), List.of());
  }

  /**
   * Reads a waiver file. The file itself must be well-formed YAML or JSON with a {@code waivers} list.
   *
   * @throws dev.kijun.io.InvalidInputException if it is not
   */
  public static Waivers read(Path file) {
    return fromFile(DocumentReader.of(WaiverFile.class, ReaderLimits.defaults()).read(file).value());
  }

  /** Reads waivers from text, named {@code name} in error messages. */
  public static Waivers read(String name, String yaml) {
    return fromFile(DocumentReader.of(WaiverFile.class, ReaderLimits.defaults())
        .read(name, yaml.getBytes(StandardCharsets.UTF_8)).value());
  }

  private static Waivers fromFile(WaiverFile file) {
    List<Waiver> valid = new ArrayList<>();
    List<RejectedWaiver> rejected = new ArrayList<>();
    List<JsonNode> entries = file.waivers() == null ? List.of() : file.waivers();
    for (int i = 0; i < entries.size(); i++) {
      JsonNode entry = entries.get(i);
      String pointer = "/waivers/" + i;
      List<String> problems = new ArrayList<>();
      String number = text(entry, "approvalNumber");
      List<String> profiles = new ArrayList<>();
      if (!entry.isObject()) {
        rejected.add(new RejectedWaiver(pointer, null, List.of(), "a waiver must be a mapping"));
        continue;
      }
      for (Iterator<String> it = entry.fieldNames(); it.hasNext(); ) {
        String field = it.next();
        if (!FIELDS.contains(field)) {
          problems.add("unknown field '" + field + "' (allowed: " + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
        }
      }
      JsonNode profileNode = entry.get("profiles");
      if (profileNode == null || !profileNode.isArray() || profileNode.isEmpty()) {
        problems.add("'profiles' must list the ids of the profiles it covers");
      } else {
        for (JsonNode p : profileNode) {
          if (p.isTextual() && !p.asText().isBlank()) {
            profiles.add(p.asText().strip());
          } else {
            problems.add("'profiles' must hold profile ids as text");
          }
        }
      }
      CriterionId criterion = null;
      String criterionText = text(entry, "criterion");
      if (criterionText == null) {
        problems.add("'criterion' is missing");
      } else {
        try {
          criterion = CriterionId.of(criterionText);
        } catch (IllegalArgumentException e) {
          problems.add(e.getMessage());
        }
      }
      for (String required : List.of("reason", "approver", "approvalNumber")) {
        if (text(entry, required) == null) {
          problems.add("'" + required + "' is missing: a waiver must say why, who approved it and under which number");
        }
      }
      LocalDate validUntil = null;
      String until = text(entry, "validUntil");
      if (until == null) {
        problems.add("'validUntil' is missing: every waiver must expire");
      } else {
        try {
          validUntil = LocalDate.parse(until);
        } catch (DateTimeParseException e) {
          problems.add("'validUntil' is not a date such as 2027-03-31: '" + until + "'");
        }
      }
      if (problems.isEmpty()) {
        valid.add(new Waiver(criterion, profiles, text(entry, "reason"), text(entry, "approver"), number, validUntil));
      } else {
        rejected.add(new RejectedWaiver(pointer, number, profiles, String.join("; ", problems)));
      }
    }
    return new Waivers(valid, rejected);
  }

  private static String text(JsonNode entry, String field) {
    JsonNode node = entry.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    String s = node.isValueNode() ? node.asText() : null;
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** The shape of a waiver file; entries are checked one by one. */
  record WaiverFile(List<JsonNode> waivers) {}
}
