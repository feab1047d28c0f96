package dev.disputemodel.cow;

import dev.disputemodel.Conflict;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.Side;
import dev.disputemodel.Supporter;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What {@link PartyMatching} reads from the COW states' spells of membership and the other
 * model's fighting: whether a state existed while another fought, the successor spell of a
 * unified state, and the states that fought before they entered the state system.
 */
final class MembershipSpells {
  private MembershipSpells() {}

  /**
   * Returns the first day of the spell of {@code successor} that begins the day after {@code
   * coded} left the state system, if it has one (each a COW state, its spells stated to the day).
   */
  static Optional<FuzzyTime> successorSince(Party coded, Party successor) {
    if (coded.equals(successor) || coded.dissolved().isEmpty()) {
      return Optional.empty();
    }
    LocalDate nextDay = coded.dissolved().get().earliest().toLocalDate().plusDays(1);
    if (!FuzzyTime.isSupportedYear(nextDay.getYear())) {
      return Optional.empty(); // left on the last day a time may reach: no spell follows
    }
    FuzzyTime next = FuzzyTime.onDay(nextDay);
    List<FuzzyTime> starts = new ArrayList<>();
    successor.proclaimed().ifPresent(starts::add);
    successor.interruptions().forEach(gap -> gap.end().ifPresent(
        end -> starts.add(FuzzyTime.onDay(end.earliest().toLocalDate().plusDays(1)))));
    return starts.contains(next) ? Optional.of(next) : Optional.empty();
  }

  /**
   * Returns the other model's matched states that the other model records in a conflict, as a
   * primary party or a supporter, over a period that definitely ended before their COW entry
   * into the state system (the first day of the matched spells).
   */
  static List<PartyId> enteredAfterFighting(DisputeModel cow, DisputeModel other,
      List<PartyMatching.Match> matched) {
    Map<PartyId, Party> spells = MatchedModels.spells(cow, matched);
    Set<PartyId> out = new LinkedHashSet<>();
    for (Conflict c : other.conflicts()) {
      for (Side side : c.sides()) {
        c.period().ifPresent(p -> side.primaries().forEach(party -> {
          if (foughtBefore(spells.get(party), p)) {
            out.add(party);
          }
        }));
        for (Supporter s : side.supporters()) {
          s.period().or(c::period).ifPresent(p -> {
            if (foughtBefore(spells.get(s.party()), p)) {
              out.add(s.party());
            }
          });
        }
      }
    }
    return other.parties().stream().map(Party::id).filter(out::contains).toList();
  }

  private static boolean foughtBefore(Party spells, FuzzyPeriod period) {
    return spells != null && spells.proclaimed().isPresent() && period.end().isPresent()
        && period.end().get().isBefore(spells.proclaimed().get()).isDefinite();
  }

  /** Returns the periods of the conflicts each party of {@code model} fights in. */
  static Map<PartyId, List<FuzzyPeriod>> fighting(DisputeModel model) {
    Map<PartyId, List<FuzzyPeriod>> out = new HashMap<>();
    for (Conflict c : model.conflicts()) {
      c.period().ifPresent(p -> c.parties().forEach(
          party -> out.computeIfAbsent(party, k -> new ArrayList<>()).add(p)));
    }
    return out;
  }

  /**
   * Returns true if the COW state's existence may overlap one of the periods; true too when its
   * existence or the periods are unknown.
   */
  static boolean mayOverlap(Party cowState, List<FuzzyPeriod> periods) {
    if (cowState.existence().isEmpty() || periods.isEmpty()) {
      return true;
    }
    return periods.stream().anyMatch(p -> cowState.existence().get().overlaps(p).isPossible());
  }
}
