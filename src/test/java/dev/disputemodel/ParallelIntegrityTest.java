package dev.disputemodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.testing.BulkModels;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * {@link DisputeModel.Builder#build(Parallelism)} proves a large model's integrity with its claims
 * in two halves at once, with the outcome of {@code build()}: the same model, or the same problems
 * in the same order, whichever half an entity, a duplicate or a reference is in.
 */
class ParallelIntegrityTest {
  /** A model with enough claims to be checked in halves (about as many as asked for). */
  private static final DisputeModel MODEL =
      BulkModels.generate(21, 2 * Parallelism.SPLIT_THRESHOLD + 10);
  private static final int CLAIMS = MODEL.claims().size();
  private static final ForkJoinPool POOL = new ForkJoinPool(3);
  private static final List<Parallelism> EVERY =
      List.of(Parallelism.commonPool(), Parallelism.of(POOL), Parallelism.callingThread());

  @AfterAll
  static void shutDown() {
    POOL.shutdown();
  }

  private static List<Claim> claims() {
    return new ArrayList<>(MODEL.claims());
  }

  private static Claim claim(int index) {
    return MODEL.claims().get(index);
  }

  @Test
  void aValidModelIsTheSameModel() {
    assertTrue(MODEL.claims().size() >= Parallelism.SPLIT_THRESHOLD);
    List<Claim> claims = claims();
    // references from each half to the other: the first to a later claim, the last to an earlier
    claims.set(5, Claim.builder().from(claim(5)).withdraws(claim(CLAIMS - 1).id()).build());
    claims.set(CLAIMS - 2, Claim.builder().from(claim(CLAIMS - 2)).withdraws(claim(7).id()).build());
    DisputeModel.Builder builder = DisputeModel.builder().from(MODEL).claims(claims);
    DisputeModel model = builder.build();
    for (Parallelism p : EVERY) {
      assertEquals(model, builder.build(p), p.toString());
    }
  }

  @Test
  void anInvalidModelHasTheSameProblemsInTheSameOrder() {
    int half = CLAIMS / 2;
    List<Claim> claims = claims();
    // a duplicate of a claim of the other half, and one of a claim of the same half
    claims.set(CLAIMS - 5, Claim.builder().from(claim(CLAIMS - 5)).id(claim(3).id()).build());
    claims.set(half + 7, Claim.builder().from(claim(half + 7)).id(claim(half + 100).id()).build());
    // dangling references in both halves, one of them to a claim no half has
    SourceId none = SourceId.of("D-none");
    claims.set(10, Claim.builder().from(claim(10)).source(none).build());
    claims.set(CLAIMS - 20, Claim.builder().from(claim(CLAIMS - 20)).source(none).build());
    claims.set(half + 1,
        Claim.builder().from(claim(half + 1)).withdraws(ClaimId.of("K-none")).build());
    DisputeModel.Builder builder = DisputeModel.builder().from(MODEL).claims(claims);
    InvalidModelException one = assertThrows(InvalidModelException.class, builder::build);
    assertEquals(5, one.problems().size(), one.getMessage());
    for (Parallelism p : EVERY) {
      InvalidModelException e = assertThrows(InvalidModelException.class, () -> builder.build(p));
      assertEquals(one.problems(), e.problems(), p.toString());
      assertEquals(one.getMessage(), e.getMessage(), p.toString());
    }
  }

  @Test
  void onlyTheClaimsOfALargeModelAreCheckedOnThePoolAndOnlyInThatBuild() {
    try (CountingPool pool = new CountingPool(2)) {
      DisputeModel small = BulkModels.generate(4, 50);
      DisputeModel.builder().from(small).build(pool.parallelism());
      assertEquals(0, pool.workersStarted(), "a small model is checked on the calling thread");
      DisputeModel.builder().from(MODEL).build(pool.parallelism());
      assertTrue(pool.workersStarted() > 0, "a large model's claims are checked on the pool");
    }
    // the pool takes no more work: a build after that one must not use it
    assertEquals(MODEL, DisputeModel.builder().from(MODEL).build());
  }

  @Test
  void aSmallModelAndNullAreAsForBuild() {
    DisputeModel small = BulkModels.generate(4, 50);
    assertEquals(small, DisputeModel.builder().from(small).build(Parallelism.commonPool()));
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> DisputeModel.builder().build((Parallelism) null));
    assertEquals("parallelism", e.getMessage());
  }
}
