package org.communitybudgets.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.communitybudgets.decision.ParameterRead;
import org.communitybudgets.money.Money;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.rules.internal.parameters.ParameterDefinition;
import org.communitybudgets.rules.internal.parameters.ParameterTable;
import org.communitybudgets.rules.internal.parameters.ParameterType;
import org.communitybudgets.rules.internal.parameters.ParameterValue;
import org.communitybudgets.time.DateRange;
import org.communitybudgets.time.FinancialYear;
import org.communitybudgets.time.SchoolTerm;

/**
 * The policy in force on one business date: the date itself and every parameter's value on it.
 * One {@code Policy} fact is in every rule session; rules read amounts, thresholds and dates from
 * it instead of writing them as literals, and record what they read with {@link #read(String)}.
 *
 * <pre>
 * rule "PCC funding may be pooled once Police and Crime Commissioners are in place"
 * when
 *   $policy : Policy(asOf &gt;= date("pooling.pcc.first-day"))
 *   ...
 * then
 *   ... .parameter($policy.read("pooling.pcc.first-day")) ...
 * end
 * </pre>
 *
 * <p>Asking for a key that no parameter file defines, or for a type other than the parameter's,
 * throws {@link IllegalArgumentException}; asking for a parameter that has no value on the date
 * throws {@link IllegalStateException}. Both name the key and the date.
 */
public final class Policy {
  private final ParameterTable table;
  private final LocalDate asOf;
  /** The values read so far, by key: every family of a session reads the same few parameters. */
  private final Map<String, ParameterValue> values = new ConcurrentHashMap<>();
  private final Map<String, List<String>> texts = new ConcurrentHashMap<>();
  private final Map<String, ParameterRead> reads = new ConcurrentHashMap<>();
  private final Map<Integer, DateRange> windows = new ConcurrentHashMap<>();
  private final Map<Integer, List<SchoolTerm>> terms = new ConcurrentHashMap<>();

  /**
   * Made by the engine from its internal parts; callers reach this through the engine.
   *
   * @hidden
   */
  @SuppressWarnings("exports") // the engine's parts are not exported
  public Policy(ParameterTable table, LocalDate asOf) {
    this.table = Objects.requireNonNull(table, "parameter table");
    this.asOf = Objects.requireNonNull(asOf, "business date is required");
  }

  /** The business date decisions are made for. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The financial year the business date falls in. */
  public FinancialYear financialYear() {
    return FinancialYear.containing(asOf);
  }

  /**
   * The days of the last {@code months} months up to and including the business date, the same
   * for every family decided on it: {@code window(p.integer("tf.phase1.look-back-months"))}.
   */
  public DateRange window(int months) {
    return windows.computeIfAbsent(months, m -> DateRange.monthsEndingOn(asOf, m));
  }

  /** The last {@code count} school terms completed before the business date, oldest first. */
  public List<SchoolTerm> lastTerms(int count) {
    return terms.computeIfAbsent(count, n -> SchoolTerm.lastCompleted(n, asOf));
  }

  /** A date parameter's value. */
  public LocalDate date(String key) {
    return typed(key, ParameterType.DATE, LocalDate.class);
  }

  /** A money parameter's value. */
  public Money money(String key) {
    return typed(key, ParameterType.MONEY, Money.class);
  }

  /** A percentage parameter's value. */
  public Percentage percentage(String key) {
    return typed(key, ParameterType.PERCENTAGE, Percentage.class);
  }

  /** A whole-number parameter's value. */
  public int integer(String key) {
    return typed(key, ParameterType.INTEGER, Integer.class);
  }

  /** A yes/no parameter's value. */
  public boolean flag(String key) {
    return typed(key, ParameterType.BOOLEAN, Boolean.class);
  }

  /** A text parameter's value. */
  public String text(String key) {
    return typed(key, ParameterType.TEXT, String.class);
  }

  /** A text-list parameter's value. */
  public List<String> texts(String key) {
    return texts.computeIfAbsent(key, k -> {
      List<?> list = typed(k, ParameterType.TEXT_LIST, List.class);
      return list.stream().map(String::valueOf).toList();
    });
  }

  /** True if a text-list parameter contains the text. */
  public boolean listContains(String key, String text) {
    return texts(key).contains(text);
  }

  /** The parameter's value on the business date as a record for an explanation. */
  public ParameterRead read(String key) {
    return reads.computeIfAbsent(key, this::readOnBusinessDate);
  }

  private ParameterRead readOnBusinessDate(String key) {
    ParameterDefinition d = definition(key);
    ParameterValue v = value(d);
    return new ParameterRead(key, d.type().format(v.value()), v.effective(), v.source());
  }

  /** The same policy on another business date. */
  public Policy on(LocalDate date) {
    return new Policy(table, date);
  }

  private <T> T typed(String key, ParameterType type, Class<T> javaType) {
    ParameterDefinition d = definition(key);
    if (d.type() != type) {
      throw new IllegalArgumentException(
          "parameter '" + key + "' is a " + d.type().fileName() + ", not a " + type.fileName());
    }
    return javaType.cast(value(d).value());
  }

  private ParameterDefinition definition(String key) {
    return table
        .definition(key)
        .orElseThrow(() -> new IllegalArgumentException("unknown parameter '" + key + "'"));
  }

  private ParameterValue value(ParameterDefinition d) {
    return values.computeIfAbsent(d.key(), k -> valueOnBusinessDate(d));
  }

  private ParameterValue valueOnBusinessDate(ParameterDefinition d) {
    return d.valueOn(asOf)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "parameter '"
                        + d.key()
                        + "' has no value on "
                        + asOf
                        + ": its values run from "
                        + d.values().get(0).effective().start()
                        + " to "
                        + d.values().get(d.values().size() - 1).effective().end().map(LocalDate::toString).orElse("no end")));
  }

  @Override
  public String toString() {
    return "Policy on " + asOf;
  }
}
