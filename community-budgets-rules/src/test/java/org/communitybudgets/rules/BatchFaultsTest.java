package org.communitybudgets.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.communitybudgets.InvalidValueException;
import org.communitybudgets.area.AreaId;
import org.communitybudgets.family.BenefitClaim;
import org.communitybudgets.family.BenefitType;
import org.communitybudgets.family.Family;
import org.communitybudgets.family.FamilyId;
import org.communitybudgets.family.Member;
import org.communitybudgets.family.MemberId;
import org.communitybudgets.family.TermAttendance;
import org.communitybudgets.rules.troubledfamilies.Identification;
import org.communitybudgets.rules.troubledfamilies.Results;
import org.communitybudgets.time.DateRange;
import org.communitybudgets.time.SchoolTerm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Faults in batches: records that do not become families, null inputs and iterators that throw
 * part-way still give one result per record read, in order; bad options are refused; an unclosed
 * stream leaves no thread running.
 */
class BatchFaultsTest {
  private static final LocalDate AS_OF = LocalDate.of(2013, 5, 10);
  private static CommunityBudgetsEngine engine;

  @BeforeAll
  static void build() {
    engine = CommunityBudgetsEngine.standard();
  }

  /** A record as an extract gives it: an id, and whether its attendance figures are consistent. */
  record Row(int n, boolean broken) {}

  /** Makes a row a family; a broken row has more absences than sessions, which the domain rejects. */
  static Family toFamily(Row row) {
    MemberId child = MemberId.of("c-1");
    Family.Builder b = Family.builder(FamilyId.of("f-" + row.n()), AreaId.of("kent"))
        .member(Member.adult(MemberId.of("a-1"), LocalDate.of(1980, 1, 1)))
        .member(Member.child(child, LocalDate.of(2003, 1, 1)))
        .indicator(new BenefitClaim(MemberId.of("a-1"), BenefitType.JOBSEEKERS_ALLOWANCE, DateRange.from(LocalDate.of(2011, 1, 1))));
    SchoolTerm term = SchoolTerm.lastCompleted(1, AS_OF).get(0);
    b.indicator(new TermAttendance(child, term, 100, 0, row.broken() ? 120 : 20));
    return b.build();
  }

  private static List<Row> rows(int count, int brokenEvery) {
    return IntStream.range(0, count).mapToObj(i -> new Row(i, brokenEvery > 0 && i % brokenEvery == brokenEvery - 1)).toList();
  }

  @Test
  void recordsTheDomainRejectsAreFailuresAtTheirIndexAndTheRestAreDecided() {
    List<Row> rows = rows(2_000, 100);
    List<BatchResult<Identification>> results;
    try (Stream<BatchResult<Identification>> s =
        engine.identifyAll(rows.iterator(), BatchFaultsTest::toFamily, AS_OF, BatchOptions.defaults().withChunkSize(64))) {
      results = s.toList();
    }
    assertEquals(2_000, results.size(), "one result per record");
    int failures = 0;
    for (int i = 0; i < rows.size(); i++) {
      BatchResult<Identification> r = results.get(i);
      assertEquals(i, r.index());
      if (rows.get(i).broken()) {
        failures++;
        BatchResult.Failure<?> f = assertInstanceOf(BatchResult.Failure.class, r);
        assertEquals(Optional.empty(), f.family());
        String domain = assertThrows(InvalidValueException.class, () -> toFamily(rows.get((int) r.index()))).getMessage();
        assertEquals(domain, f.error(), "the domain's own message");
      } else {
        assertEquals(Optional.of(FamilyId.of("f-" + i)), r.family());
        assertInstanceOf(BatchResult.Success.class, r);
      }
    }
    assertEquals(20, failures);
  }

  @Test
  void aNullInputIsAFailureAtItsIndex() {
    List<Family> families = new ArrayList<>(Arrays.asList(toFamily(new Row(0, false)), null, toFamily(new Row(2, false))));
    List<BatchResult<Identification>> results = engine.identifyAll(families.iterator(), AS_OF, BatchOptions.defaults()).toList();
    assertEquals(3, results.size());
    assertEquals("input 1 is null", assertInstanceOf(BatchResult.Failure.class, results.get(1)).error());
    assertInstanceOf(BatchResult.Success.class, results.get(2));
  }

  /** An iterator of the rows that throws when asked for row {@code at}. */
  private static Iterator<Row> failingAt(List<Row> rows, int at, RuntimeException error) {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < rows.size();
      }

