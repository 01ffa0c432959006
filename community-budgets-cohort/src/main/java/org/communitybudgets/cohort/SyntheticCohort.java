package org.communitybudgets.cohort;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.family.AsbIncident;
import org.communitybudgets.family.AsbIntervention;
import org.communitybudgets.family.AsbInterventionType;
import org.communitybudgets.family.Attachment;
import org.communitybudgets.family.BenefitClaim;
import org.communitybudgets.family.BenefitType;
import org.communitybudgets.family.ChildNeedingHelp;
import org.communitybudgets.family.ConcernType;
import org.communitybudgets.family.DomesticAbuse;
import org.communitybudgets.family.DomesticAbuseKind;
import org.communitybudgets.family.EmploymentSpell;
import org.communitybudgets.family.Exclusion;
import org.communitybudgets.family.ExclusionKind;
import org.communitybudgets.family.Family;
import org.communitybudgets.family.FamilyId;
import org.communitybudgets.family.FinancialExclusionKind;
import org.communitybudgets.family.FinancialExclusionRisk;
import org.communitybudgets.family.HealthProblem;
import org.communitybudgets.family.HealthProblemKind;
import org.communitybudgets.family.HelpKind;
import org.communitybudgets.family.LocalConcern;
import org.communitybudgets.family.Member;
import org.communitybudgets.family.MemberId;
import org.communitybudgets.family.OutcomesPlan;
import org.communitybudgets.family.Phase2Problem;
import org.communitybudgets.family.ProblemProgress;
import org.communitybudgets.family.ProvenOffence;
import org.communitybudgets.family.Provision;
import org.communitybudgets.family.SchoolPlacement;
import org.communitybudgets.family.TermAttendance;
import org.communitybudgets.family.WorkProgress;
import org.communitybudgets.family.WorkProgressKind;
import org.communitybudgets.payment.AuthorityTarget;
import org.communitybudgets.payment.Claim;
import org.communitybudgets.payment.ClaimId;
import org.communitybudgets.payment.ClaimKind;
import org.communitybudgets.payment.ProgrammePhase;
import org.communitybudgets.time.DateRange;
import org.communitybudgets.time.SchoolTerm;

/**
 * A seeded, synthetic cohort of Troubled Families: every family an authority works with in one
 * phase, its members, the dated facts the criteria read, its attachment, what changed after it,
 * and the claims the authority made. The same seed always gives the same cohort, family by
 * family, so a family can be made again from its index alone and a cohort of 400,000 streams
 * without being held in memory.
 *
 * <p>{@link #national(ProgrammePhase)} spreads the programme's families over 152 upper-tier
 * authorities, as the programme did (TF framework 2012: 120,000 families in phase 1; TF framework 2015: 400,000
 * in phase 2). The authorities are synthetic ({@code synthetic-001} … {@code synthetic-152}); their
 * shares are drawn at random with a spread like that of the real allocations, which followed
 * deprivation indices. {@link #forAuthority} makes one authority's cohort.
 *
 * <p>The mix is synthetic too, chosen to exercise every rule: each criterion and headline problem
 * is present in a share of families, most families meet enough of them to be identified and most
 * of those are attached; after attachment some families' problems stop (and a result follows),
 * some adults move into work or towards it, and the rest carry on as before. About one family in
 * a hundred ({@link #DATA_ERROR_RATE}) comes with data the domain rejects — more unauthorised
 * absences than sessions, a fact about someone not in the household, a benefit claim that ends
 * before it starts — as real extracts do.
 *
 * <p>Dates: families are identified on {@link #identifiedOn()}, attached within the following
 * year, and their results measured 15 to 24 months after attachment; claims are made up to {@link
 * #reviewedOn()}, the last day of the phase.
 */
public final class SyntheticCohort {
  /** The seed of the standard cohorts. */
  public static final long STANDARD_SEED = 20120401L;

  /** The number of upper-tier authorities that ran the programme (TF framework 2012). */
  public static final int AUTHORITIES = 152;

  /** The families of phase 1 (TF framework 2012). */
  public static final int PHASE_1_FAMILIES = 120_000;

  /** The families of phase 2 (TF framework 2015). */
  public static final int PHASE_2_FAMILIES = 400_000;

  /** The share of families whose data the domain rejects. */
  public static final double DATA_ERROR_RATE = 0.01;

  /** The measures of the synthetic authorities' outcomes plans. */
  static final Map<Phase2Problem, String> MEASURES = measures();

