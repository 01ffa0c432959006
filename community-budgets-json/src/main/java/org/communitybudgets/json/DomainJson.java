package org.communitybudgets.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.communitybudgets.funding.Department;
import org.communitybudgets.funding.FundingLineId;
import org.communitybudgets.pool.AgreementId;
import org.communitybudgets.pool.BudgetHolder;
import org.communitybudgets.pool.ContributionId;
import org.communitybudgets.pool.DepartmentParty;
import org.communitybudgets.pool.HolderId;
import org.communitybudgets.pool.Party;
import org.communitybudgets.pool.PoolId;
import org.communitybudgets.pool.SavingsSharingTerms;
import org.communitybudgets.pool.SharingBasis;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.family.AsbIncident;
import org.communitybudgets.family.AsbIntervention;
import org.communitybudgets.family.BenefitClaim;
import org.communitybudgets.family.ChildNeedingHelp;
import org.communitybudgets.family.DeclaredResult;
import org.communitybudgets.family.DomesticAbuse;
import org.communitybudgets.family.EmploymentSpell;
import org.communitybudgets.family.Exclusion;
import org.communitybudgets.family.FamilyId;
import org.communitybudgets.family.FinancialExclusionRisk;
import org.communitybudgets.family.HealthProblem;
import org.communitybudgets.family.Indicator;
import org.communitybudgets.family.LocalConcern;
import org.communitybudgets.family.MemberId;
import org.communitybudgets.family.Outcome;
import org.communitybudgets.family.ProblemProgress;
import org.communitybudgets.family.ProvenOffence;
import org.communitybudgets.family.SchoolPlacement;
import org.communitybudgets.family.TermAttendance;
import org.communitybudgets.family.WorkProgress;
import org.communitybudgets.family.YoungPersonNotInWork;
import org.communitybudgets.money.Money;
import org.communitybudgets.money.Percentage;
import org.communitybudgets.payment.ClaimId;
import org.communitybudgets.time.FinancialYear;

/**
 * The JSON form of the domain, as the command line and the scenario files read and write it (the
 * JSON Schemas under this module's {@code schemas/}, in the jar under {@code
 * org/communitybudgets/json/schemas/}, describe it): each record by its components; identifiers,
 * amounts, percentages and financial years as strings ({@code "f-1"}, {@code "£3,200.00"}, {@code
 * "15%"}, {@code "2012-13"}); dates as ISO dates; an indicator names its type in {@code indicator}
 * ({@code "proven-offence"}), an outcome in {@code outcome}, a party to an agreement in {@code
 * party}; an optional component may be left out, and a list left out is empty. A field the form
 * does not have is an error, as is a missing one the domain requires, and a value the domain
 * refuses is an error with the domain's message. YAML has the same form. The domain stays free of
 * JSON: all of this is said here, in mix-ins.
 *
 * <pre>
 * Family family = DomainJson.mapper().readValue(line, Family.class);
 * </pre>
 */
public final class DomainJson {
  private DomainJson() {}

  /** A new mapper for the domain's JSON form; configure it further as you like. */
  public static ObjectMapper mapper() {
    return configure(JsonMapper.builder());
  }

  /**
   * A new mapper for the domain's JSON form that reads and writes with the given factory: one with
   * {@link com.fasterxml.jackson.core.StreamReadConstraints} of its own, say, for input from
   * strangers.
   */
  public static ObjectMapper mapper(com.fasterxml.jackson.core.JsonFactory factory) {
    return configure(JsonMapper.builder(factory));
  }

  /** A new mapper for the same form written as YAML. */
  public static ObjectMapper yamlMapper() {
    return configure(YAMLMapper.builder());
  }

  /**
   * The names the form gives the subtypes of a type it tags, by name: for {@code Indicator.class}
   * {@code "proven-offence"} and the rest, for {@code Outcome.class} and {@code Party.class} theirs.
   *
   * @throws IllegalArgumentException if the form does not tag the type's subtypes
   */
  public static Map<String, Class<?>> subtypes(Class<?> type) {
    Map<String, Class<?>> names = new LinkedHashMap<>();
    for (JsonSubTypes.Type sub : tagged(type).getAnnotation(JsonSubTypes.class).value()) {
      names.put(sub.name(), sub.value());
    }
    return Collections.unmodifiableMap(names);
  }

