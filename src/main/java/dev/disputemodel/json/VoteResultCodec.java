package dev.disputemodel.json;

import dev.disputemodel.Estimate;
import dev.disputemodel.PartyId;
import dev.disputemodel.Share;
import dev.disputemodel.SourceId;
import dev.disputemodel.VoteResult;
import java.util.List;
import java.util.Optional;

/** A {@link VoteResult} of a referendum or election in JSON (format 1.2). */
final class VoteResultCodec {
  private VoteResultCodec() {}

  private static final Fields<VoteResult> FIELDS = Fields.of();
  private static final Slot<Optional<Estimate>> YES_VOTES =
      FIELDS.optional("yesVotes", VoteResult::yesVotes, EstimateCodec.CODEC);
  private static final Slot<Optional<Estimate>> NO_VOTES =
      FIELDS.optional("noVotes", VoteResult::noVotes, EstimateCodec.CODEC);
  private static final Slot<Optional<Share>> YES_SHARE =
      FIELDS.optional("yesShare", VoteResult::yesShare, ShareCodec.CODEC);
  private static final Slot<Optional<Share>> NO_SHARE =
      FIELDS.optional("noShare", VoteResult::noShare, ShareCodec.CODEC);
  private static final Slot<Optional<Share>> TURNOUT =
      FIELDS.optional("turnout", VoteResult::turnout, ShareCodec.CODEC);
  private static final Slot<List<PartyId>> WINNERS =
      FIELDS.list("winners", VoteResult::winners, Ids.PARTY);
  private static final Slot<SourceId> SOURCE =
      FIELDS.required("source", VoteResult::source, Ids.SOURCE);

  static final ObjectCodec<VoteResult> CODEC = FIELDS.codec(s -> VoteResult.builder()
      .yesVotes(s.get(YES_VOTES)).noVotes(s.get(NO_VOTES)).yesShare(s.get(YES_SHARE))
      .noShare(s.get(NO_SHARE)).turnout(s.get(TURNOUT)).addAllWinners(s.get(WINNERS))
      .source(s.get(SOURCE)).build());
}
