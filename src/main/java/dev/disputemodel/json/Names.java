package dev.disputemodel.json;

import com.google.common.collect.ImmutableMap;
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
 * The fixed names of the JSON format's discriminators: proposition and provision {@code type}
 * values and the entity kinds of a {@code noStatement}'s subjects. The reader maps each name
 * explicitly; a name not listed here is reported, never looked up as a class.
 */
final class Names {
  private Names() {}

  static final String SOVEREIGNTY = "sovereignty";
  static final String CONTROL = "control";
  static final String CASUALTIES = "casualties";
  static final String INITIATED = "initiated";
  static final String ATTACK = "attack";
  static final String CEASEFIRE_STATUS = "ceasefireStatus";
  static final String STANCE = "stance";
  static final String BACKS_ACCOUNT = "backsAccount";
  static final String NO_STATEMENT = "noStatement";

  static final String WITHDRAWAL = "withdrawal";
  static final String DEPLOYMENT = "deployment";
  static final String OTHER_PROVISION = "other";

  /** Entity kind names (as in {@code noStatement.about.subjects[].kind}) and their id factories. */
  static final ImmutableMap<String, Function<String, EntityId>> ID_KINDS =
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

  /** Returns the kind name of {@code id}: {@code PartyId} is {@code "party"}. */
  static String kindOf(EntityId id) {
    String kind = id.kind();
    return Character.toLowerCase(kind.charAt(0)) + kind.substring(1);
  }
}
