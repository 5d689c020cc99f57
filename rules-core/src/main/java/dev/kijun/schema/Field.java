package dev.kijun.schema;

import java.util.List;

/**
 * One field of the profile model as a profile writes it.
 *
 * @param name the field's name in YAML and JSON
 * @param path where it is, as a JSON pointer without list indexes, e.g. {@code /dataResidency/locations/kind}
 * @param kind what kind of value it holds (of each item, for a list)
 * @param type the Java type of the value (of each item, for a list)
 * @param list whether it is a list (or set) of such values
 * @param required whether a profile must give it
 * @param children the fields of a record value, in declaration order; empty otherwise
 */
record Field(String name, String path, Kind kind, Class<?> type, boolean list, boolean required,
    List<Field> children) {
  Field {
    children = List.copyOf(children);
  }

  /** What kind of value a field holds; each kind has one spelling in a profile. */
  enum Kind {
    TEXT, BOOLEAN, INTEGER, DATE, PERIOD, DURATION, ENUM, CLAIM, REGION, COUNTRY, EVIDENCE, RECORD
  }
}
