package org.communitybudgets.appraisal;

import static org.communitybudgets.internal.Checks.listOf;
import static org.communitybudgets.internal.Checks.required;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.communitybudgets.InvalidValueException;
import org.communitybudgets.internal.TsvReader;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.source.PolicyDocument;
import org.communitybudgets.source.PolicySource;
import org.communitybudgets.time.DateRange;

/**
 * The dated, editable table of appraisal parameters: the discount rate and the optimism-bias
 * correction for each confidence grade, each with the dates it is in force (the Green Book and the CBA guidance 2014).
 * A change of assumption is a new dated row, not a code change; an authority ships its own table
 * and reads it with {@link #load(Reader, String)}.
 *
 * <p>The table is tab-separated with the columns {@value #HEADER_TEXT}, {@code #} comment lines,
 * and one line per dated value: {@code key} one of {@link AppraisalParameter#KEYS}, or {@code
 * discount-rate-from-year-N} for the rate from appraisal year N on; {@code from},
 * {@code until} dates like {@code 2010-04-01} ({@code -} for no end); {@code value} a percentage
 * like {@code 3.5%}; {@code source document} a {@link PolicyDocument} id and {@code source
 * location} the place in it; {@code note} a remark or {@code -}. Every key of {@link
 * AppraisalParameter#KEYS} must be given, and the dated rows of one key must follow each other
 * without a gap or an overlap. A later discount rate's rows need not cover every day: on a day
 * none covers, the rate before it continues.
 */
public final class AppraisalParameters {
  /** The columns of a parameter table, tab-separated, in order. */
  public static final String HEADER_TEXT =
      "key, from, until, value, source document, source location, note";

  /** The name of the resource holding the standard table, beside this class. */
  public static final String STANDARD_RESOURCE = "appraisal-parameters.tsv";

  private static final List<String> COLUMNS = List.of(HEADER_TEXT.split(", "));
  private static final Supplier<AppraisalParameters> STANDARD =
      Suppliers.memoize(() -> TsvReader.readResource(AppraisalParameters.class, STANDARD_RESOURCE, AppraisalParameters::load));

  private final List<AppraisalParameter> parameters;

  private AppraisalParameters(List<AppraisalParameter> parameters) {
    this.parameters = parameters;
  }

  /**
   * The standard table, read once from {@value #STANDARD_RESOURCE} on first use: the Green Book's
   * discount rate, 3.5% for years 0 to 30 and declining after (Annex 6, Table 6.1), and the
   * optimism-bias corrections by grade, which the sources leave open and the table marks assumed.
   *
   * @throws IllegalStateException if the resource is missing
   */
  public static AppraisalParameters standard() {
    return STANDARD.get();
  }


  /**
   * The parameters of a table (see the class description).
   *
   * @param reader the table; read to its end but not closed
   * @param sourceName the table's name, used in error messages
   * @throws IllegalArgumentException naming the source and line of the first bad cell or row, of
   *     the row that leaves a gap or overlaps another, or of a missing key
   * @throws UncheckedIOException if the table cannot be read
   */
  public static AppraisalParameters load(Reader reader, String sourceName) {
    List<AppraisalParameter> parameters = new ArrayList<>();
    Map<AppraisalParameter, String> where = new IdentityHashMap<>();
    String source = sourceName;
    for (TsvReader.Row row : TsvReader.read(reader, sourceName, COLUMNS)) {
      AppraisalParameter parameter = parse(row);
      parameters.add(parameter);
      where.put(parameter, row.where());
      source = row.sourceName();
    }
    String name = source;
    return validated(parameters, p -> where.getOrDefault(p, name), name, IllegalArgumentException::new);
  }

  /**
   * The parameters given, in any order.
   *
   * @throws InvalidValueException if a key is missing, or two rows of a key overlap or leave a
   *     gap between them
   */
  public static AppraisalParameters of(List<AppraisalParameter> parameters) {
    List<AppraisalParameter> list = listOf(parameters, "appraisal parameters");
    return validated(
        list,
        p -> "appraisal parameter " + p.key() + " from " + p.dates().start(),
        "appraisal parameters",
        message -> new InvalidValueException("appraisal parameters", "complete, without gaps or overlaps", message));
  }