  /** The field that names the subtype of a type the form tags: {@code indicator}, {@code outcome}, {@code party}. */
  public static String typeField(Class<?> type) {
    return tagged(type).getAnnotation(JsonTypeInfo.class).property();
  }

  private static Class<?> tagged(Class<?> type) {
    if (type == Indicator.class) {
      return IndicatorMixIn.class;
    } else if (type == Outcome.class) {
      return OutcomeMixIn.class;
    } else if (type == Party.class) {
      return PartyMixIn.class;
    }
    throw new IllegalArgumentException("the domain's JSON form tags the subtypes of Indicator, Outcome and Party, not " + type.getName());
  }

  private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> M configure(B builder) {
    return builder
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        // Only record components are the form, not the isX() methods besides them.
        .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
        // A list left out is empty.
        .withConfigOverride(List.class, o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
        .addMixIn(FamilyId.class, IdentifierMixIn.class)
        .addMixIn(MemberId.class, IdentifierMixIn.class)
        .addMixIn(ClaimId.class, IdentifierMixIn.class)
        .addMixIn(AreaId.class, IdentifierMixIn.class)
        .addMixIn(Money.class, TextMixIn.class)
        .addMixIn(Percentage.class, TextMixIn.class)
        .addMixIn(FinancialYear.class, TextMixIn.class)
        .addMixIn(Indicator.class, IndicatorMixIn.class)
        .addMixIn(Party.class, PartyMixIn.class)
        .addMixIn(BudgetHolder.class, PlainMixIn.class)
        .addMixIn(DepartmentParty.class, DepartmentPartyMixIn.class)
        .addMixIn(SavingsSharingTerms.class, SharingMixIn.class)
        .addMixIn(PoolId.class, IdentifierMixIn.class)
        .addMixIn(HolderId.class, IdentifierMixIn.class)
        .addMixIn(ContributionId.class, IdentifierMixIn.class)
        .addMixIn(AgreementId.class, IdentifierMixIn.class)
        .addMixIn(FundingLineId.class, IdentifierMixIn.class)
        .addModule(new SimpleModule("financial-year-keys").addKeyDeserializer(FinancialYear.class, new KeyDeserializer() {
          @Override
          public Object deserializeKey(String key, DeserializationContext ctxt) {
            return FinancialYear.parse(key);
          }
        }))
        .addMixIn(Outcome.class, OutcomeMixIn.class)
        .build();
  }

  /** An identifier is its value: {@code "f-1"}. */
  @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE)
  abstract static class IdentifierMixIn {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    IdentifierMixIn(String value) {}

    @JsonValue
    abstract String value();
  }

  /** A value written as its text and read back by its {@code parse}. */
  abstract static class TextMixIn {
    @JsonValue
    @Override
    public abstract String toString();

    // A mix-in's method lends its annotations to the type's own parse, which Jackson calls; this
    // body never runs.
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Object parse(CharSequence text) {
      throw new AssertionError("Jackson calls the type's own parse, not the mix-in's");
    }
  }

