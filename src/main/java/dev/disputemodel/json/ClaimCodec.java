package dev.disputemodel.json;

import dev.disputemodel.Claim;
import dev.disputemodel.ClaimId;
import dev.disputemodel.Ending;
import dev.disputemodel.PartyId;
import dev.disputemodel.Polarity;
import dev.disputemodel.Proposition;
import dev.disputemodel.SourceId;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.util.List;
import java.util.Optional;

/**
 * A {@link Claim} in JSON; {@code polarity} only when it is not {@code ASSERTS}. Since format 1.1
 * {@code heldDuring} and {@code ends} (since 1.3 {@code about}), and {@code propositions} may be absent from a claim that
 * only ends others; format 1.0's {@code revises} is read as a replacement, never written.
 */
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
      FIELDS.list("propositions", Claim::propositions, PropositionCodec.CODEC);
  private static final Slot<Optional<String>> QUOTE =
      FIELDS.optional("quote", Claim::quote, Values.STRING);
  private static final Slot<Optional<String>> HEDGE =
      FIELDS.optional("hedge", Claim::hedge, Values.STRING);
  private static final Slot<Optional<FuzzyPeriod>> HELD_DURING =
      FIELDS.optional("heldDuring", Claim::heldDuring, PeriodCodec.CODEC);
  private static final Slot<Optional<FuzzyPeriod>> ABOUT =
      FIELDS.optional("about", Claim::about, PeriodCodec.CODEC);
  private static final Slot<List<Ending>> ENDS = FIELDS.list("ends", Claim::ends, EndingCodec.CODEC);
  // format 1.0: read only
  private static final Slot<Optional<ClaimId>> REVISES =
      FIELDS.optional("revises", c -> Optional.empty(), Ids.CLAIM);

  /** Lists are given to the builder only when not empty: most claims end no other. */
  static final ObjectCodec<Claim> CODEC = FIELDS.codec(s -> {
    Claim.Builder b = Claim.builder()
        .id(s.get(ID)).claimant(s.get(CLAIMANT)).source(s.get(SOURCE)).madeAt(s.get(MADE_AT))
        .polarity(s.get(POLARITY).orElse(Polarity.ASSERTS))
        .quote(s.get(QUOTE)).hedge(s.get(HEDGE)).heldDuring(s.get(HELD_DURING)).about(s.get(ABOUT));
    List<Proposition> propositions = s.get(PROPOSITIONS);
    if (!propositions.isEmpty()) {
      b.addAllPropositions(propositions);
    }
    List<Ending> ends = s.get(ENDS);
    if (!ends.isEmpty()) {
      b.addAllEnds(ends);
    }
    s.get(REVISES).ifPresent(b::replaces);
    return b.build();
  });
}
