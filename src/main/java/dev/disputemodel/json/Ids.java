package dev.disputemodel.json;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.ClaimId;
import dev.disputemodel.ConflictId;
import dev.disputemodel.EntityId;
import dev.disputemodel.EventId;
import dev.disputemodel.MediatorId;
import dev.disputemodel.PartyId;
import dev.disputemodel.RelationId;
import dev.disputemodel.SourceId;
import dev.disputemodel.TerritoryId;
import java.util.function.Function;

/**
 * The codec of each kind of id (a JSON string), and the kind names of the format
 * ({@code "party"}, {@code "claim"}), which the reader maps explicitly: a name not listed here is
 * reported, never looked up as a class.
 */
final class Ids {
  private Ids() {}

  static final ValueCodec<PartyId> PARTY = Values.id(PartyId::of);
  static final ValueCodec<RelationId> RELATION = Values.id(RelationId::of);
  static final ValueCodec<TerritoryId> TERRITORY = Values.id(TerritoryId::of);
  static final ValueCodec<ConflictId> CONFLICT = Values.id(ConflictId::of);
  static final ValueCodec<EventId> EVENT = Values.id(EventId::of);
  static final ValueCodec<CeasefireId> CEASEFIRE = Values.id(CeasefireId::of);
  static final ValueCodec<MediatorId> MEDIATOR = Values.id(MediatorId::of);
  static final ValueCodec<ClaimId> CLAIM = Values.id(ClaimId::of);
  static final ValueCodec<SourceId> SOURCE = Values.id(SourceId::of);

  /** Entity kind names, as in {@code noStatement.about.subjects[].kind}, and their id factories. */
  static final ImmutableMap<String, Function<String, EntityId>> KINDS =
      ImmutableMap.<String, Function<String, EntityId>>builder()
          .put("party", PartyId::of)
          .put("relation", RelationId::of)
          .put("territory", TerritoryId::of)
          .put("conflict", ConflictId::of)
          .put("event", EventId::of)
          .put("ceasefire", CeasefireId::of)
          .put("mediator", MediatorId::of)
          .put("claim", ClaimId::of)
          .put("source", SourceId::of)
          .buildOrThrow();

  /** A kind name, one of {@link #KINDS}. */
  static final ValueCodec<String> KIND =
      Values.named("entity kind", Maps.toMap(KINDS.keySet(), name -> name), name -> name);

  /** Returns the kind name of {@code id}: a {@code PartyId}'s is {@code "party"}. */
  static String kindOf(EntityId id) {
    String kind = id.kind();
    return Character.toLowerCase(kind.charAt(0)) + kind.substring(1);
  }
}