  /** An indicator names its type in {@code indicator}. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "indicator")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = AsbIncident.class, name = "asb-incident"),
    @JsonSubTypes.Type(value = AsbIntervention.class, name = "asb-intervention"),
    @JsonSubTypes.Type(value = BenefitClaim.class, name = "benefit-claim"),
    @JsonSubTypes.Type(value = ChildNeedingHelp.class, name = "child-needing-help"),
    @JsonSubTypes.Type(value = DomesticAbuse.class, name = "domestic-abuse"),
    @JsonSubTypes.Type(value = EmploymentSpell.class, name = "employment-spell"),
    @JsonSubTypes.Type(value = Exclusion.class, name = "exclusion"),
    @JsonSubTypes.Type(value = FinancialExclusionRisk.class, name = "financial-exclusion-risk"),
    @JsonSubTypes.Type(value = HealthProblem.class, name = "health-problem"),
    @JsonSubTypes.Type(value = LocalConcern.class, name = "local-concern"),
    @JsonSubTypes.Type(value = ProvenOffence.class, name = "proven-offence"),
    @JsonSubTypes.Type(value = SchoolPlacement.class, name = "school-placement"),
    @JsonSubTypes.Type(value = TermAttendance.class, name = "term-attendance"),
    @JsonSubTypes.Type(value = WorkProgress.class, name = "work-progress"),
    @JsonSubTypes.Type(value = YoungPersonNotInWork.class, name = "young-person-not-in-work")
  })
  interface IndicatorMixIn {}

  /**
   * A party to an agreement names what it is in {@code party}: {@code {"party": "department",
   * "department": "DWP"}}, or a budget holder in full with {@code "party": "holder"}.
   */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "party")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = DepartmentParty.class, name = "department"),
    @JsonSubTypes.Type(value = BudgetHolder.class, name = "holder")
  })
  interface PartyMixIn {}

  /** A department as a party is an object with its department, not the department alone. */
  abstract static class DepartmentPartyMixIn {
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    DepartmentPartyMixIn(@JsonProperty("department") Department department) {}
  }

  /** A budget holder where it is not a party (a pool's holders) names no type. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
  interface PlainMixIn {}

  /** Savings-sharing terms: the shares as a list of parties and percentages. */
  @JsonSerialize(using = SharingSerializer.class)
  @JsonDeserialize(using = SharingDeserializer.class)
  interface SharingMixIn {}

  /** {@code {"basis": ..., "shares": [{"party": {...}, "share": "40%"}], "description": ...}}. */
  static final class SharingSerializer extends StdSerializer<SavingsSharingTerms> {
    private static final long serialVersionUID = 1L;

    SharingSerializer() {
      super(SavingsSharingTerms.class);
    }

    @Override
    public void serialize(SavingsSharingTerms terms, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeStartObject();
      g.writeStringField("basis", terms.basis().name());
      g.writeArrayFieldStart("shares");
      TypeSerializer party = provider.findTypeSerializer(provider.constructType(Party.class));
      for (Map.Entry<Party, Percentage> e : terms.shares().entrySet()) {
        g.writeStartObject();
        g.writeFieldName("party");
        // The party's own fields, with the type a party names.
        provider.findValueSerializer(e.getKey().getClass()).serializeWithType(e.getKey(), g, provider, party);
        g.writeStringField("share", e.getValue().toString());
        g.writeEndObject();
      }
      g.writeEndArray();
      if (!terms.description().isEmpty()) {
        g.writeStringField("description", terms.description());
      }
      g.writeEndObject();
    }
  }

  /** Reads what {@link SharingSerializer} writes; the domain checks the shares. */
  static final class SharingDeserializer extends StdDeserializer<SavingsSharingTerms> {
    private static final long serialVersionUID = 1L;

    SharingDeserializer() {
      super(SavingsSharingTerms.class);
    }

    /** One share as written. */
    record Share(Party party, Percentage share) {}

    /** The terms as written. */
    record Written(SharingBasis basis, List<Share> shares, Optional<String> description) {}

    @Override
    public SavingsSharingTerms deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Written w = ctxt.readValue(p, Written.class);
      Map<Party, Percentage> shares = new LinkedHashMap<>();
      for (Share s : w.shares()) {
        if (s.party() == null || s.share() == null) {
          throw ctxt.weirdStringException("", SavingsSharingTerms.class, "each share needs a party and a share");
        }
        if (shares.put(s.party(), s.share()) != null) {
          throw ctxt.weirdStringException(s.party().name(), SavingsSharingTerms.class, "a party shares once");
        }
      }
      return new SavingsSharingTerms(w.basis(), shares, w.description().orElse(""));
    }
  }

  /** An outcome names its type in {@code outcome}. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "outcome")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = ProblemProgress.class, name = "problem-progress"),
    @JsonSubTypes.Type(value = DeclaredResult.class, name = "declared-result")
  })
  interface OutcomeMixIn {}
}
