package dev.kijun.criteria;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * The id of a criterion: {@code B2-22} for 別表２ No.22, or a policy owner's own prefix such as {@code ORG-01}.
 *
 * @param value the id, upper-case letters and digits, a hyphen, then a number or name
 */
public record CriterionId(String value) implements Comparable<CriterionId> {
  private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9]{0,15}-[A-Z0-9][A-Z0-9-]{0,31}");

  public CriterionId {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("'" + value + "' is not a criterion id; write PREFIX-NUMBER, e.g. B2-22 or ORG-01");
    }
  }

  /** Parses an id. */
  @JsonCreator
  public static CriterionId of(String value) {
    return new CriterionId(value == null ? null : value.strip());
  }

  /** The id of 別表２ row {@code number}, e.g. {@code B2-02}. */
  public static CriterionId table2(int number) {
    return new CriterionId(String.format("B2-%02d", number));
  }

  @Override
  public int compareTo(CriterionId other) {
    String[] a = value.split("-", 2);
    String[] b = other.value.split("-", 2);
    int byPrefix = a[0].compareTo(b[0]);
    if (byPrefix != 0) {
      return byPrefix;
    }
    if (a[1].chars().allMatch(Character::isDigit) && b[1].chars().allMatch(Character::isDigit)) {
      return Integer.compare(Integer.parseInt(a[1]), Integer.parseInt(b[1]));
    }
    return a[1].compareTo(b[1]);
  }

  @JsonValue
  @Override
  public String toString() {
    return value;
  }
}
