package org.communitybudgets.rules.internal.parameters;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.communitybudgets.rules.Parameter;

/** The parameters in force for an engine: the standard tables with any local overrides applied. */
public final class ParameterTable {
  private final SortedMap<String, ParameterDefinition> byKey;

  private ParameterTable(SortedMap<String, ParameterDefinition> byKey) {
    this.byKey = Collections.unmodifiableSortedMap(byKey);
  }

  /** A table of the definitions; keys are unique (the reader reports repeats). */
  public static ParameterTable of(Collection<ParameterDefinition> definitions) {
    SortedMap<String, ParameterDefinition> map = new TreeMap<>();
    for (ParameterDefinition d : definitions) {
      map.put(d.key(), d);
    }
    return new ParameterTable(map);
  }

  /** This table with the values of the overriding definitions in place of the standard ones. */
  public ParameterTable overriddenBy(List<ParameterDefinition> overrides) {
    SortedMap<String, ParameterDefinition> map = new TreeMap<>(byKey);
    for (ParameterDefinition o : overrides) {
      map.put(o.key(), o);
    }
    return new ParameterTable(map);
  }

  public Optional<ParameterDefinition> definition(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  public Map<String, ParameterDefinition> asMap() {
    return byKey;
  }

  /** Every parameter, sorted by key, as a rule author reads it: its dated values with their sources and notes. */
  public List<Parameter> described() {
    return byKey.values().stream()
        .map(d -> new Parameter(d.key(), d.type().fileName(), d.description(), d.values().stream()
            .map(v -> new Parameter.Value(v.effective(), d.type().format(v.value()), v.source(), v.note(), v.file(), v.line()))
            .toList()))
        .toList();
  }
}
