package dev.disputemodel.query;

import static dev.disputemodel.query.QueryFixtures.A;
import static dev.disputemodel.query.QueryFixtures.C1;
import static dev.disputemodel.query.QueryFixtures.C3;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Equality, hash codes and text of the query package's values: {@link When} and
 * {@link InvolvementQuery} are equal exactly when every part that changes an answer is equal.
 */
class ValueSemanticsTest {
  private static final LocalDateTime NOON = LocalDateTime.of(2022, 9, 14, 12, 0);
  private static final FuzzyTime DAY = FuzzyTime.onDay(LocalDate.of(2022, 9, 14));

  @Test
  void whensAreEqualExactlyWhenSpanAndCertaintyAreEqual() {
    When day = When.definitelyOn(DAY);
    assertEquals(day, When.definitelyOn(DAY));
    assertEquals(day.hashCode(), When.definitelyOn(DAY).hashCode());
    assertEquals(day, When.between(LocalDateTime.of(2022, 9, 14, 0, 0), LocalDateTime.of(2022, 9, 15, 0, 0),
        Certainty.DEFINITELY), "the day is the span of its moments");
    assertEquals(When.anyTime(), When.anyTime());
    List<Object> others = List.of(
        When.possiblyOn(DAY), // certainty differs
        When.between(LocalDateTime.of(2022, 9, 13, 0, 0), LocalDateTime.of(2022, 9, 15, 0, 0), Certainty.DEFINITELY),
        When.between(LocalDateTime.of(2022, 9, 14, 0, 0), LocalDateTime.of(2022, 9, 16, 0, 0), Certainty.DEFINITELY),
        When.anyTime(),
        "DEFINITELY in [2022-09-14T00:00, 2022-09-15T00:00)");
    for (Object other : others) {
      assertNotEquals(day, other, other.toString());
      assertNotEquals(other, day, other.toString());
    }
  }

  @Test
  void distinctWhensSpreadOverHashCodes() {
    Set<Integer> hashes = List.of(When.definitelyOn(DAY), When.possiblyOn(DAY), When.at(NOON, Certainty.DEFINITELY),
        When.at(NOON.plusSeconds(1), Certainty.DEFINITELY), When.anyTime()).stream()
        .map(When::hashCode).collect(Collectors.toSet());
    assertEquals(5, hashes.size(), hashes.toString());
  }

  @Test
  void aWhenPrintsItsCertaintyAndHalfOpenSpan() {
    assertEquals("DEFINITELY in [2022-09-14T00:00, 2022-09-15T00:00)", When.definitelyOn(DAY).toString());
    assertEquals("POSSIBLY in [2022-09-14T12:00, 2022-09-14T12:00:01)", When.at(NOON, Certainty.POSSIBLY).toString());
    assertEquals("any time", When.anyTime().toString());
  }

  @Test
  void involvementQueriesAreEqualExactlyWhenModelConflictEpisodesRolesAndPartyAreEqual() {
    ModelQueries q = ModelQueries.over(QueryFixtures.model());
    InvolvementQuery base = q.involvement(C1);
    assertEquals(base, q.involvement(C1));
    assertEquals(base.hashCode(), q.involvement(C1).hashCode());
    assertEquals(base.withEpisodes().inRoles(Role.PRIMARY).of(A), q.involvement(C1).withEpisodes().inRoles(Role.PRIMARY).of(A));
    List<Object> others = List.of(
        ModelQueries.over(QueryFixtures.model()).involvement(C1), // another model's queries
        q.involvement(C3),
        base.withEpisodes(),
        base.inRoles(Role.PRIMARY),
        base.of(A),
        "C1");
    for (Object other : others) {
      assertNotEquals(base, other, other.toString());
      assertNotEquals(other, base, other.toString());
    }
    Set<Integer> hashes = others.subList(1, 5).stream().map(Object::hashCode).collect(Collectors.toSet());
    hashes.add(base.hashCode());
    assertEquals(5, hashes.size(), "distinct queries spread over hash codes: " + hashes);
  }

  @Test
  void anInvolvementPrintsItsRoleSideViaAndThroughAndIsDirectWhenNamedItself() {
    List<Involvement> all = ModelQueries.over(QueryFixtures.model()).involvement(C1).withEpisodes().list();
    List<String> lines = all.stream().map(Object::toString).toList();
    for (String expected : List.of(
        "Party:A PRIMARY in Conflict:C1 (side A side) via Conflict:C1",
        "Party:M-PK MEDIATOR as PEACEKEEPER in Conflict:C1 via Mediator:MD2",
        "Party:A SIGNATORY in Conflict:C2 via Ceasefire:CF3 through Party:A-PM")) {
      assertTrue(lines.contains(expected), expected + " in " + lines);
    }
    for (Involvement inv : all) {
      assertEquals(!inv.toString().contains(" through "), inv.isDirect(), inv.toString());
    }
  }
}
