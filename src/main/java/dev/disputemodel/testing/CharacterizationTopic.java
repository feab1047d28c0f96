package dev.disputemodel.testing;

import dev.disputemodel.CharacterAspect;
import dev.disputemodel.CharacterKind;
import dev.disputemodel.Characterization;
import dev.disputemodel.EntityId;
import dev.disputemodel.PropositionKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an event or a ruling is ({@link Characterization}): an event's use of force, status change
 * or victims, a ruling's legal force. Each family names one kind of the aspect; on a contested
 * question families may name different kinds, and deny as well as assert.
 */
final class CharacterizationTopic implements Topic {
  private final ModelDraft d;
  private final EntityId subject;
  private final CharacterAspect aspect;

  private CharacterizationTopic(ModelDraft draft, EntityId subject, CharacterAspect aspect) {
    this.d = draft;
    this.subject = subject;
    this.aspect = aspect;
  }

  static Optional<Topic> plan(ModelDraft d, Optional<Integer> claimant) {
    List<CharacterizationTopic> candidates = new ArrayList<>(2);
    if (!d.events.isEmpty()) {
      CharacterAspect aspect = d.c.pick(List.of(
          CharacterAspect.USE_OF_FORCE, CharacterAspect.STATUS_CHANGE, CharacterAspect.VICTIMS));
      candidates.add(new CharacterizationTopic(d, d.c.pick(d.events.all()).id(), aspect));
    }
    if (!d.rulings.isEmpty()) {
      candidates.add(new CharacterizationTopic(d, d.c.pick(d.rulings.all()).id(),
          CharacterAspect.LEGAL_FORCE));
    }
    return candidates.isEmpty() ? Optional.empty() : Optional.of(d.c.pick(candidates));
  }

  @Override
  public PropositionKey key() {
    return new Characterization(subject, kinds().get(0)).key();
  }

  @Override
  public Answer answer(int family, boolean contested) {
    return Answer.of(Topic.polarity(d.c, contested, 0.2), new Characterization(subject, d.c.pick(kinds())));
  }

  private List<CharacterKind> kinds() {
    List<CharacterKind> out = new ArrayList<>();
    for (CharacterKind k : CharacterKind.values()) {
      if (k.aspect() == aspect) {
        out.add(k);
      }
    }
    return out;
  }
}
