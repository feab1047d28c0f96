package dev.disputemodel.json;

import dev.disputemodel.ConflictId;
import dev.disputemodel.Estimate;
import dev.disputemodel.Event;
import dev.disputemodel.EventId;
import dev.disputemodel.EventKind;
import dev.disputemodel.PartyId;
import dev.disputemodel.SourceId;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.VoteResult;
import dev.disputemodel.time.FuzzyTime;
import java.util.List;
import java.util.Optional;

/** An {@link Event} in JSON. */
final class EventCodec {
  private EventCodec() {}

  private static final Fields<Event> FIELDS = Fields.of();
  static final Slot<EventId> ID = FIELDS.required("id", Event::id, Ids.EVENT);
  private static final Slot<ConflictId> CONFLICT =
      FIELDS.required("conflict", Event::conflict, Ids.CONFLICT);
  private static final Slot<EventKind> KIND =
      FIELDS.required("kind", Event::kind, Values.enumOf(EventKind.class));
  private static final Slot<FuzzyTime> TIME = FIELDS.required("time", Event::time, TimeCodec.CODEC);
  private static final Slot<List<TerritoryId>> PLACES =
      FIELDS.list("places", Event::places, Ids.TERRITORY);
  private static final Slot<List<PartyId>> PARTICIPANTS =
      FIELDS.list("participants", Event::participants, Ids.PARTY);
  private static final Slot<Optional<Estimate>> TROOPS =
      FIELDS.optional("troops", Event::troops, EstimateCodec.CODEC);
  private static final Slot<List<VoteResult>> RESULTS =
      FIELDS.list("results", Event::results, VoteResultCodec.CODEC);
  private static final Slot<Optional<String>> DESCRIPTION =
      FIELDS.optional("description", Event::description, Values.STRING);
  private static final Slot<SourceId> SOURCE = FIELDS.required("source", Event::source, Ids.SOURCE);

  static final ObjectCodec<Event> CODEC = FIELDS.codec(s -> Event.builder()
      .id(s.get(ID)).conflict(s.get(CONFLICT)).kind(s.get(KIND)).time(s.get(TIME))
      .addAllPlaces(s.get(PLACES)).addAllParticipants(s.get(PARTICIPANTS)).troops(s.get(TROOPS))
      .addAllResults(s.get(RESULTS)).description(s.get(DESCRIPTION)).source(s.get(SOURCE)).build());
}
