package dev.disputemodel.check;

import static dev.disputemodel.time.UnstatedPeriod.HOLDS_THROUGHOUT;

import dev.disputemodel.Accord;
import dev.disputemodel.AccordId;
import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.PartyId;
import dev.disputemodel.Side;
import dev.disputemodel.SupportType;
import dev.disputemodel.Supporter;
import dev.disputemodel.index.ModelIndex;
import dev.disputemodel.time.FuzzyPeriod;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where a party in a third-party role ({@link Mediator}) also fights: shared by
 * {@code mediator-belligerent} (impartial roles) and {@code guarantor-or-peacekeeper-fights}
 * (guarantors and peacekeepers). The role fights on a side when its party, or a party it acts for,
 * is
 *
 * <ul>
 *   <li>a primary party of a side of the role's conflict (or of the nearest ancestor conflict that
 *       records sides), whatever the time;
 *   <li>a primary party of a side of one of the conflict's episodes (its descendants that record
 *       sides of their own), while the episode's period may overlap the role's time: NATO,
 *       belligerent in the 1999 air campaign until 20 June, through KFOR peacekeeper of the Kosovo
 *       dispute from 12 June;
 *   <li>a troop supporter of such a side, while its support may overlap the role's time.
 * </ul>
 *
 * The role's time is its period, else when the ceasefire or agreement it concerns took effect (or
 * was agreed); unknown times may overlap anything.
 */
final class Belligerence {
  private final ModelIndex index;
  private final Map<ConflictId, List<Conflict>> episodes = new LinkedHashMap<>();

  /** Indexes the episodes of every conflict: linear in conflicts. */
  /**
   * Returns a finding of {@code rule} for each side each role fights on, for the roles
   * {@code checked} accepts, in model order; each message describes the fight and ends with
   * {@code advice}.
   */
  static List<Finding> findings(
      ModelIndex index, RuleDescriptor rule, Predicate<MediatorRole> checked, String advice) {
    List<Finding> out = new ArrayList<>();
    Belligerence belligerence = new Belligerence(index);
    for (Mediator m : index.model().mediators()) {
      if (checked.test(m.role())) {
        for (Fight f : belligerence.fights(m)) {
          out.add(rule.finding(m.id())
              .path("party")
              .value(m.party())
              .related(f.fighter(), f.conflict())
              .message(describe(m, f) + ". " + advice)
              .build());
        }
      }
    }
    return out;
  }

  Belligerence(ModelIndex index) {
    this.index = index;
    for (Conflict c : index.model().conflicts()) {
      c.parent().ifPresent(p -> episodes.computeIfAbsent(p, x -> new ArrayList<>()).add(c));
    }
  }

  /**
   * A side the role's party fights on.
   *
   * @param conflict the role's conflict for its own sides (or its ancestor's), else the episode
   * @param side the side
   * @param fighter the party that fights: the role's party or one it acts for
   */
  record Fight(ConflictId conflict, Side side, PartyId fighter) {}

  /**
   * Returns every side {@code m}'s party fights on while it may play the role, at most one per
   * side: the sides of its conflict first, then those of its episodes, depth first in model order.
   * Cost: the sides of the conflict and of its episodes, times the acts-for chain.
   */
  List<Fight> fights(Mediator m) {
    Optional<FuzzyPeriod> roleTime = roleTime(m);
    List<Fight> out = new ArrayList<>();
    for (Side side : index.sides(m.conflict())) {
      fighter(side, m, roleTime, true).ifPresent(p -> out.add(new Fight(m.conflict(), side, p)));
    }
    Set<ConflictId> seen = new HashSet<>();
    seen.add(m.conflict());
    Deque<Conflict> todo = new ArrayDeque<>(episodes.getOrDefault(m.conflict(), List.of()));
    while (!todo.isEmpty()) {
      Conflict episode = todo.pop();
      if (!seen.add(episode.id())) {
        continue; // a cycle of parents (hierarchy-cycle reports it)
      }
      boolean fightsThen = HOLDS_THROUGHOUT.overlap(episode.period(), roleTime).isPossible();
      for (Side side : episode.sides()) {
        fighter(side, m, roleTime, fightsThen)
            .ifPresent(p -> out.add(new Fight(episode.id(), side, p)));
      }
      List<Conflict> below = episodes.getOrDefault(episode.id(), List.of());
      for (int i = below.size() - 1; i >= 0; i--) {
        todo.push(below.get(i));
      }
    }
    return out;
  }

  private Optional<PartyId> fighter(
      Side side, Mediator m, Optional<FuzzyPeriod> roleTime, boolean primariesCount) {
    for (PartyId p : index.actsForChain(m.party())) {
      if (primariesCount && side.primaries().contains(p)) {
        return Optional.of(p);
      }
      for (Supporter s : side.supporters()) {
        if (s.party().equals(p) && s.type() == SupportType.TROOPS
            && HOLDS_THROUGHOUT.overlap(s.period(), roleTime).isPossible()) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The time the role is played: its period, else when the ceasefire or agreement it concerns took
   * effect (or was agreed).
   */
  private Optional<FuzzyPeriod> roleTime(Mediator m) {
    if (m.period().isPresent()) {
      return m.period();
    }
    Optional<AccordId> accord = m.ceasefire().<AccordId>map(c -> c).or(m::agreement);
    return accord
        .flatMap(id -> index.model().accord(id))
        .flatMap(Accord::takesEffect)
        .map(FuzzyPeriod::at);
  }

  /** Returns the finding's message body: who is what in which conflict, and where it fights. */
  static String describe(Mediator m, Fight f) {
    return m.party() + (f.fighter().equals(m.party()) ? "" : ", acting for " + f.fighter() + ",")
        + " is " + m.role() + " in " + m.conflict() + " but fights on side " + f.side().label()
        + (f.conflict().equals(m.conflict()) ? "" : " of " + f.conflict());
  }
}
