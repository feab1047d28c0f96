package dev.disputemodel.json;

import dev.disputemodel.AccordId;
import dev.disputemodel.BindingForce;
import dev.disputemodel.ConflictId;
import dev.disputemodel.Decision;
import dev.disputemodel.PartyId;
import dev.disputemodel.Ruling;
import dev.disputemodel.RulingId;
import dev.disputemodel.SourceId;
import dev.disputemodel.time.FuzzyTime;
import java.util.List;
import java.util.Optional;

/** A {@link Ruling} in JSON (format 1.1; {@code binding} optional since 1.3). */
final class RulingCodec {
  private RulingCodec() {}

  private static final Fields<Ruling> FIELDS = Fields.of();
  static final Slot<RulingId> ID = FIELDS.required("id", Ruling::id, Ids.RULING);
  private static final Slot<String> NAME = FIELDS.required("name", Ruling::name, Values.STRING);
  private static final Slot<PartyId> BODY = FIELDS.required("body", Ruling::body, Ids.PARTY);
  private static final Slot<FuzzyTime> ISSUED =
      FIELDS.required("issued", Ruling::issued, TimeCodec.CODEC);
  // Required before 1.3; since 1.3 left out when no source states it (BindingForce.UNSTATED).
  private static final Slot<Optional<Boolean>> BINDING = FIELDS.optional("binding",
      r -> r.bindingForce() == BindingForce.UNSTATED ? Optional.empty() : Optional.of(r.binding()),
      Values.BOOLEAN);
  private static final Slot<List<Decision>> DECISIONS =
      FIELDS.requiredList("decisions", Ruling::decisions, DecisionCodec.CODEC);
  private static final Slot<Optional<AccordId>> UNDER =
      FIELDS.optional("under", Ruling::under, AccordRefCodec.CODEC);
  private static final Slot<Optional<ConflictId>> CONFLICT =
      FIELDS.optional("conflict", Ruling::conflict, Ids.CONFLICT);
  private static final Slot<SourceId> SOURCE = FIELDS.required("source", Ruling::source, Ids.SOURCE);

  static final ObjectCodec<Ruling> CODEC = FIELDS.codec(s -> Ruling.builder()
      .id(s.get(ID)).name(s.get(NAME)).body(s.get(BODY)).issued(s.get(ISSUED))
      .bindingForce(s.get(BINDING).map(b -> b ? BindingForce.BINDING : BindingForce.NOT_BINDING)
          .orElse(BindingForce.UNSTATED)).addAllDecisions(s.get(DECISIONS)).under(s.get(UNDER))
      .conflict(s.get(CONFLICT)).source(s.get(SOURCE)).build());
}
