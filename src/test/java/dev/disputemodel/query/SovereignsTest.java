package dev.disputemodel.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.disputemodel.ChangeProcedure;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Estimate;
import dev.disputemodel.InvalidValueException;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Source;
import dev.disputemodel.SourceId;
import dev.disputemodel.SourceKind;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.TerritorialChange;
import dev.disputemodel.TerritorialChangeId;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TerritoryKind;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link Sovereigns} over a small hand-made model: a territory that changes hands twice (the
 * statuses given out of order), and states with and without a stated existence. Test data.
 */
class SovereignsTest {
  static final PartyId A = PartyId.of("A");
  static final PartyId B = PartyId.of("B");
  static final PartyId C = PartyId.of("C");
  static final TerritoryId T = TerritoryId.of("T");
  static final SourceId S = SourceId.of("S");
  static final FuzzyTime Y1900 = FuzzyTime.inYear(Year.of(1900));
  static final FuzzyTime Y1950 = FuzzyTime.inYear(Year.of(1950));

  static SovereigntyStatus status(PartyId p, FuzzyPeriod period) {
    return SovereigntyStatus.builder().sovereign(p).recognizerCount(Estimate.unknown())
        .period(period).source(S).build();
  }

  static TerritorialChange change(String id, FuzzyTime t, PartyId gainer, PartyId loser,
      ChangeProcedure procedure) {
    return TerritorialChange.builder().id(TerritorialChangeId.of(id)).territory(T).time(t)
        .gainer(gainer).loser(loser).procedure(procedure).source(S).build();
  }

  static final DisputeModel MODEL = DisputeModel.builder()
      .addSources(Source.builder().id(S).kind(SourceKind.OTHER).title("test").build())
      .addParties(
          Party.builder().id(A).name("A").kind(PartyKind.STATE).build(),
          Party.builder().id(B).name("B").kind(PartyKind.STATE)
              .proclaimed(FuzzyTime.onDay(LocalDate.of(1890, 1, 1)))
              .dissolved(FuzzyTime.onDay(LocalDate.of(1960, 1, 1))).build(),
          Party.builder().id(C).name("C").kind(PartyKind.OTHER).build())
      .addTerritories(Territory.builder().id(T).name("T").kind(TerritoryKind.REGION)
          .addSovereignty(status(B, FuzzyPeriod.of(Y1900, Y1950)), status(A, FuzzyPeriod.since(Y1950)),
              status(C, FuzzyPeriod.until(Y1900)))
          .build())
      .addTerritorialChanges(change("1", Y1900, B, C, ChangeProcedure.CONQUEST),
          change("2", Y1950, A, B, ChangeProcedure.CESSION))
      .build();

  @Test
  void theChainIsInTheOrderOfTheStartsAnUnstatedStartFirst() {
    assertEquals(List.of(Optional.of(C), Optional.of(B), Optional.of(A)),
        Sovereigns.over(MODEL).chain(T).stream().map(Sovereigns.Holder::sovereign).toList());
    assertThrows(InvalidValueException.class,
        () -> Sovereigns.over(MODEL).chain(TerritoryId.of("nowhere")));
  }

  @Test
  void gainedAndLostFilterByProcedureAndTime() {
    Sovereigns q = Sovereigns.over(MODEL);
    assertEquals(List.of("2"), ids(q.gained(A, Optional.empty(), When.anyTime())));
    assertEquals(List.of(), ids(q.gained(A, Optional.of(ChangeProcedure.CONQUEST), When.anyTime())));
    assertEquals(List.of("1"), ids(q.gained(B, Optional.of(ChangeProcedure.CONQUEST),
        When.definitelyOn(FuzzyTime.inYear(Year.of(1900))))));
    assertEquals(List.of(), ids(q.gained(B, Optional.empty(),
        When.definitelyOn(FuzzyTime.inYear(Year.of(1901))))));
    assertEquals(List.of("2"), ids(q.lost(B, Optional.of(ChangeProcedure.CESSION), When.anyTime())));
    assertEquals(List.of(), ids(q.lost(A, Optional.empty(), When.anyTime())));
  }

  @Test
  void statesOnADateAreTheStatesThatExistedThen() {
    Sovereigns q = Sovereigns.over(MODEL);
    assertEquals(List.of(new Sovereigns.Existing(A, Certainty.DEFINITELY),
        new Sovereigns.Existing(B, Certainty.DEFINITELY)),
        q.statesOn(FuzzyTime.onDay(LocalDate.of(1900, 6, 1)), Certainty.DEFINITELY));
    assertEquals(List.of(new Sovereigns.Existing(A, Certainty.DEFINITELY)),
        q.statesOn(FuzzyTime.onDay(LocalDate.of(1970, 1, 1)), Certainty.DEFINITELY), "B dissolved");
    assertEquals(List.of(new Sovereigns.Existing(A, Certainty.DEFINITELY),
        new Sovereigns.Existing(B, Certainty.POSSIBLY)),
        q.statesOn(FuzzyTime.inYear(Year.of(1960)), Certainty.POSSIBLY), "dissolved during 1960");
    assertEquals(List.of(new Sovereigns.Existing(A, Certainty.DEFINITELY)),
        q.statesOn(FuzzyTime.inYear(Year.of(1960)), Certainty.DEFINITELY));
    assertThrows(InvalidValueException.class, () -> q.statesOn(Y1900, Certainty.NOT));
  }

  private static List<String> ids(List<TerritorialChange> changes) {
    return changes.stream().map(c -> c.id().value()).toList();
  }
}
