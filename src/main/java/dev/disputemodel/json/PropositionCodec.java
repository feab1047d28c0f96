package dev.disputemodel.json;

import dev.disputemodel.AgreementResponse;
import dev.disputemodel.AgreementStatus;
import dev.disputemodel.Attack;
import dev.disputemodel.BacksAccount;
import dev.disputemodel.Casualties;
import dev.disputemodel.CeasefireStatus;
import dev.disputemodel.Characterization;
import dev.disputemodel.Control;
import dev.disputemodel.FactFigure;
import dev.disputemodel.FactTime;
import dev.disputemodel.Initiated;
import dev.disputemodel.NoStatement;
import dev.disputemodel.Proposition;
import dev.disputemodel.RecognitionCount;
import dev.disputemodel.Recognizes;
import dev.disputemodel.RulingResponse;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.Stance;

/** A claim's {@link Proposition}, one of the variants named by its {@code type}. */
final class PropositionCodec {
  private PropositionCodec() {}

  static final UnionCodec<Proposition> CODEC = UnionCodec.<Proposition>builder()
      .variant(Sovereignty.class, SovereigntyCodec.CODEC)
      .variant(Control.class, ControlCodec.CODEC)
      .variant(Casualties.class, CasualtiesCodec.CODEC)
      .variant(Initiated.class, InitiatedCodec.CODEC)
      .variant(Attack.class, AttackCodec.CODEC)
      .variant(CeasefireStatus.class, CeasefireStatusCodec.CODEC)
      .variant(Stance.class, StanceCodec.CODEC)
      .variant(BacksAccount.class, BacksAccountCodec.CODEC)
      .variant(NoStatement.class, NoStatementCodec.CODEC)
      .variant(RulingResponse.class, RulingResponseCodec.CODEC)
      .variant(FactTime.class, FactTimeCodec.CODEC)
      .variant(FactFigure.class, FactFigureCodec.CODEC)
      .variant(Recognizes.class, RecognizesCodec.CODEC)
      .variant(RecognitionCount.class, RecognitionCountCodec.CODEC)
      .variant(AgreementResponse.class, AgreementResponseCodec.CODEC)
      .variant(AgreementStatus.class, AgreementStatusCodec.CODEC)
      .variant(Characterization.class, CharacterizationCodec.CODEC)
      .build();
}
