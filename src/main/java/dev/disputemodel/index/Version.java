package dev.disputemodel.index;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.disputemodel.BacksAccount;
import dev.disputemodel.Claim;
import dev.disputemodel.EntityId;
import dev.disputemodel.PartyId;
import dev.disputemodel.Polarity;
import dev.disputemodel.Proposition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One answer to a {@link Question}, with everyone who gives it and everyone who backs it:
 * "Armenia struck first" is given by Azerbaijan (K6) and by Turkey's foreign minister (K11), and
 * backed by Turkey through the article's claim R3 that it backs K6.
 *
 * <p>Built by {@link Question#versions()}. Immutable and thread-safe; speakers and backers are
 * computed on first use. Two versions are equal when their answers, claims, speakers, backings
 * and backers are.
 */
public final class Version {
  private final ModelIndex index;
  private final Answer answer;
  private final List<Claim> claims = new ArrayList<>(2); // filled before the version is published
  private final List<EntityId> claimSpeakers = new ArrayList<>(2);
  private final List<Claim> claimsView = Collections.unmodifiableList(claims);
  private volatile @Nullable ImmutableSet<EntityId> speakers;
  private volatile @Nullable Backing backing;

  /** Returns a version with no claims yet; {@link Question} adds them before anyone sees it. */
  Version(ModelIndex index, Answer answer) {
    this.index = index;
    this.answer = answer;
  }

  /** Adds {@code claim}, spoken by {@code speaker}; only while its question groups its claims. */
  void add(Claim claim, EntityId speaker) {
    claims.add(claim);
    claimSpeakers.add(speaker);
  }

  /** Returns the answer. */
  public Answer answer() {
    return answer;
  }

  /** Returns whether the answer's proposition is asserted or denied. */
  public Polarity polarity() {
    return answer.polarity();
  }

  /** Returns the answer's proposition. */
  public Proposition proposition() {
    return answer.proposition();
  }

  /** Returns the claims that give this answer, in model order; never empty, unmodifiable. */
  public List<Claim> claims() {
    return claimsView;
  }

  /**
   * Returns who gives it: for each claim the party its claimant ultimately acts for, or the
   * source when the source speaks in its own voice ({@link ModelIndex#speaker}); distinct, in
   * the order of the claims.
   */
  public ImmutableSet<EntityId> speakers() {
    ImmutableSet<EntityId> s = speakers;
    if (s == null) {
      speakers = s = ImmutableSet.copyOf(claimSpeakers);
    }
    return s;
  }

  /**
   * Returns the asserted claims with a {@link BacksAccount} proposition about one of
   * {@link #claims()}, each once: those backing the first claim first, each group in model order.
   */
  public ImmutableList<Claim> backings() {
    return backing().claims();
  }

  /** Returns the backing parties those propositions name, distinct, in the order of the backings. */
  public ImmutableSet<PartyId> backers() {
    return backing().parties();
  }

  /** Returns the parties (and sources) that give or back this answer, speakers first. */
  public ImmutableSet<EntityId> supporters() {
    return ImmutableSet.<EntityId>builder().addAll(speakers()).addAll(backers()).build();
  }

  /**
   * Returns true if this answer and {@code other} cannot both be right: both asserted and
   * contradicting, or one asserting what the other denies.
   */
  public boolean contradicts(Version other) {
    return answer.contradicts(other.answer);
  }

  /** The claims that back a version's claims, and the parties they name as backers. */
  private record Backing(ImmutableList<Claim> claims, ImmutableSet<PartyId> parties) {}

  private Backing backing() {
    Backing b = backing;
    if (b == null) {
      Set<Claim> backings = new LinkedHashSet<>();
      Set<PartyId> backers = new LinkedHashSet<>();
      for (Claim c : claims) {
        for (Claim backer : index.backersByAccount().get(c.id())) {
          backings.add(backer);
          for (Proposition p : backer.propositions()) {
            if (p instanceof BacksAccount ba && ba.account().equals(c.id())) {
              backers.add(ba.backer());
            }
          }
        }
      }
      backing = b = new Backing(ImmutableList.copyOf(backings), ImmutableSet.copyOf(backers));
    }
    return b;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Version v && answer.equals(v.answer) && claims.equals(v.claims)
        && speakers().equals(v.speakers()) && backing().equals(v.backing());
  }

  @Override
  public int hashCode() {
    return Objects.hash(answer, claims, speakers());
  }

  /** Returns the answer, who gives it and in which claims: {@code initiator Party:P1 by [Party:P2] in [Claim:K6]}. */
  @Override
  public String toString() {
    List<EntityId> ids = new ArrayList<>(claims.size());
    claims.forEach(c -> ids.add(c.id()));
    return answer + " by " + speakers() + " in " + ids;
  }
}