  private final ProgrammePhase phase;
  private final long seed;
  private final AreaId[] authorities;
  private final long[] ends; // ends[i]: one past the index of authority i's last family
  private final LocalDate identifiedOn;
  private final LocalDate reviewedOn;

  private SyntheticCohort(ProgrammePhase phase, long seed, AreaId[] authorities, long[] ends) {
    this.phase = phase;
    this.seed = seed;
    this.authorities = authorities;
    this.ends = ends;
    this.identifiedOn = phase == ProgrammePhase.PHASE_1 ? LocalDate.of(2012, 10, 1) : LocalDate.of(2015, 10, 1);
    this.reviewedOn = phase == ProgrammePhase.PHASE_1 ? LocalDate.of(2015, 3, 31) : LocalDate.of(2020, 3, 31);
  }

  /** The national cohort of the phase with the standard seed. */
  public static SyntheticCohort national(ProgrammePhase phase) {
    return national(phase, STANDARD_SEED);
  }

  /**
   * The national cohort of the phase: 152 authorities whose families sum to 120,000 (phase 1) or
   * 400,000 (phase 2). Each authority's share is the same in both phases.
   */
  public static SyntheticCohort national(ProgrammePhase phase, long seed) {
    Objects.requireNonNull(phase, "phase is required");
    int total = phase == ProgrammePhase.PHASE_1 ? PHASE_1_FAMILIES : PHASE_2_FAMILIES;
    SplittableRandom random = new SplittableRandom(seed);
    double[] weights = new double[AUTHORITIES];
    for (int i = 0; i < AUTHORITIES; i++) {
      // Log-normal shares: a few large counties and cities, many small unitaries.
      weights[i] = Math.exp(0.6 * gaussian(random));
    }
    long[] counts = largestRemainder(weights, total);
    AreaId[] ids = new AreaId[AUTHORITIES];
    long[] ends = new long[AUTHORITIES];
    long end = 0;
    for (int i = 0; i < AUTHORITIES; i++) {
      ids[i] = AreaId.of(String.format("synthetic-%03d", i + 1));
      end += counts[i];
      ends[i] = end;
    }
    return new SyntheticCohort(phase, seed, ids, ends);
  }

  /** One authority's cohort of {@code families} families in the phase. */
  public static SyntheticCohort forAuthority(AreaId authority, ProgrammePhase phase, int families, long seed) {
    Objects.requireNonNull(authority, "authority is required");
    Objects.requireNonNull(phase, "phase is required");
    if (families < 1) {
      throw new IllegalArgumentException("families must be at least 1, was " + families + " for " + authority);
    }
    return new SyntheticCohort(phase, seed, new AreaId[] {authority}, new long[] {families});
  }

  /** The phase the families are in. */
  public ProgrammePhase phase() {
    return phase;
  }

  /** The seed. */
  public long seed() {
    return seed;
  }

  /** The number of families, valid or not. */
  public long size() {
    return ends[ends.length - 1];
  }

  /** The day the authorities identified the families: 1 October 2012 or 1 October 2015. */
  public LocalDate identifiedOn() {
    return identifiedOn;
  }

  /** The last day of the phase, up to which claims are made: 31 March 2015 or 31 March 2020. */
  public LocalDate reviewedOn() {
    return reviewedOn;
  }

  /** The authorities' targets: as many families as each works with in the cohort. */
  public List<AuthorityTarget> targets() {
    List<AuthorityTarget> out = new ArrayList<>(authorities.length);
    long start = 0;
    for (int i = 0; i < authorities.length; i++) {
      out.add(new AuthorityTarget(authorities[i], phase, Math.toIntExact(ends[i] - start)));
      start = ends[i];
    }
    return List.copyOf(out);
  }

  /**
   * The authorities' outcomes plans, agreed on the day of identification, each setting a measure
   * for every headline problem; none in phase 1.
   */
  public List<OutcomesPlan> plans() {
    if (phase == ProgrammePhase.PHASE_1) {
      return List.of();
    }
    return Arrays.stream(authorities).map(a -> new OutcomesPlan(a, MEASURES, identifiedOn)).toList();
  }

  /** Every family in index order, made lazily. */
  public Stream<CohortFamily> stream() {
    return LongStream.range(0, size()).mapToObj(this::family);
  }

  /** The families with valid data, in index order, made lazily. */
  public Stream<Family> validFamilies() {
    return stream()
        .filter(CohortFamily.Valid.class::isInstance)
        .map(f -> ((CohortFamily.Valid) f).family());
  }

