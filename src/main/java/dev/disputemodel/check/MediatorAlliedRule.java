package dev.disputemodel.check;

import static dev.disputemodel.time.UnstatedPeriod.HOLDS_THROUGHOUT;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.EntityId;
import dev.disputemodel.Mediator;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyRelation;
import dev.disputemodel.RelationKind;
import dev.disputemodel.Side;
import dev.disputemodel.index.ModelIndex;
import dev.disputemodel.time.Certainty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code mediator-allied}: a party in a third-party role while allied to a belligerent of the
 * conflict: an {@link RelationKind#ALLY_OF} relation, in either direction, between the mediator
 * (or a party it acts for) and a primary party or troop supporter of a side, at a time that
 * overlaps the role (an unstated period overlaps every time). One finding per mediating party
 * and ally, however many roles it plays: Russia brokering the 2020 and the 2022 ceasefires while
 * allied to Armenia is one partiality. Certain if some role and alliance definitely overlap.
 *
 * <p>Cost: for each mediator, the relations of the parties it acts for (indexed by party).
 */
final class MediatorAlliedRule implements Rule {
  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("mediator-allied", Severity.WARNING,
          "A mediator, broker or peacekeeper is allied to a party it mediates between");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<Finding> check(ModelIndex index) {
    Map<List<PartyId>, Partiality> found = new LinkedHashMap<>();
    for (Mediator m : index.model().mediators()) {
      ImmutableList<PartyId> chain = index.actsForChain(m.party());
      Set<PartyId> fighters = new java.util.HashSet<>();
      for (Side side : index.sides(m.conflict())) {
        fighters.addAll(ModelIndex.belligerents(side));
      }
      for (PartyId self : chain) {
        for (PartyRelation r : index.relationsByParty().get(self)) {
          PartyId other = r.from().equals(self) ? r.to() : r.from();
          if (r.kind() != RelationKind.ALLY_OF || !fighters.contains(other) || chain.contains(other)) {
            continue;
          }
          Certainty overlap = HOLDS_THROUGHOUT.overlap(r.period(), m.period());
          if (overlap.isPossible()) {
            found.computeIfAbsent(List.of(index.principal(m.party()), other), k -> new Partiality())
                .add(overlap, m, r);
          }
        }
      }
    }
    List<Finding> out = new ArrayList<>();
    found.forEach((key, p) -> out.add(p.finding(key.get(0), key.get(1))));
    return out;
  }

  private static final class Partiality {
    private Certainty certainty = Certainty.NOT;
    private final Set<EntityId> roles = new TreeSet<>();
    private final Set<EntityId> relations = new TreeSet<>();
    private final Set<EntityId> conflicts = new TreeSet<>();
    private final Set<String> roleNames = new TreeSet<>();

    void add(Certainty overlap, Mediator m, PartyRelation r) {
      certainty = certainty.or(overlap);
      roles.add(m.id());
      relations.add(r.id());
      conflicts.add(m.conflict());
      roleNames.add(m.role().name());
    }

    Finding finding(PartyId mediator, PartyId ally) {
      return DESCRIPTOR.finding(mediator)
          .certainty(certainty)
          .path("allyOf")
          .value(ally)
          .related(ImmutableList.<EntityId>builder().add(ally).addAll(relations).addAll(roles)
              .addAll(conflicts).build())
          .message(mediator + " acts as " + String.join("/", roleNames) + " in "
              + ids(conflicts) + " while " + (certainty.isDefinite() ? "" : "possibly ")
              + "allied to " + ally + " (" + ids(relations) + "), a party to the fighting:"
              + " its mediation may be partial. Keep both facts; correct the alliance's or the"
              + " role's period if they did not overlap")
          .build();
    }

    private static String ids(Set<EntityId> ids) {
      return String.join(", ", ids.stream().map(Object::toString).toArray(String[]::new));
    }
  }
}
