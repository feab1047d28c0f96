package dev.disputemodel.json;

import dev.disputemodel.Claim;
import dev.disputemodel.ClaimId;
import dev.disputemodel.PartyId;
import dev.disputemodel.Polarity;
import dev.disputemodel.Proposition;
import dev.disputemodel.SourceId;
import dev.disputemodel.time.FuzzyTime;
import java.util.List;
import java.util.Optional;

/** A {@link Claim} in JSON; {@code polarity} only when it is not {@code ASSERTS}. */
final class ClaimCodec {
  private ClaimCodec() {}

  private static final Fields<Claim> FIELDS = Fields.of();
  static final Slot<ClaimId> ID = FIELDS.required("id", Claim::id, Ids.CLAIM);
  private static final Slot<Optional<PartyId>> CLAIMANT =
      FIELDS.optional("claimant", Claim::claimant, Ids.PARTY);
  private static final Slot<SourceId> SOURCE = FIELDS.required("source", Claim::source, Ids.SOURCE);
  private static final Slot<FuzzyTime> MADE_AT =
      FIELDS.required("madeAt", Claim::madeAt, TimeCodec.CODEC);
  private static final Slot<Optional<Polarity>> POLARITY = FIELDS.optional("polarity",
      c -> c.polarity() == Polarity.ASSERTS ? Optional.empty() : Optional.of(c.polarity()),
      Values.enumOf(Polarity.class));
  private static final Slot<List<Proposition>> PROPOSITIONS =
      FIELDS.requiredList("propositions", Claim::propositions, PropositionCodec.CODEC);
  private static final Slot<Optional<String>> QUOTE =
      FIELDS.optional("quote", Claim::quote, Values.STRING);
  private static final Slot<Optional<String>> HEDGE =
      FIELDS.optional("hedge", Claim::hedge, Values.STRING);
  private static final Slot<Optional<ClaimId>> REVISES =
      FIELDS.optional("revises", Claim::revises, Ids.CLAIM);

  static final ObjectCodec<Claim> CODEC = FIELDS.codec(s -> Claim.builder()
      .id(s.get(ID)).claimant(s.get(CLAIMANT)).source(s.get(SOURCE)).madeAt(s.get(MADE_AT))
      .polarity(s.get(POLARITY).orElse(Polarity.ASSERTS)).addAllPropositions(s.get(PROPOSITIONS))
      .quote(s.get(QUOTE)).hedge(s.get(HEDGE)).revises(s.get(REVISES)).build());
}
