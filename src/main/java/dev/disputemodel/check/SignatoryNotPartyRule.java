package dev.disputemodel.check;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.Accord;
import dev.disputemodel.ConflictId;
import dev.disputemodel.Mediator;
import dev.disputemodel.PartyId;
import dev.disputemodel.Side;
import dev.disputemodel.index.ModelIndex;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code signatory-not-party}: a ceasefire or agreement signed or declared by a party that is on
 * no side of its conflict. A signatory counts as a party when it, or a party it acts for (a prime minister
 * for his state), is a primary party or supporter of a side of the ceasefire's conflict, or of
 * the nearest ancestor conflict that records sides; a party that mediates the conflict (a
 * broker who co-signs) is not reported. Nothing is reported for a conflict with no recorded
 * sides. Cost: linear in signatories plus mediators.
 */
final class SignatoryNotPartyRule implements Rule {
  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("signatory-not-party", Severity.WARNING,
          "A ceasefire or agreement signatory is on no side of its conflict and does not mediate it");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<Finding> check(ModelIndex index) {
    Set<List<Object>> mediates = new HashSet<>();
    for (Mediator m : index.model().mediators()) {
      for (PartyId p : index.actsForChain(m.party())) {
        mediates.add(List.of(p, m.conflict()));
      }
    }
    List<Finding> out = new ArrayList<>();
    for (Accord c : ChainCycleRule.accords(index)) {
      ImmutableList<Side> sides = index.sides(c.conflict());
      if (sides.isEmpty()) {
        continue;
      }
      Set<PartyId> parties = new HashSet<>();
      sides.forEach(s -> {
        parties.addAll(s.primaries());
        s.supporters().forEach(sup -> parties.add(sup.party()));
      });
      for (PartyId signatory : c.signatories()) {
        if (!onSide(index, signatory, parties) && !mediates(index, signatory, c.conflict(), mediates)) {
          out.add(DESCRIPTOR.finding(c.id())
              .path("signatories")
              .value(signatory)
              .related(signatory, c.conflict())
              .message(signatory + " signed " + c.id() + " but is on no side of " + c.conflict()
                  + ". Add it to a side, record it as a mediator, or correct the signatories")
              .build());
        }
      }
    }
    return out;
  }

  private static boolean onSide(ModelIndex index, PartyId party, Set<PartyId> parties) {
    return index.actsForChain(party).stream().anyMatch(parties::contains);
  }

  private static boolean mediates(
      ModelIndex index, PartyId party, ConflictId conflict, Set<List<Object>> mediates) {
    return index.actsForChain(party).stream().anyMatch(p -> mediates.contains(List.of(p, conflict)));
  }
}
