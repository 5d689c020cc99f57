package dev.kijun.engine;

import dev.kijun.model.ServiceProfile;
import dev.kijun.policy.Parameters;
import dev.kijun.rules.EvaluationDate;
import dev.kijun.rules.FactProvider;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a profile into the facts the rules see: the profile, each of its sections (an absent section as an empty
 * one, so that rules judge every missing fact the same way), each certification, the parameters, the evaluation
 * date, and whatever the catalogs' fact providers derive.
 */
final class FactSet {
  private static final List<Section> SECTIONS = sections();

  private FactSet() {}

  static List<Object> of(ServiceProfile profile, Parameters parameters, EvaluationDate date,
      List<FactProvider> providers) {
    List<Object> facts = new ArrayList<>(SECTIONS.size() + 8 + profile.certifications().size());
    facts.add(profile);
    facts.add(parameters);
    facts.add(date);
    for (Section section : SECTIONS) {
      facts.add(section.of(profile));
    }
    facts.addAll(profile.certifications());
    for (FactProvider provider : providers) {
      provider.contribute(profile, facts::add);
    }
    return facts;
  }

  private record Section(Method accessor, Object empty) {
    Object of(ServiceProfile profile) {
      try {
        Object value = accessor.invoke(profile);
        return value != null ? value : empty;
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read section " + accessor.getName(), e);
      }
    }
  }

  private static List<Section> sections() {
    List<Section> out = new ArrayList<>();
    for (RecordComponent component : ServiceProfile.class.getRecordComponents()) {
      Class<?> type = component.getType();
      if (!type.isRecord()) {
        continue;
      }
      out.add(new Section(component.getAccessor(), empty(type)));
    }
    return List.copyOf(out);
  }

  private static Object empty(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
    }
    try {
      Constructor<?> canonical = type.getDeclaredConstructor(types);
      return canonical.newInstance(new Object[components.length]);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot make an empty " + type.getSimpleName(), e);
    }
  }
}
