package dev.disputemodel.query;

import dev.disputemodel.Mediator;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyRelation;
import dev.disputemodel.time.Certainty;
import java.util.Objects;

/**
 * A third party allied to a belligerent of the conflict it mediates in: Russia brokered the 2020
 * deal while an ally of Armenia.
 *
 * @param mediator the third-party role; not null
 * @param principal the party the role's party ultimately acts for (Russia for its peacekeeping
 *     force); not null
 * @param belligerent the primary party or troop supporter it is allied to; not null
 * @param alliance the {@link dev.disputemodel.RelationKind#ALLY_OF} relation; not null
 * @param certainty whether the alliance and the role overlap in time: DEFINITELY or POSSIBLY
 *     (possibly when either period is not stated); not null
 */
public record MediatorAlliance(
    Mediator mediator,
    PartyId principal,
    PartyId belligerent,
    PartyRelation alliance,
    Certainty certainty) {
  /** Rejects nulls. */
  public MediatorAlliance {
    Objects.requireNonNull(mediator, "mediator");
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(belligerent, "belligerent");
    Objects.requireNonNull(alliance, "alliance");
    Objects.requireNonNull(certainty, "certainty");
  }
}