  private static AppraisalParameters validated(
      List<AppraisalParameter> parameters,
      Function<AppraisalParameter, String> where,
      String source,
      Function<String, RuntimeException> failure) {
    List<AppraisalParameter> ordered = new ArrayList<>();
    // the discount rate, the later discount rates by the year they start in, then the grades
    List<String> keys = new ArrayList<>();
    keys.add(AppraisalParameter.DISCOUNT_RATE);
    parameters.stream()
        .map(AppraisalParameter::key)
        .filter(k -> AppraisalParameter.laterDiscountYear(k).isPresent())
        .distinct()
        .sorted(Comparator.comparing(k -> AppraisalParameter.laterDiscountYear(k).orElseThrow()))
        .forEach(keys::add);
    AppraisalParameter.KEYS.stream().filter(k -> !k.equals(AppraisalParameter.DISCOUNT_RATE)).forEach(keys::add);
    for (String key : keys) {
      List<AppraisalParameter> rows =
          parameters.stream()
              .filter(p -> p.key().equals(key))
              .sorted(Comparator.comparing((AppraisalParameter p) -> p.dates().start()))
              .toList();
      if (rows.isEmpty()) {
        throw failure.apply(source + ": must give parameter '" + key + "', was missing");
      }
      for (int i = 1; i < rows.size(); i++) {
        AppraisalParameter before = rows.get(i - 1);
        AppraisalParameter after = rows.get(i);
        Optional<LocalDate> end = before.dates().end();
        if (end.isEmpty() || !end.get().isBefore(after.dates().start())) {
          throw failure.apply(
              where.apply(after)
                  + ": dates of '"
                  + key
                  + "' must not overlap those of "
                  + where.apply(before)
                  + " ("
                  + before.dates()
                  + "), was "
                  + after.dates());
        }
        if (end.get().plusDays(1).isBefore(after.dates().start())) {
          throw failure.apply(
              where.apply(after)
                  + ": dates of '"
                  + key
                  + "' must start the day after those of "
                  + where.apply(before)
                  + " end ("
                  + end.get().plusDays(1)
                  + "), was "
                  + after.dates()
                  + ", leaving a gap");
        }
      }
      ordered.addAll(rows);
    }
    return new AppraisalParameters(List.copyOf(ordered));
  }

  private static AppraisalParameter parse(TsvReader.Row row) {
    String key = row.required("key");
    if (!AppraisalParameter.isKey(key)) {
      throw row.error("key", AppraisalParameter.KEY_WORDS, key);
    }
    LocalDate from = row.parse("from", TsvReader::date);
    Optional<LocalDate> until = row.optional("until", TsvReader::date);
    if (until.isPresent() && until.get().isBefore(from)) {
      throw row.error("until", "on or after from, " + from, row.text("until"));
    }
    Percentage value = row.parse("value", Percentage::parse);
    PolicyDocument document = row.parse("source document", TsvReader::standardDocument);
    String location = row.required("source location");
    try {
      return new AppraisalParameter(
          key,
          new DateRange(from, until),
          value,
          new PolicySource(document, location),
          row.optional("note").orElse(""));
    } catch (InvalidValueException | NullPointerException e) {
      throw row.error(e);
    }
  }



  /**
   * Every dated row: the keys in the order of {@link AppraisalParameter#KEYS} with the later
   * discount rates, by year, after the discount rate; each key's rows by date.
   */
  public List<AppraisalParameter> parameters() {
    return parameters;
  }

  /** The row of the key in force on the day, if any. */
  public Optional<AppraisalParameter> parameterOn(String key, LocalDate day) {
    required(key, "parameter key");
    required(day, "date");
    return parameters.stream()
        .filter(p -> p.key().equals(key) && p.dates().contains(day))
        .findFirst();
  }

  /**
   * The values in force on the day: the business date an appraisal is made as of. A later
   * discount rate with no row on the day does not apply.
   *
   * @throws InvalidValueException naming the first parameter a table must give with no value on that day
   */
  public AppraisalRates valueOn(LocalDate day) {
    required(day, "appraisal date");
    Percentage discountRate = require(AppraisalParameter.DISCOUNT_RATE, day);
    Map<Integer, Percentage> later = new LinkedHashMap<>();
    for (AppraisalParameter p : parameters) {
      AppraisalParameter.laterDiscountYear(p.key())
          .filter(year -> p.dates().contains(day))
          .ifPresent(year -> later.put(year, p.value()));
    }
    Map<ConfidenceGrade, Percentage> bias = new LinkedHashMap<>();
    for (ConfidenceGrade grade : ConfidenceGrade.all()) {
      bias.put(grade, require(AppraisalParameter.optimismBiasKey(grade), day));
    }
    return new AppraisalRates(day, discountRate, bias, later);
  }

  private Percentage require(String key, LocalDate day) {
    Optional<AppraisalParameter> row = parameterOn(key, day);
    if (row.isEmpty()) {
      List<String> dates =
          parameters.stream().filter(p -> p.key().equals(key)).map(p -> p.dates().toString()).toList();
      throw new InvalidValueException(
          "appraisal date", "within the dates of parameter '" + key + "' " + dates, day);
    }
    return row.get().value();
  }

  /** Two tables are equal if they hold equal rows. */
  @Override
  public boolean equals(Object o) {
    return o instanceof AppraisalParameters other && parameters.equals(other.parameters);
  }

  @Override
  public int hashCode() {
    return parameters.hashCode();
  }

  /** The number of rows, e.g. {@code AppraisalParameters[7 rows]}. */
  @Override
  public String toString() {
    return "AppraisalParameters[" + parameters.size() + " rows]";
  }
}