      @Override
      public Row next() {
        if (next == at) {
          throw error;
        }
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return rows.get(next++);
      }
    };
  }

  @Test
  void anIteratorThatThrowsPartWayGivesEveryRecordReadBeforeItsResultThenPassesTheErrorOn() {
    IllegalStateException broken = new IllegalStateException("the database connection was lost at row 300");
    List<BatchResult<Identification>> seen = new ArrayList<>();
    RuntimeException thrown = assertThrows(RuntimeException.class, () -> {
      try (Stream<BatchResult<Identification>> s = engine.identifyAll(
          failingAt(rows(1_000, 0), 300, broken), BatchFaultsTest::toFamily, AS_OF, BatchOptions.defaults().withChunkSize(64))) {
        s.forEach(seen::add);
      }
    });
    assertSame(broken, thrown, "the iterator's own exception");
    assertEquals(300, seen.size(), "the 300 records read before it all have results");
    for (int i = 0; i < 300; i++) {
      assertEquals(i, seen.get(i).index());
    }
  }

  @Property(tries = 25)
  void forAnyIteratorThatThrowsEveryRecordBeforeItHasAResultInOrder(
      @ForAll @IntRange(min = 0, max = 120) int size, @ForAll @IntRange(min = 0, max = 130) int at, @ForAll @IntRange(min = 1, max = 40) int chunk) {
    List<Row> rows = rows(size, 7);
    List<BatchResult<Identification>> seen = new ArrayList<>();
    RuntimeException error = new IllegalStateException("read error");
    try (Stream<BatchResult<Identification>> s =
        engine.identifyAll(failingAt(rows, at, error), BatchFaultsTest::toFamily, AS_OF, BatchOptions.defaults().withChunkSize(chunk).withThreads(2))) {
      s.forEach(seen::add);
      assertTrue(at >= size, "no error was passed on, so the iterator never threw");
    } catch (IllegalStateException e) {
      assertSame(error, e);
    }
    int expected = Math.min(size, at);
    assertEquals(expected, seen.size());
    for (int i = 0; i < expected; i++) {
      assertEquals(i, seen.get(i).index());
      assertEquals(rows.get(i).broken(), seen.get(i) instanceof BatchResult.Failure<Identification>);
    }
  }

  /** What a record of a mixed batch is: a family, one the domain rejects, nothing, or one whose mapping fails. */
  enum Kind { VALID, INVALID, NULL, MAPPING_FAILS }

  @Property(tries = 40)
  void forAnyBatchTheResultsAreTheInputsInCountAndOrder(
      @ForAll @net.jqwik.api.constraints.Size(max = 150) List<Kind> kinds,
      @ForAll @IntRange(min = 1, max = 50) int chunk,
      @ForAll @IntRange(min = 1, max = 4) int threads,
      @ForAll boolean results) {
    List<Kind> records = new ArrayList<>(kinds);
    Function<Integer, Family> mapping = i -> switch (records.get(i)) {
      case VALID -> toFamily(new Row(i, false));
      case INVALID -> toFamily(new Row(i, true));
      case NULL -> null;
      case MAPPING_FAILS -> throw new IllegalStateException("record " + i + " could not be read");
    };
    Iterator<Integer> indexes = IntStream.range(0, records.size()).boxed().iterator();
    BatchOptions options = BatchOptions.defaults().withChunkSize(chunk).withThreads(threads);
    List<? extends BatchResult<?>> out;
    if (results) {
      try (Stream<BatchResult<Results>> s = engine.resultsAll(indexes, mapping, List.of(), AS_OF, options)) {
        out = s.toList();
      }
    } else {
      try (Stream<BatchResult<Identification>> s = engine.identifyAll(indexes, mapping, AS_OF, options)) {
        out = s.toList();
      }
    }
    assertEquals(records.size(), out.size(), "one result per input");
    for (int i = 0; i < records.size(); i++) {
      BatchResult<?> r = out.get(i);
      assertEquals(i, r.index(), "in the order of the inputs");
      assertEquals(records.get(i) == Kind.VALID, r instanceof BatchResult.Success<?>, records.get(i) + " at " + i);
      if (records.get(i) == Kind.MAPPING_FAILS) {
        assertEquals("record " + i + " could not be read", ((BatchResult.Failure<?>) r).error());
      }
    }
  }

  @Test
  void absurdChunkSizesAndThreadCountsAreRefusedWithTheLimit() {
    IllegalArgumentException chunk = assertThrows(IllegalArgumentException.class, () -> BatchOptions.defaults().withChunkSize(Integer.MAX_VALUE));
    assertEquals("chunk size must be between 1 and 100000 families, was 2147483647", chunk.getMessage());
    IllegalArgumentException threads = assertThrows(IllegalArgumentException.class, () -> BatchOptions.defaults().withThreads(5_000));
    assertEquals("threads must be between 1 and 256, was 5000", threads.getMessage());
  }

  private static long batchThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("community-budgets-batch") && t.isAlive())
        .count();
  }

  @Test
  void streamsLeftUnclosedAfterReadingAFewLeaveNoThreadRunning() throws InterruptedException {
    List<Row> rows = rows(3_000, 0);
    for (int i = 0; i < 10; i++) {
      List<BatchResult<Identification>> firstFive =
          engine.identifyAll(rows.iterator(), BatchFaultsTest::toFamily, AS_OF, BatchOptions.defaults().withChunkSize(100)).limit(5).toList();
      assertEquals(5, firstFive.size());
    }
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (batchThreads() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertEquals(0, batchThreads(), "idle batch threads end on their own");
  }
}