  /** The family at the index, made from the seed and the index alone. */
  public CohortFamily family(long index) {
    if (index < 0 || index >= size()) {
      throw new IndexOutOfBoundsException("family index must be within 0.." + (size() - 1) + ", was " + index);
    }
    int a = Arrays.binarySearch(ends, index + 1);
    int authority = a >= 0 ? a : -a - 1;
    SplittableRandom random = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (index + 1)));
    FamilyId id = FamilyId.of(String.format("%c%d-%07d", 'p', phase == ProgrammePhase.PHASE_1 ? 1 : 2, index + 1));
    Maker maker = new Maker(random, id, authorities[authority], index);
    try {
      return maker.make();
    } catch (IllegalArgumentException e) {
      return new CohortFamily.Invalid(index, id, authorities[authority], e.getMessage());
    }
  }

  @Override
  public String toString() {
    return "synthetic " + phase + " cohort of " + size() + " families in " + authorities.length
        + (authorities.length == 1 ? " authority" : " authorities") + " (seed " + seed + ")";
  }

  // ----- making one family -------------------------------------------------------------------

  /** What happens to an attached family after attachment. */
  private enum Course {
    PROBLEMS_STOP,
    INTO_WORK,
    TOWARDS_WORK,
    NO_CHANGE
  }

  /** The defects of the invalid records. */
  private enum Defect {
    ABSENCES_EXCEED_SESSIONS,
    STRANGER_IN_THE_FACTS,
    CLAIM_ENDS_BEFORE_IT_STARTS
  }

  /** Makes one family; not thread-safe, one per family. */
  private final class Maker {
    private final SplittableRandom random;
    private final FamilyId id;
    private final AreaId authority;
    private final long index;
    private final Family.Builder family;
    private final List<Member> adults = new ArrayList<>();
    private final List<Member> children = new ArrayList<>();
    private final Optional<Defect> defect;
    private LocalDate attachedOn;
    private LocalDate measuredOn;
    private Course course = Course.NO_CHANGE;

    Maker(SplittableRandom random, FamilyId id, AreaId authority, long index) {
      this.random = random;
      this.id = id;
      this.authority = authority;
      this.index = index;
      this.family = Family.builder(id, authority);
      this.defect =
          random.nextDouble() < DATA_ERROR_RATE
              ? Optional.of(Defect.values()[random.nextInt(Defect.values().length)])
              : Optional.empty();
    }

    CohortFamily make() {
      members();
      // Problems are recorded in the year before identification; the family is attached within the
      // following year and its results measured 15 to 24 months after attachment. What happens
      // after attachment is drawn first, as the attendance records depend on it.
      attachedOn = identifiedOn.plusDays(random.nextInt(365));
      measuredOn = attachedOn.plusMonths(15 + random.nextInt(10));
      boolean attachable = random.nextDouble() < 0.92;
      double r = random.nextDouble();
      course = r < 0.50 ? Course.PROBLEMS_STOP : r < 0.62 ? Course.INTO_WORK : r < 0.75 ? Course.TOWARDS_WORK : Course.NO_CHANGE;
      if (!attachable) {
        course = Course.NO_CHANGE;
      }
      boolean identifiable = phase == ProgrammePhase.PHASE_1 ? phase1Problems() : phase2Problems();
      boolean attached = identifiable && attachable;
      if (attached) {
        family.attachedOn(attachedOn);
        afterAttachment();
      }
      defect.ifPresent(this::breakData);
      Family built = family.build();
      return new CohortFamily.Valid(index, built, attached ? claims() : List.of());
    }

    private void members() {
      int adultCount = 1 + (random.nextDouble() < 0.45 ? 1 : 0);
      for (int i = 1; i <= adultCount; i++) {
        Member m = Member.adult(MemberId.of("a" + i), identifiedOn.minusYears(20 + random.nextInt(30)).minusDays(random.nextInt(365)));
        adults.add(m);
        family.member(m);
      }
      int childCount = 1 + random.nextInt(4);
      for (int i = 1; i <= childCount; i++) {
        Member m = Member.child(MemberId.of("c" + i), identifiedOn.minusYears(5 + random.nextInt(10)).minusDays(random.nextInt(365)));
        children.add(m);
        family.member(m);
      }
    }

    /** A day in the year before identification, and within the year before attachment. */
    private LocalDate recentDay() {
      LocalDate from = attachedOn.minusMonths(12).plusDays(1);
      long span = ChronoUnit.DAYS.between(from, identifiedOn);
      return from.plusDays(span <= 0 ? 0 : random.nextLong(span + 1));
    }

    private Member anyChild() {
      return children.get(random.nextInt(children.size()));
    }

    private Member oldestChild() {
      return children.stream().min(java.util.Comparator.comparing(Member::dateOfBirth)).orElseThrow();
    }

    private Member anyAdult() {
      return adults.get(random.nextInt(adults.size()));
    }

    /** Records phase-1 problems; true if the family meets enough criteria to be identified. */
    private boolean phase1Problems() {
      boolean crime = random.nextDouble() < 0.60;
      boolean education = random.nextDouble() < 0.75;
      boolean work = random.nextDouble() < 0.80;
      boolean local = random.nextDouble() < 0.65;
      if (crime) {
        crime();
      }
      if (education) {
        school(0.15, 0.35);
      } else {
        attendance(0.0, 0.05, null);
      }
      if (work) {
        outOfWork(random.nextBoolean() ? BenefitType.JOBSEEKERS_ALLOWANCE : BenefitType.EMPLOYMENT_AND_SUPPORT_ALLOWANCE);
      }
      if (local) {
        List<ConcernType> known = ConcernType.wellKnown();
        family.indicator(new LocalConcern(Optional.of(anyAdult().id()), known.get(random.nextInt(known.size())), recentDay()));
      }
      int national = (crime ? 1 : 0) + (education ? 1 : 0) + (work ? 1 : 0);
      return national == 3 || (national == 2 && local);
    }

    /** Records phase-2 problems; true if the family has at least two. */
    private boolean phase2Problems() {
      int count = 0;
      if (random.nextDouble() < 0.40) {
        crime();
        count++;
      }
      if (random.nextDouble() < 0.45) {
        school(0.10, 0.30);
        count++;
      } else {
        attendance(0.0, 0.04, null);
      }
      if (random.nextDouble() < 0.35) {
        family.indicator(new ChildNeedingHelp(anyChild().id(), HelpKind.values()[random.nextInt(HelpKind.values().length)],
            DateRange.from(recentDay())));
        count++;
      }
      if (random.nextDouble() < 0.65) {
        if (random.nextDouble() < 0.8) {
          outOfWork(random.nextBoolean() ? BenefitType.UNIVERSAL_CREDIT : BenefitType.EMPLOYMENT_AND_SUPPORT_ALLOWANCE);
        } else {
          family.indicator(new FinancialExclusionRisk(Optional.empty(), FinancialExclusionKind.RENT_ARREARS, recentDay()));
        }
        count++;
      }
      if (random.nextDouble() < 0.30) {
        family.indicator(new DomesticAbuse(Optional.of(anyAdult().id()), DomesticAbuseKind.POLICE_CALL_OUT, recentDay()));
        count++;
      }
      if (random.nextDouble() < 0.45) {
        family.indicator(new HealthProblem(anyAdult().id(), HealthProblemKind.values()[random.nextInt(HealthProblemKind.values().length)], recentDay()));
        count++;
      }
      return count >= 2;
    }

    private void crime() {
      double r = random.nextDouble();
      if (r < 0.5) {
        Member child = anyChild();
        LocalDate day = recentDay();
        String offence = random.nextBoolean() ? "theft" : "criminal damage";
        // Only a child old enough to be criminally responsible on the day has an offence proven;
        // the oldest does when the one drawn is too young, and the first adult is warned when none is old enough.
        Member offender = child.isUnder(Family.AGE_OF_CRIMINAL_RESPONSIBILITY, day) ? oldestChild() : child;
        if (offender.isUnder(Family.AGE_OF_CRIMINAL_RESPONSIBILITY, day)) {
          family.indicator(new AsbIntervention(adults.get(0).id(), AsbInterventionType.ACCEPTABLE_BEHAVIOUR_CONTRACT, day));
        } else {
          family.indicator(new ProvenOffence(offender.id(), day, offence));
        }
      } else if (r < 0.8) {
        family.indicator(new AsbIntervention(anyAdult().id(), AsbInterventionType.ACCEPTABLE_BEHAVIOUR_CONTRACT, recentDay()));
      } else {
        family.indicator(new AsbIntervention(anyChild().id(), AsbInterventionType.ASBO, recentDay()));
      }
      int incidents = 2 + random.nextInt(5);
      for (int i = 0; i < incidents; i++) {
        family.indicator(AsbIncident.againstFamily(recentDay()));
      }
    }

    /** A child missing school: high unauthorised absence, fixed exclusions, or off the roll. */
    private void school(double lowAbsence, double highAbsence) {
      Member child = anyChild();
      double r = random.nextDouble();
      if (r < 0.75) {
        attendance(lowAbsence, highAbsence, child);
      } else if (r < 0.95) {
        attendance(0.0, 0.05, null);
        for (SchoolTerm term : SchoolTerm.lastCompleted(3, identifiedOn)) {
          DateRange dates = term.nominalDates();
          family.indicator(new Exclusion(child.id(), ExclusionKind.FIXED_TERM, term, dates.start().plusDays(10)));
        }
      } else {
        attendance(0.0, 0.05, null);
        family.indicator(new SchoolPlacement(child.id(), Provision.PUPIL_REFERRAL_UNIT,
            DateRange.from(recentDay()), true));
      }
    }

    /**
     * Attendance of every child for each term from three before identification to the term the
     * results are measured in; {@code absent}, if given, misses between {@code low} and {@code
     * high} of its sessions without authority up to the term of attachment (and after it, unless
     * its problems stop), the others less than 5%.
     */
    private void attendance(double low, double high, Member absent) {
      List<SchoolTerm> terms = new ArrayList<>(SchoolTerm.lastCompleted(3, identifiedOn));
      SchoolTerm last = SchoolTerm.containing(measuredOn).previous();
      while (terms.get(terms.size() - 1).isBefore(last)) {
        terms.add(terms.get(terms.size() - 1).next());
      }
      SchoolTerm attachmentTerm = SchoolTerm.containing(attachedOn);
      for (Member child : children) {
        for (SchoolTerm term : terms) {
          int sessions = 110 + random.nextInt(30);
          boolean missing = child == absent && (course != Course.PROBLEMS_STOP || !attachmentTerm.isBefore(term));
          double rate = missing ? low + random.nextDouble() * (high - low) : random.nextDouble() * 0.05;
          int unauthorised = (int) Math.round(sessions * rate);
          if (missing && unauthorised < sessions * low) {
            unauthorised++;
          }
          family.indicator(new TermAttendance(child.id(), term, sessions, random.nextInt(6), unauthorised));
        }
      }
    }

    private void outOfWork(BenefitType type) {
      Member adult = anyAdult();
      family.indicator(new BenefitClaim(adult.id(), type, DateRange.from(identifiedOn.minusMonths(6 + random.nextInt(36)))));
    }

    /** What changed after attachment, by the family's course. */
    private void afterAttachment() {
      switch (course) {
        case PROBLEMS_STOP -> stopProblems();
        case INTO_WORK -> intoWork();
        case TOWARDS_WORK ->
            family.indicator(new WorkProgress(anyAdult().id(), WorkProgressKind.VOLUNTEERED_FOR_WORK_PROGRAMME,
                attachedOn.plusDays(30 + random.nextInt(150))));
        case NO_CHANGE -> {
          int days = (int) ChronoUnit.DAYS.between(attachedOn, reviewedOn);
          int incidents = 2 + random.nextInt(5);
          for (int i = 0; i < incidents; i++) {
            family.indicator(AsbIncident.againstFamily(attachedOn.plusDays(1 + random.nextInt(days))));
          }
        }
      }
    }

    /** The problems stop: nothing more recorded; in phase 2 the plan's measures show progress. */
    private void stopProblems() {
      if (phase == ProgrammePhase.PHASE_2) {
        // The progress is recorded against every headline problem; the rules read only those the
        // family had at attachment. One family in ten slips back on one measure.
        boolean slip = random.nextDouble() < 0.10;
        Phase2Problem slipped = Phase2Problem.values()[random.nextInt(Phase2Problem.values().length)];
        for (Map.Entry<Phase2Problem, String> m : MEASURES.entrySet()) {
          family.outcome(new ProblemProgress(m.getKey(), m.getValue(), measuredOn, !(slip && m.getKey() == slipped)));
        }
      }
    }

    /** An adult leaves benefits for continuous work half a year before the results are measured. */
    private void intoWork() {
      LocalDate start = measuredOn.minusWeeks(28 + random.nextInt(8));
      if (!start.isAfter(attachedOn)) {
        start = attachedOn.plusDays(1);
      }
      Member adult = anyAdult();
      family.indicator(new BenefitClaim(adult.id(), BenefitType.JOBSEEKERS_ALLOWANCE,
          DateRange.of(identifiedOn.minusMonths(6), start.minusDays(1))));
      family.indicator(EmploymentSpell.of(adult.id(), DateRange.from(start)));
    }

    /** The authority's claims: the attachment fee, and a results claim when the course earns one. */
    private List<Claim> claims() {
      List<Claim> out = new ArrayList<>();
      boolean phase1 = phase == ProgrammePhase.PHASE_1;
      ClaimKind fee = phase1 ? ClaimKind.ATTACHMENT_FEE_PHASE_1 : ClaimKind.ATTACHMENT_FEE_PHASE_2;
      LocalDate feeOn = attachedOn.plusDays(14 + random.nextInt(60));
      if (!feeOn.isAfter(reviewedOn)) {
        out.add(claim(out.size(), fee, feeOn));
        if (random.nextDouble() < 0.005) {
          out.add(claim(out.size(), fee, feeOn.plusDays(7))); // a duplicate, as extracts have
        }
      }
      LocalDate resultOn = measuredOn.plusDays(random.nextInt(30));
      ClaimKind result =
          switch (course) {
            case PROBLEMS_STOP -> phase1 ? ClaimKind.CRIME_ASB_EDUCATION_RESULT : ClaimKind.SUSTAINED_PROGRESS_RESULT;
            case INTO_WORK -> phase1 ? ClaimKind.CONTINUOUS_EMPLOYMENT_RESULT_PHASE_1 : ClaimKind.CONTINUOUS_EMPLOYMENT_RESULT_PHASE_2;
            case TOWARDS_WORK -> phase1 ? ClaimKind.PROGRESS_TO_WORK_RESULT : null;
            case NO_CHANGE -> null;
          };
      if (result != null && !resultOn.isAfter(reviewedOn)) {
        out.add(claim(out.size(), result, resultOn));
      }
      return out;
    }

    private Claim claim(int n, ClaimKind kind, LocalDate on) {
      return Claim.of(ClaimId.of(id.value() + "-" + (n + 1)), id, authority, kind, on);
    }

    /** Breaks the data as a faulty extract would; building the family then fails. */
    private void breakData(Defect d) {
      Member child = children.get(0);
      switch (d) {
        case ABSENCES_EXCEED_SESSIONS ->
            family.indicator(new TermAttendance(child.id(), SchoolTerm.containing(identifiedOn), 120, 0, 121 + random.nextInt(60)));
        case STRANGER_IN_THE_FACTS ->
            family.indicator(new ProvenOffence(MemberId.of("c" + (children.size() + 1)), recentDay(), "theft"));
        case CLAIM_ENDS_BEFORE_IT_STARTS ->
            family.indicator(new BenefitClaim(anyAdult().id(), BenefitType.INCOME_SUPPORT,
                DateRange.of(identifiedOn, identifiedOn.minusDays(1 + random.nextInt(300)))));
      }
    }
  }

  private static Map<Phase2Problem, String> measures() {
    Map<Phase2Problem, String> m = new EnumMap<>(Phase2Problem.class);
    m.put(Phase2Problem.CRIME_AND_ANTI_SOCIAL_BEHAVIOUR, "no proven offence or ASB incident for 6 months");
    m.put(Phase2Problem.SCHOOL_ATTENDANCE, "attendance above 90% for 3 terms");
    m.put(Phase2Problem.CHILDREN_WHO_NEED_HELP, "child protection plan or child in need plan stepped down");
    m.put(Phase2Problem.WORKLESSNESS_AND_FINANCIAL_EXCLUSION, "an adult into work, or arrears repaid on a plan for 6 months");
    m.put(Phase2Problem.DOMESTIC_VIOLENCE_AND_ABUSE, "no police call-out for domestic abuse for 6 months");
    m.put(Phase2Problem.HEALTH, "engaged with treatment for 6 months");
    return Map.copyOf(m);
  }

  private static double gaussian(SplittableRandom random) {
    // Box–Muller: SplittableRandom has no nextGaussian on Java 17.
    double u = 1.0 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Whole numbers in proportion to the weights that sum exactly to the total. */
  static long[] largestRemainder(double[] weights, long total) {
    double sum = Arrays.stream(weights).sum();
    long[] out = new long[weights.length];
    double[] remainders = new double[weights.length];
    long given = 0;
    for (int i = 0; i < weights.length; i++) {
      double exact = total * weights[i] / sum;
      out[i] = (long) Math.floor(exact);
      remainders[i] = exact - out[i];
      given += out[i];
    }
    Integer[] order = new Integer[weights.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> Double.compare(remainders[y], remainders[x]));
    for (int k = 0; given < total; k++, given++) {
      out[order[k]]++;
    }
    return out;
  }
}
