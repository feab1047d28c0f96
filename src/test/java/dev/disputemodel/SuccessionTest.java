package dev.disputemodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Party succession: typed, dated where sources date it, and walked from any member. Facts from
 * examples/facts: kosovo-facts.md P1 (FRY → Serbia and Montenegro → Serbia, undated there),
 * essequibo-facts.md P3, P4 (British Guiana until 26 May 1966, Guyana since), cyprus-facts.md P5
 * (the Turkish Federated State, proclaimed February 1975, replaced by the TRNC on 15 November 1983).
 */
class SuccessionTest {
  static final PartyId FRY = PartyId.of("FRY");
  static final PartyId SCG = PartyId.of("SCG");
  static final PartyId SERBIA = PartyId.of("SRB");
  static final PartyId BRITISH_GUIANA = PartyId.of("BG");
  static final PartyId GUYANA = PartyId.of("GUY");
  static final PartyId TFSC = PartyId.of("TFSC");
  static final PartyId TRNC = PartyId.of("TRNC");

  static Party.Builder state(PartyId id, String name) {
    return Party.builder().id(id).name(name).kind(PartyKind.STATE);
  }

  static final DisputeModel MODEL = DisputeModel.builder()
      .addParties(
          state(SERBIA, "Serbia").addSucceeds(Succession.of(SCG, SuccessionKind.CONTINUATION)).build(),
          state(FRY, "Federal Republic of Yugoslavia").build(),
          state(SCG, "Serbia and Montenegro").addSucceeds(Succession.of(FRY, SuccessionKind.RENAMING)).build(),
          state(BRITISH_GUIANA, "British Guiana").kind(PartyKind.OTHER).build(),
          state(GUYANA, "Guyana").proclaimed(FuzzyTime.onDay(LocalDate.of(1966, 5, 26)))
              .addSucceeds(Succession.of(BRITISH_GUIANA, SuccessionKind.INDEPENDENCE)
                  .withDate(FuzzyTime.onDay(LocalDate.of(1966, 5, 26)))).build(),
          state(TFSC, "Turkish Federated State of Cyprus").kind(PartyKind.DE_FACTO_STATE)
              .proclaimed(FuzzyTime.inMonth(YearMonth.of(1975, 2))).build(),
          state(TRNC, "Turkish Republic of Northern Cyprus").kind(PartyKind.DE_FACTO_STATE)
              .addSucceeds(Succession.of(TFSC, SuccessionKind.INDEPENDENCE)
                  .withDate(FuzzyTime.onDay(LocalDate.of(1983, 11, 15)))).build())
      .build();

  @Test
  void theLineageIsTheSameFromAnyMemberInOrder() {
    for (PartyId member : List.of(FRY, SCG, SERBIA)) {
      assertEquals(List.of(FRY, SCG, SERBIA), MODEL.lineage(member), member::toString);
    }
    assertEquals(List.of(BRITISH_GUIANA, GUYANA), MODEL.lineage(GUYANA));
    assertEquals(List.of(TFSC, TRNC), MODEL.lineage(TFSC));
    assertEquals(List.of(PartyId.of("nobody")), MODEL.lineage(PartyId.of("nobody")));
  }

  @Test
  void aLineageWithSeveralPredecessorsAndACycleEnds() {
    DisputeModel m = DisputeModel.builder().addParties(
        state(PartyId.of("N"), "North").build(), state(PartyId.of("S"), "South").build(),
        state(PartyId.of("U"), "United").addSucceeds(Succession.of(PartyId.of("N"), SuccessionKind.UNIFICATION),
            Succession.of(PartyId.of("S"), SuccessionKind.UNIFICATION)).build()).build();
    assertEquals(List.of(PartyId.of("S"), PartyId.of("N"), PartyId.of("U")), m.lineage(PartyId.of("U")));
    // S is U's other predecessor, not N's: the walk goes back, then forward, never sideways
    assertEquals(List.of(PartyId.of("N"), PartyId.of("U")), m.lineage(PartyId.of("N")));
    DisputeModel cycle = DisputeModel.builder().addParties(
        state(PartyId.of("A"), "A").addSucceeds(Succession.of(PartyId.of("B"), SuccessionKind.OTHER)).build(),
        state(PartyId.of("B"), "B").addSucceeds(Succession.of(PartyId.of("A"), SuccessionKind.OTHER)).build()).build();
    assertEquals(List.of(PartyId.of("B"), PartyId.of("A")), cycle.lineage(PartyId.of("A")));
  }

  @Test
  void aPartySucceedsNeitherItselfNorOnePartyTwice() {
    InvalidValueException self = assertThrows(InvalidValueException.class,
        () -> state(FRY, "FRY").addSucceeds(Succession.of(FRY, SuccessionKind.RENAMING)).build());
    assertTrue(self.getMessage().contains("succeeds[0].predecessor"), self.getMessage());
    assertTrue(self.getMessage().contains("cannot succeed itself"), self.getMessage());
    InvalidValueException twice = assertThrows(InvalidValueException.class,
        () -> state(SCG, "SCG").addSucceeds(Succession.of(FRY, SuccessionKind.RENAMING),
            Succession.of(FRY, SuccessionKind.OTHER)).build());
    assertTrue(twice.getMessage().contains("succeeds[1].predecessor"), twice.getMessage());
  }

  @Test
  void aPredecessorMustBeInTheModel() {
    InvalidModelException e = assertThrows(InvalidModelException.class, () -> DisputeModel.builder()
        .addParty(state(SCG, "SCG").addSucceeds(Succession.of(FRY, SuccessionKind.RENAMING)).build()).build());
    assertTrue(e.getMessage().contains("Party:SCG.succeeds[0].predecessor = Party:FRY: no Party with this id"),
        e.getMessage());
  }
}
