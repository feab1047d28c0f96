package dev.disputemodel.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import dev.disputemodel.AgreementId;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.ClaimId;
import dev.disputemodel.ConflictId;
import dev.disputemodel.EntityId;
import dev.disputemodel.EventId;
import dev.disputemodel.MediatorId;
import dev.disputemodel.PartyId;
import dev.disputemodel.RelationId;
import dev.disputemodel.RulingId;
import dev.disputemodel.SourceId;
import dev.disputemodel.TerritorialChangeId;
import dev.disputemodel.TerritoryId;

/**
 * The codec of each kind of id (a JSON string), and the kind names of the format
 * ({@code "party"}, {@code "claim"}), which the reader maps explicitly: a name not listed here is
 * reported, never looked up as a class.
 */
final class Ids {
  private Ids() {}

  static final IdCodec<PartyId> PARTY = new IdCodec<>("party", 0, PartyId::of);
  static final IdCodec<RelationId> RELATION = new IdCodec<>("relation", 1, RelationId::of);
  static final IdCodec<TerritoryId> TERRITORY = new IdCodec<>("territory", 2, TerritoryId::of);
  static final IdCodec<ConflictId> CONFLICT = new IdCodec<>("conflict", 3, ConflictId::of);
  static final IdCodec<EventId> EVENT = new IdCodec<>("event", 4, EventId::of);
  static final IdCodec<CeasefireId> CEASEFIRE = new IdCodec<>("ceasefire", 5, CeasefireId::of);
  static final IdCodec<MediatorId> MEDIATOR = new IdCodec<>("mediator", 6, MediatorId::of);
  static final IdCodec<ClaimId> CLAIM = new IdCodec<>("claim", 7, ClaimId::of);
  static final IdCodec<SourceId> SOURCE = new IdCodec<>("source", 8, SourceId::of);
  static final IdCodec<AgreementId> AGREEMENT = new IdCodec<>("agreement", 9, AgreementId::of);
  static final IdCodec<RulingId> RULING = new IdCodec<>("ruling", 10, RulingId::of);
  static final IdCodec<TerritorialChangeId> TERRITORIAL_CHANGE =
      new IdCodec<>("territorialChange", 11, TerritorialChangeId::of);

  /** Every kind, in the order of {@link IdCodec#index}. */
  static final ImmutableList<IdCodec<?>> ALL = ImmutableList.of(
      PARTY, RELATION, TERRITORY, CONFLICT, EVENT, CEASEFIRE, MEDIATOR, CLAIM, SOURCE, AGREEMENT,
      RULING, TERRITORIAL_CHANGE);

  /** The kinds by name, as in {@code noStatement.about.subjects[].kind}. */
  static final ImmutableMap<String, IdCodec<?>> KINDS = Maps.uniqueIndex(ALL, k -> k.kind);

  /** A kind name, one of {@link #KINDS}. */
  static final ValueCodec<IdCodec<?>> KIND = Values.named("entity kind", KINDS, k -> k.kind);

  /** Returns the kind name of {@code id}: a {@code PartyId}'s is {@code "party"}. */
  static String kindOf(EntityId id) {
    String kind = id.kind();
    return Character.toLowerCase(kind.charAt(0)) + kind.substring(1);
  }
}
