package dev.disputemodel.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.AgreementId;
import dev.disputemodel.AgreementStage;
import dev.disputemodel.AgreementStatus;
import dev.disputemodel.Attack;
import dev.disputemodel.CasualtyKind;
import dev.disputemodel.Casualties;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.CeasefireState;
import dev.disputemodel.CeasefireStatus;
import dev.disputemodel.Control;
import dev.disputemodel.FactFigure;
import dev.disputemodel.FactTime;
import dev.disputemodel.FigureKind;
import dev.disputemodel.Initiated;
import dev.disputemodel.Recognizes;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.SovereigntyExtent;
import dev.disputemodel.TimeAspect;
import dev.disputemodel.time.FuzzyTime;
import java.time.YearMonth;
import dev.disputemodel.BacksAccount;
import dev.disputemodel.ClaimId;
import dev.disputemodel.ConflictId;
import dev.disputemodel.Estimate;
import dev.disputemodel.EventKind;
import dev.disputemodel.NoStatement;
import dev.disputemodel.PartyId;
import dev.disputemodel.Polarity;
import dev.disputemodel.Proposition;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.PropositionType;
import dev.disputemodel.RecognitionCount;
import dev.disputemodel.ResponseKind;
import dev.disputemodel.RulingId;
import dev.disputemodel.RulingResponse;
import dev.disputemodel.Stance;
import dev.disputemodel.StanceKind;
import dev.disputemodel.TerritoryId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An answer in words ({@link Answer#toString()}), for the kinds of proposition a question has. */
class AnswerTest {
  static final ConflictId C = ConflictId.of("C");
  static final PartyId A = PartyId.of("A");
  static final PartyId B = PartyId.of("B");

  static String asserted(Proposition p) {
    return new Answer(Polarity.ASSERTS, p).toString();
  }

  @Test
  void anAttackNamesTheAttackerAndTheTargetWhenStated() {
    assertEquals("SHELLING by Party:A on Party:B",
        asserted(new Attack(C, A, EventKind.SHELLING, Optional.of(B), Optional.empty())));
    assertEquals("not SHELLING by Party:A", new Answer(Polarity.DENIES,
        new Attack(C, A, EventKind.SHELLING, Optional.empty(), Optional.empty())).toString());
  }

  @Test
  void aStanceNamesItsAddresseeWhenStated() {
    assertEquals("CALL_TO_DESIST to Party:B",
        asserted(new Stance(A, StanceKind.CALL_TO_DESIST, C, Optional.of(B))));
    assertEquals("NO_MILITARY_SOLUTION", asserted(Stance.of(A, StanceKind.NO_MILITARY_SOLUTION, C)));
  }

  @Test
  void backingsSilencesResponsesAndCountsSayWhatTheyAreAbout() {
    assertEquals("backs Claim:K6", asserted(new BacksAccount(A, ClaimId.of("K6"))));
    assertEquals("no statement by Party:A on INITIATOR[Conflict:C]",
        asserted(new NoStatement(A, PropositionKey.of(PropositionType.INITIATOR, C))));
    assertEquals("REJECTS", asserted(new RulingResponse(A, RulingId.of("J1"), ResponseKind.REJECTS)));
    assertEquals("recognized by 3",
        asserted(new RecognitionCount(TerritoryId.of("T"), A, Estimate.exact(3))));
  }

  @Test
  void theOtherKindsSayWhoOrWhatAnswers() {
    TerritoryId t = TerritoryId.of("T");
    assertEquals("sovereign Party:A", asserted(new Sovereignty(t, A)));
    assertEquals("sovereign rights Party:A",
        asserted(new Sovereignty(t, A, SovereigntyExtent.SOVEREIGN_RIGHTS)));
    assertEquals("controller Party:B", asserted(new Control(t, B)));
    assertEquals("KILLED 3",
        asserted(new Casualties(C, Optional.of(A), CasualtyKind.KILLED, Estimate.exact(3))));
    assertEquals("initiator Party:A", asserted(new Initiated(C, A)));
    assertEquals("not VIOLATED",
        new Answer(Polarity.DENIES, new CeasefireStatus(CeasefireId.of("S"), CeasefireState.VIOLATED)).toString());
    assertEquals("SIGNED", asserted(new AgreementStatus(AgreementId.of("G"), AgreementStage.SIGNED)));
    FuzzyTime may2020 = FuzzyTime.inMonth(YearMonth.of(2020, 5));
    assertEquals("STARTED " + may2020, asserted(new FactTime(C, TimeAspect.STARTED, may2020)));
    assertEquals("AREA 3", asserted(new FactFigure(t, FigureKind.AREA, Estimate.exact(3))));
    assertEquals("recognizes Party:B", asserted(new Recognizes(A, t, B)));
  }
}
