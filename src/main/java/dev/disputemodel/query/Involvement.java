package dev.disputemodel.query;

import dev.disputemodel.ConflictId;
import dev.disputemodel.EntityId;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.PartyId;
import java.util.Objects;
import java.util.Optional;

/**
 * That {@code party} is involved in {@code conflict} in {@code role}, and what says so: the
 * conflict itself for a side, a mediator role, a ceasefire, an event or a claim ({@code via}).
 *
 * <p>Involvement passes up {@link dev.disputemodel.Party#actsFor() actsFor} links: when Nikol
 * Pashinyan, who speaks for Armenia, makes claim K1 about the 2022 clashes, both Pashinyan and
 * Armenia are involved as {@link Role#CLAIMANT} via K1, Armenia {@code through} Pashinyan. The
 * same holds for every role (the Russian peacekeeping force's role makes Russia a
 * {@link Role#MEDIATOR} through it).
 *
 * @param party the party involved; not null
 * @param role how; not null
 * @param conflict the conflict or episode it is involved in; not null
 * @param via the entity that records the involvement; not null
 * @param side the label of the side, for {@link Role#PRIMARY} and {@link Role#SUPPORTER}; not null
 * @param mediatorRole the third-party role, for {@link Role#MEDIATOR}; not null
 * @param through the party acting for {@code party} that is the one actually named, if any;
 *     not null
 */
public record Involvement(
    PartyId party,
    Role role,
    ConflictId conflict,
    EntityId via,
    Optional<String> side,
    Optional<MediatorRole> mediatorRole,
    Optional<PartyId> through) {
  /** Rejects nulls. */
  public Involvement {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(conflict, "conflict");
    Objects.requireNonNull(via, "via");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(mediatorRole, "mediatorRole");
    Objects.requireNonNull(through, "through");
  }

  /** Returns true if the party is named itself, not through a party acting for it. */
  public boolean isDirect() {
    return through.isEmpty();
  }

  /** Returns the involvement with {@code principal} in place of the party, named through it. */
  Involvement forPrincipal(PartyId principal) {
    return new Involvement(principal, role, conflict, via, side, mediatorRole, Optional.of(party));
  }

  /**
   * Returns one line, the third-party role only where it differs from the role's name:
   * {@code Party:P1 PRIMARY in Conflict:C1 (side Armenia) via Conflict:C1},
   * {@code Party:P5 MEDIATOR as PEACEKEEPING_MISSION in Conflict:C1 via Mediator:M1}. For names,
   * see {@code dev.disputemodel.text.ModelAccount#describe(Involvement)}.
   */
  @Override
  public String toString() {
    return party + " " + role
        + mediatorRole.filter(r -> !r.name().equals(role.name())).map(r -> " as " + r).orElse("")
        + " in " + conflict
        + side.map(s -> " (side " + s + ")").orElse("") + " via " + via
        + through.map(t -> " through " + t).orElse("");
  }
}
