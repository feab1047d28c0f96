package dev.disputemodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.disputemodel.testing.Generators;
import dev.disputemodel.testing.Property;
import dev.disputemodel.testing.junit.PropertyTest;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Issue #2's round-trip properties, on the test kit: for every value type with a builder,
 * {@code X.builder().from(x).build()} equals {@code x}, with equal hash codes; and equals is
 * consistent (reflexive, symmetric with a distinct value, hash codes agree with equality).
 */
class BuilderRoundTripProperties {

  private static <T> void roundTrips(T value, UnaryOperator<T> rebuild) {
    T copy = rebuild.apply(value);
    assertEquals(value, copy);
    assertEquals(copy, value);
    assertEquals(value.hashCode(), copy.hashCode());
    assertEquals(value.toString(), copy.toString());
  }

  @PropertyTest
  void party(Party x) {
    roundTrips(x, v -> Party.builder().from(v).build());
  }

  /** PartyRelation's builder copies with a hand-written {@code from(PartyRelation)}. */
  @PropertyTest
  void relation(PartyRelation x) {
    roundTrips(x, v -> PartyRelation.builder().from(v).build());
    roundTrips(x, v -> v.withTo(v.to()).withKind(v.kind()));
  }

  @PropertyTest
  void territory(Territory x) {
    roundTrips(x, v -> Territory.builder().from(v).build());
  }

  @PropertyTest
  void territoryStatuses(SovereigntyStatus s, ControlStatus c, PopulationStatus p) {
    roundTrips(s, v -> SovereigntyStatus.builder().from(v).build());
    roundTrips(c, v -> ControlStatus.builder().from(v).build());
    roundTrips(p, v -> PopulationStatus.builder().from(v).build());
  }

  @PropertyTest
  void conflict(Conflict x) {
    roundTrips(x, v -> Conflict.builder().from(v).build());
  }

  @PropertyTest
  void sideAndSupporter(Side side, Supporter supporter) {
    roundTrips(side, v -> Side.builder().from(v).build());
    roundTrips(supporter, v -> Supporter.builder().from(v).build());
  }

  @PropertyTest
  void event(Event x) {
    roundTrips(x, v -> Event.builder().from(v).build());
  }

  @PropertyTest
  void ceasefire(Ceasefire x) {
    roundTrips(x, v -> Ceasefire.builder().from(v).build());
  }

  @PropertyTest
  void mediator(Mediator x) {
    roundTrips(x, v -> Mediator.builder().from(v).build());
  }

  @PropertyTest
  void source(Source x) {
    roundTrips(x, v -> Source.builder().from(v).build());
  }

  @PropertyTest
  void claim(Claim x) {
    roundTrips(x, v -> Claim.builder().from(v).build());
  }

  @PropertyTest
  void wholeModel(DisputeModel x) {
    roundTrips(x, v -> DisputeModel.builder().from(v).build());
  }

  @Test
  void equalsDistinguishesDifferentValuesAndHashCodesAgreeWithEquals() {
    Property.forAll(Generators.models()).check(m -> {
      for (Party p : m.parties()) {
        Party renamed = p.withName(p.name() + " (renamed)");
        assertNotEquals(p, renamed);
        assertNotEquals(renamed, p);
        assertEquals(p, renamed.withName(p.name()));
        assertEquals(p.hashCode(), renamed.withName(p.name()).hashCode());
      }
      for (Claim k : m.claims()) {
        Claim other = k.withQuote(k.quote().orElse("a quote") + "!");
        assertNotEquals(k, other);
      }
      java.util.List<Party> parties = new java.util.ArrayList<>(m.parties());
      parties.set(0, parties.get(0).withName("Renamed"));
      DisputeModel changed = m.withParties(parties);
      assertNotEquals(m, changed);
      assertEquals(m, changed.withParties(m.parties()));
      assertEquals(m.hashCode(), changed.withParties(m.parties()).hashCode());
    });
  }
}
