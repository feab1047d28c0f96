package dev.disputemodel.json;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.ChainLink;
import dev.disputemodel.ConflictId;
import dev.disputemodel.PartyId;
import dev.disputemodel.Provision;
import dev.disputemodel.SourceId;
import dev.disputemodel.time.FuzzyTime;
import java.util.List;
import java.util.Optional;

/**
 * A {@link Ceasefire} in JSON. Format 1.0's {@code predecessor} is still read, as the link
 * {@code ChainLink.succeeds(predecessor)}, and never written: {@code links} says it now.
 */
final class CeasefireCodec {
  private CeasefireCodec() {}

  private static final Fields<Ceasefire> FIELDS = Fields.of();
  static final Slot<CeasefireId> ID = FIELDS.required("id", Ceasefire::id, Ids.CEASEFIRE);
  private static final Slot<String> NAME = FIELDS.required("name", Ceasefire::name, Values.STRING);
  private static final Slot<ConflictId> CONFLICT =
      FIELDS.required("conflict", Ceasefire::conflict, Ids.CONFLICT);
  private static final Slot<List<PartyId>> SIGNATORIES =
      FIELDS.list("signatories", Ceasefire::signatories, Ids.PARTY);
  private static final Slot<Optional<FuzzyTime>> AGREED =
      FIELDS.optional("agreed", Ceasefire::agreed, TimeCodec.CODEC);
  private static final Slot<Optional<FuzzyTime>> EFFECTIVE =
      FIELDS.optional("effective", Ceasefire::effective, TimeCodec.CODEC);
  private static final Slot<Optional<FuzzyTime>> ENDED =
      FIELDS.optional("ended", Ceasefire::ended, TimeCodec.CODEC);
  private static final Slot<List<Provision>> PROVISIONS =
      FIELDS.list("provisions", Ceasefire::provisions, ProvisionCodec.CODEC);
  private static final Slot<List<ChainLink>> LINKS =
      FIELDS.list("links", Ceasefire::links, ChainLinkCodec.CODEC);
  /** Format 1.0: read only. */
  private static final Slot<Optional<CeasefireId>> PREDECESSOR =
      FIELDS.optional("predecessor", c -> Optional.empty(), Ids.CEASEFIRE);
  private static final Slot<SourceId> SOURCE =
      FIELDS.required("source", Ceasefire::source, Ids.SOURCE);

  static final ObjectCodec<Ceasefire> CODEC = FIELDS.codec(s -> Ceasefire.builder()
      .id(s.get(ID)).name(s.get(NAME)).conflict(s.get(CONFLICT))
      .addAllSignatories(s.get(SIGNATORIES)).agreed(s.get(AGREED)).effective(s.get(EFFECTIVE))
      .ended(s.get(ENDED)).addAllProvisions(s.get(PROVISIONS))
      .addAllLinks(s.get(PREDECESSOR).map(ChainLink::succeeds).map(ImmutableList::of)
          .orElse(ImmutableList.of()))
      .addAllLinks(s.get(LINKS))
      .source(s.get(SOURCE)).build());
}
