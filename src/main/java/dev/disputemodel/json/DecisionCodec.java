package dev.disputemodel.json;

import dev.disputemodel.BoundaryDecision;
import dev.disputemodel.ClaimDecision;
import dev.disputemodel.ClaimId;
import dev.disputemodel.ClaimVerdict;
import dev.disputemodel.ControlDecision;
import dev.disputemodel.Decision;
import dev.disputemodel.OtherDecision;
import dev.disputemodel.PartyId;
import dev.disputemodel.ProceduralDecision;
import dev.disputemodel.Procedure;
import dev.disputemodel.SovereigntyDecision;
import dev.disputemodel.TerritoryId;
import java.util.Optional;

/**
 * A ruling's {@link Decision}, one of the variants named by its {@code type}: {@code sovereignty},
 * {@code control}, {@code boundary}, {@code claim}, {@code procedural} or {@code other}.
 */
final class DecisionCodec {
  private DecisionCodec() {}

  private static final class Sovereignty {
    static final Fields<SovereigntyDecision> FIELDS = Fields.variant("sovereignty");
    static final Slot<TerritoryId> TERRITORY =
        FIELDS.required("territory", SovereigntyDecision::territory, Ids.TERRITORY);
    static final Slot<PartyId> SOVEREIGN =
        FIELDS.required("sovereign", SovereigntyDecision::sovereign, Ids.PARTY);
    static final ObjectCodec<SovereigntyDecision> CODEC =
        FIELDS.codec(s -> new SovereigntyDecision(s.get(TERRITORY), s.get(SOVEREIGN)));
  }

  private static final class Control {
    static final Fields<ControlDecision> FIELDS = Fields.variant("control");
    static final Slot<TerritoryId> TERRITORY =
        FIELDS.required("territory", ControlDecision::territory, Ids.TERRITORY);
    static final Slot<PartyId> CONTROLLER =
        FIELDS.required("controller", ControlDecision::controller, Ids.PARTY);
    static final ObjectCodec<ControlDecision> CODEC =
        FIELDS.codec(s -> new ControlDecision(s.get(TERRITORY), s.get(CONTROLLER)));
  }

  private static final class Boundary {
    static final Fields<BoundaryDecision> FIELDS = Fields.variant("boundary");
    static final Slot<TerritoryId> TERRITORY =
        FIELDS.required("territory", BoundaryDecision::territory, Ids.TERRITORY);
    static final Slot<TerritoryId> OTHER =
        FIELDS.required("other", BoundaryDecision::other, Ids.TERRITORY);
    static final Slot<Optional<String>> COURSE =
        FIELDS.optional("course", BoundaryDecision::course, Values.STRING);
    static final ObjectCodec<BoundaryDecision> CODEC = FIELDS.codec(
        s -> new BoundaryDecision(s.get(TERRITORY), s.get(OTHER), s.get(COURSE)));
  }

  private static final class OnClaim {
    static final Fields<ClaimDecision> FIELDS = Fields.variant("claim");
    static final Slot<ClaimId> CLAIM = FIELDS.required("claim", ClaimDecision::claim, Ids.CLAIM);
    static final Slot<ClaimVerdict> VERDICT = FIELDS.required(
        "verdict", ClaimDecision::verdict, Values.enumOf(ClaimVerdict.class));
    static final ObjectCodec<ClaimDecision> CODEC =
        FIELDS.codec(s -> new ClaimDecision(s.get(CLAIM), s.get(VERDICT)));
  }

  private static final class Procedural {
    static final Fields<ProceduralDecision> FIELDS = Fields.variant("procedural");
    static final Slot<Procedure> PROCEDURE = FIELDS.required(
        "procedure", ProceduralDecision::procedure, Values.enumOf(Procedure.class));
    static final Slot<Boolean> AFFIRMED =
        FIELDS.required("affirmed", ProceduralDecision::affirmed, Values.BOOLEAN);
    static final ObjectCodec<ProceduralDecision> CODEC =
        FIELDS.codec(s -> new ProceduralDecision(s.get(PROCEDURE), s.get(AFFIRMED)));
  }

  private static final class Other {
    static final Fields<OtherDecision> FIELDS = Fields.variant("other");
    static final Slot<String> DESCRIPTION =
        FIELDS.required("description", OtherDecision::description, Values.STRING);
    static final ObjectCodec<OtherDecision> CODEC =
        FIELDS.codec(s -> new OtherDecision(s.get(DESCRIPTION)));
  }

  static final UnionCodec<Decision> CODEC = UnionCodec.<Decision>builder()
      .variant(SovereigntyDecision.class, Sovereignty.CODEC)
      .variant(ControlDecision.class, Control.CODEC)
      .variant(BoundaryDecision.class, Boundary.CODEC)
      .variant(ClaimDecision.class, OnClaim.CODEC)
      .variant(ProceduralDecision.class, Procedural.CODEC)
      .variant(OtherDecision.class, Other.CODEC)
      .build();
}
