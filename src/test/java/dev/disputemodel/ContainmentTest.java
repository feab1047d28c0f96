package dev.disputemodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The territory hierarchy as the domain defines it; territories are test data. */
class ContainmentTest {
  static final TerritoryId ARCHIPELAGO = TerritoryId.of("A");
  static final TerritoryId ISLAND = TerritoryId.of("A1");
  static final TerritoryId ISLET = TerritoryId.of("A1a");
  static final TerritoryId OTHER_ISLAND = TerritoryId.of("A2");
  static final TerritoryId MAINLAND = TerritoryId.of("M");

  static Territory t(TerritoryId id, TerritoryId parent) {
    Territory.Builder b = Territory.builder().id(id).name("Territory " + id.value()).kind(TerritoryKind.REGION);
    if (parent != null) {
      b.parent(parent);
    }
    return b.build();
  }

  static final DisputeModel MODEL = DisputeModel.builder().addTerritories(
      t(ARCHIPELAGO, null), t(ISLAND, ARCHIPELAGO), t(ISLET, ISLAND), t(OTHER_ISLAND, ARCHIPELAGO), t(MAINLAND, null))
      .build();

  @Test
  void enclosingIsNearestFirst() {
    assertEquals(List.of(ISLAND, ARCHIPELAGO), MODEL.enclosing(ISLET));
    assertEquals(List.of(), MODEL.enclosing(ARCHIPELAGO));
  }

  @Test
  void containmentSaysHowATerritoryRelatesToTheOneAsked() {
    assertEquals(Optional.of(Containment.SAME), MODEL.containment(ISLAND, ISLAND));
    assertEquals(Optional.of(Containment.PART), MODEL.containment(ISLET, ARCHIPELAGO));
    assertEquals(Optional.of(Containment.WHOLE), MODEL.containment(ARCHIPELAGO, ISLET));
    assertEquals(Optional.empty(), MODEL.containment(OTHER_ISLAND, ISLAND));
    assertEquals(Optional.empty(), MODEL.containment(MAINLAND, ISLAND));
  }

  @Test
  void withinACycleOfParentsNoTerritoryContainsAnother() {
    DisputeModel cyclic = DisputeModel.builder().addTerritories(
        t(ISLAND, ARCHIPELAGO), t(ARCHIPELAGO, ISLAND), t(ISLET, ISLAND), t(MAINLAND, null)).build();
    assertEquals(List.of(), cyclic.enclosing(ISLAND));
    assertEquals(List.of(), cyclic.enclosing(ISLET));   // below a cycle: nothing either
    assertEquals(Optional.empty(), cyclic.containment(ISLAND, ARCHIPELAGO));
    assertEquals(Optional.empty(), cyclic.containment(ISLET, ISLAND));
  }

  @Test
  void anUnknownTerritoryIsRejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> MODEL.containment(ISLAND, TerritoryId.of("X")));
    assertEquals("DisputeModel.asked = Territory:X: no Territory with this id in the model", e.getMessage());
    assertThrows(InvalidValueException.class, () -> MODEL.enclosing(TerritoryId.of("X")));
  }
}
