package dev.disputemodel.index;

import dev.disputemodel.AgreementStatus;
import dev.disputemodel.Attack;
import dev.disputemodel.BacksAccount;
import dev.disputemodel.Casualties;
import dev.disputemodel.CeasefireStatus;
import dev.disputemodel.Claim;
import dev.disputemodel.Control;
import dev.disputemodel.FactFigure;
import dev.disputemodel.Characterization;
import dev.disputemodel.FactTime;
import dev.disputemodel.Initiated;
import dev.disputemodel.NoStatement;
import dev.disputemodel.Polarity;
import dev.disputemodel.Proposition;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.RecognitionCount;
import dev.disputemodel.Recognizes;
import dev.disputemodel.Response;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.Stance;
import dev.disputemodel.TerritoryId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An answer to a {@link Question}: one proposition with the polarity of the claim that states it
 * ("Armenia struck first", "not violated"). Two claims give the same answer when their answers
 * are equal; {@link #contradicts} follows {@link Claim#contradicts} for a single pair of
 * propositions.
 *
 * @param polarity whether the claim asserts or denies the proposition; not null
 * @param proposition the proposition; not null
 */
public record Answer(Polarity polarity, Proposition proposition) {
  /** Rejects nulls. */
  public Answer {
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(proposition, "proposition");
  }

  /**
   * Returns the answers {@code claim} gives to {@code key}, one per proposition with that key, in
   * the claim's order; empty if none of its propositions has that key.
   */
  static List<Answer> of(Claim claim, PropositionKey key) {
    Objects.requireNonNull(key, "key");
    List<Answer> out = new ArrayList<>(1);
    for (Proposition p : claim.propositions()) {
      if (p.key().equals(key)) {
        out.add(new Answer(claim.polarity(), p));
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns the answers {@code claim} gives, through its propositions with {@code wholeKey} (a
   * sovereignty question about a territory), to the same question about {@code part}, a
   * territory inside it: "B is sovereign over the archipelago" answers "B is
   * sovereign over the island". Only asserted claims answer for a part (denying B's sovereignty
   * over a whole says nothing of each part); empty otherwise.
   */
  static List<Answer> forPart(Claim claim, PropositionKey wholeKey, TerritoryId part) {
    if (claim.polarity() != Polarity.ASSERTS) {
      return List.of();
    }
    List<Answer> out = new ArrayList<>(1);
    for (Proposition p : claim.propositions()) {
      if (!p.key().equals(wholeKey)) {
        continue;
      }
      if (p instanceof Sovereignty s) {
        out.add(new Answer(Polarity.ASSERTS, new Sovereignty(part, s.sovereign(), s.extent())));
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** Returns true if both answers cannot be right (see {@link Claim#answersContradict}). */
  public boolean contradicts(Answer other) {
    return Claim.answersContradict(polarity, proposition, other.polarity, other.proposition);
  }

  /** Returns the answer in words: {@code initiator Party:P2}, {@code not VIOLATED}. */
  @Override
  public String toString() {
    return (polarity == Polarity.DENIES ? "not " : "") + describe(proposition);
  }

  private static String describe(Proposition p) {
    if (p instanceof Sovereignty s) {
      return (s.extent() == dev.disputemodel.SovereigntyExtent.FULL ? "sovereign " : "sovereign rights ")
          + s.sovereign();
    } else if (p instanceof Control c) {
      return "controller " + c.controller();
    } else if (p instanceof Casualties c) {
      return c.kind() + " " + c.count();
    } else if (p instanceof Initiated i) {
      return "initiator " + i.initiator();
    } else if (p instanceof Attack a) {
      return a.kind() + " by " + a.attacker() + a.target().map(t -> " on " + t).orElse("");
    } else if (p instanceof CeasefireStatus c) {
      return c.state().name();
    } else if (p instanceof Stance s) {
      return s.kind().name() + s.addressee().map(a -> " to " + a).orElse("");
    } else if (p instanceof BacksAccount b) {
      return "backs " + b.account();
    } else if (p instanceof NoStatement n) {
      return "no statement by " + n.party() + " on " + n.about();
    } else if (p instanceof Response r) {
      return r.response().name();
    } else if (p instanceof AgreementStatus a) {
      return a.stage().name();
    } else if (p instanceof FactTime f) {
      return f.aspect() + " " + f.time();
    } else if (p instanceof FactFigure f) {
      return f.kind() + " " + f.value();
    } else if (p instanceof Recognizes r) {
      return "recognizes " + r.sovereign();
    } else if (p instanceof Characterization c) {
      return c.kind().name();
    } else if (p instanceof RecognitionCount r) {
      return "recognized by " + r.count();
    }
    return p.toString();
  }
}
