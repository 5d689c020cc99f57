package dev.kijun.schema;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.kijun.model.Claim;
import dev.kijun.model.CountryCode;
import dev.kijun.model.Evidence;
import dev.kijun.model.RegionRef;
import dev.kijun.model.ServiceProfile;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The fields of the profile model, read from the records by reflection: every record component is a field (the
 * reader binds records by their component names), its Java type decides its {@link Field.Kind}. A type this class
 * does not know is an error, so a new value type cannot slip into the model without a schema.
 */
final class ProfileFields {
  private ProfileFields() {}

  /** The fields of {@link ServiceProfile}, in declaration order. */
  static List<Field> of() {
    return fields(ServiceProfile.class, "");
  }

  /** The fields of a record type. */
  static List<Field> fields(Class<?> record, String parentPath) {
    List<String> required = requiredComponents(record);
    List<Field> fields = new ArrayList<>();
    for (RecordComponent c : record.getRecordComponents()) {
      fields.add(field(c.getName(), parentPath + "/" + c.getName(), c.getGenericType(), required.contains(c.getName())));
    }
    return fields;
  }

  private static Field field(String name, String path, Type type, boolean required) {
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
        && Collection.class.isAssignableFrom(raw)) {
      Class<?> item = (Class<?>) p.getActualTypeArguments()[0];
      Field element = field(name, path, item, required);
      return new Field(name, path, element.kind(), item, true, required, element.children());
    }
    Class<?> c = (Class<?>) type;
    Field.Kind kind = kind(c);
    List<Field> children = kind == Field.Kind.RECORD ? fields(c, path) : List.of();
    return new Field(name, path, kind, c, false, required, children);
  }

  static Field.Kind kind(Class<?> c) {
    if (c == String.class) {
      return Field.Kind.TEXT;
    }
    if (c == Boolean.class || c == boolean.class) {
      return Field.Kind.BOOLEAN;
    }
    if (c == Integer.class || c == int.class || c == Long.class || c == long.class) {
      return Field.Kind.INTEGER;
    }
    if (c == LocalDate.class) {
      return Field.Kind.DATE;
    }
    if (c == Period.class) {
      return Field.Kind.PERIOD;
    }
    if (c == Duration.class) {
      return Field.Kind.DURATION;
    }
    if (c == Claim.class) {
      return Field.Kind.CLAIM;
    }
    if (c == RegionRef.class) {
      return Field.Kind.REGION;
    }
    if (c == CountryCode.class) {
      return Field.Kind.COUNTRY;
    }
    if (c == Evidence.class) {
      return Field.Kind.EVIDENCE;
    }
    if (c.isEnum()) {
      return Field.Kind.ENUM;
    }
    if (c.isRecord()) {
      return Field.Kind.RECORD;
    }
    throw new IllegalStateException("the profile schema has no rule for " + c.getName()
        + "; teach dev.kijun.schema.ProfileFields how a profile writes it");
  }

  /** The values an enum is written as: its {@code @JsonValue} text where it has one, else its constant names. */
  static List<String> enumValues(Class<?> enumType) {
    boolean jsonValue = Arrays.stream(enumType.getMethods()).anyMatch(m -> m.isAnnotationPresent(JsonValue.class));
    return Arrays.stream(enumType.getEnumConstants())
        .map(e -> jsonValue ? e.toString() : ((Enum<?>) e).name())
        .toList();
  }

  /**
   * The components a record cannot be built without. Found by building it: with every component absent, then with
   * one component given at a time. Only text and enum components can be probed, which is all the model needs.
   */
  static List<String> requiredComponents(Class<?> record) {
    RecordComponent[] components = record.getRecordComponents();
    Object[] absent = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      absent[i] = absentValue(components[i].getType());
    }
    if (builds(record, absent)) {
      return List.of();
    }
    List<String> required = new ArrayList<>();
    for (int i = 0; i < components.length; i++) {
      Object sample = sample(components[i].getType());
      if (sample == null) {
        continue;
      }
      Object[] args = absent.clone();
      args[i] = sample;
      if (builds(record, args)) {
        required.add(components[i].getName());
      }
    }
    if (required.isEmpty()) {
      throw new IllegalStateException(record.getName() + " cannot be built with its fields absent, and no single"
          + " field is the one it needs; teach dev.kijun.schema.ProfileFields which fields are required");
    }
    return required;
  }

  private static Object absentValue(Class<?> type) {
    if (type == boolean.class) {
      return false;
    }
    if (type == int.class) {
      return 0;
    }
    if (type == long.class) {
      return 0L;
    }
    return null;
  }

  private static Object sample(Class<?> type) {
    if (type == String.class) {
      return "x";
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    return null;
  }

  private static boolean builds(Class<?> record, Object[] args) {
    try {
      Class<?>[] types = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getType)
          .toArray(Class<?>[]::new);
      Constructor<?> constructor = record.getDeclaredConstructor(types);
      constructor.newInstance(args);
      return true;
    } catch (InvocationTargetException e) {
      return false;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + record.getName() + " to find its required fields", e);
    }
  }
}
