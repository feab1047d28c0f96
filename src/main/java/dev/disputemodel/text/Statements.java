package dev.disputemodel.text;

import static dev.disputemodel.text.Phrases.figure;
import static dev.disputemodel.text.Phrases.period;
import static dev.disputemodel.text.Phrases.when;
import static dev.disputemodel.text.Phrases.casualtyWords;
import static dev.disputemodel.text.Phrases.words;
import static dev.disputemodel.text.Phrases.withArticle;

import dev.disputemodel.AgreementStage;
import dev.disputemodel.AgreementStatus;
import dev.disputemodel.Attack;
import dev.disputemodel.BacksAccount;
import dev.disputemodel.BoundaryDecision;
import dev.disputemodel.Casualties;
import dev.disputemodel.CeasefireStatus;
import dev.disputemodel.Claim;
import dev.disputemodel.ClaimDecision;
import dev.disputemodel.Conflict;
import dev.disputemodel.Control;
import dev.disputemodel.ControlDecision;
import dev.disputemodel.ControlStatus;
import dev.disputemodel.Decision;
import dev.disputemodel.Deployment;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Estimate;
import dev.disputemodel.FactFigure;
import dev.disputemodel.FigureKind;
import dev.disputemodel.Characterization;
import dev.disputemodel.Share;
import dev.disputemodel.SovereigntyExtent;
import dev.disputemodel.Succession;
import dev.disputemodel.VoteResult;
import java.util.StringJoiner;
import dev.disputemodel.FactTime;
import dev.disputemodel.Initiated;
import dev.disputemodel.NoStatement;
import dev.disputemodel.OtherDecision;
import dev.disputemodel.OtherProvision;
import dev.disputemodel.Party;
import dev.disputemodel.PopulationStatus;
import dev.disputemodel.ProceduralDecision;
import dev.disputemodel.Proposition;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.PropositionType;
import dev.disputemodel.Provision;
import dev.disputemodel.RecognitionCount;
import dev.disputemodel.Recognizes;
import dev.disputemodel.Response;
import dev.disputemodel.Side;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.SovereigntyDecision;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.Stance;
import dev.disputemodel.Withdrawal;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What propositions, questions, terms and statuses say, in words with names beside ids
 * ({@code Azerbaijan [Party:P2] started the hostilities of ...}). Immutable.
 */
final class Statements {
  private final DisputeModel model;
  private final Labels names;

  Statements(DisputeModel model, Labels names) {
    this.model = model;
    this.names = names;
  }

  /**
   * Returns {@code p} in words, with names beside ids: {@code Azerbaijan [Party:P2] started the
   * hostilities of September 2022 border clashes [Conflict:C4]}.
   */
  String proposition(Proposition p) {
    if (p instanceof Casualties c) {
      return c.party().map(x -> "losses of " + names.label(x)).orElse("losses on all sides") + " in "
          + names.label(c.conflict()) + ": " + figure(c.count())
          + (c.count().form() == Estimate.Form.UNKNOWN ? " of " : " ") + casualtyWords(c.kind());
    } else if (p instanceof Initiated i) {
      return names.label(i.initiator()) + " started the hostilities of " + names.label(i.conflict());
    } else if (p instanceof Attack a) {
      return names.label(a.attacker()) + " carried out " + withArticle(words(a.kind()))
          + a.target().map(t -> " against " + names.label(t)).orElse("")
          + a.place().map(t -> " on " + names.label(t)).orElse("") + " in " + names.label(a.conflict())
          + a.time().map(t -> " on " + when(t)).orElse("");
    } else if (p instanceof CeasefireStatus s) {
      return names.label(s.ceasefire())
          + s.agreement().map(a -> " (said of " + names.label(a) + ")").orElse("") + " is " + words(s.state());
    } else if (p instanceof Stance s) {
      return names.label(s.holder()) + " " + stance(s);
    } else if (p instanceof BacksAccount b) {
      return names.label(b.backer()) + " backs the account of " + b.account()
          + model.claim(b.account()).map(k -> " (" + names.claimantName(k) + ")").orElse("");
    } else if (p instanceof NoStatement n) {
      return names.label(n.party()) + " has made no statement on " + question(n.about());
    } else if (p instanceof Sovereignty s) {
      return names.label(s.sovereign()) + (s.extent() == SovereigntyExtent.FULL ? " is sovereign over "
          : " holds sovereign rights (not sovereignty) over ") + names.label(s.territory());
    } else if (p instanceof Control c) {
      return names.label(c.controller()) + " controls " + names.label(c.territory());
    } else if (p instanceof Response r) {
      return names.label(r.party()) + " " + words(r.response()) + " " + names.label(r.subject());
    } else if (p instanceof AgreementStatus a) {
      return names.label(a.agreement()) + (a.stage() == AgreementStage.NEVER_IN_FORCE
          ? " never entered into force" : " reached the stage " + words(a.stage()));
    } else if (p instanceof FactTime f) {
      return names.label(f.subject()) + " " + words(f.aspect()) + " " + f.time();
    } else if (p instanceof FactFigure f) {
      if (f.kind() == FigureKind.AREA) {
        return "the area of " + names.label(f.subject()) + " was " + f.value() + " km²";
      }
      if (f.kind() == FigureKind.SHARE) {
        return names.label(f.subject()) + " made up " + f.value() + " % of the territory it lies within";
      }
      return "the " + words(f.kind()) + " of " + names.label(f.subject()) + " were " + f.value();
    } else if (p instanceof Recognizes r) {
      return names.label(r.recognizer()) + " recognizes " + names.label(r.sovereign()) + " as sovereign over "
          + names.label(r.territory());
    } else if (p instanceof Characterization c) {
      return characterization(c);
    } else if (p instanceof RecognitionCount r) {
      return names.label(r.sovereign()) + "'s sovereignty over " + names.label(r.territory())
          + " is recognized by " + r.count() + " parties";
    }
    return p.toString();
  }

  /**
   * Returns a vote result in words, with its source: {@code yes 64.91%, no 35.09%, turnout 87%
   * (source: ...)}; figures not given are left out.
   */
  String voteResult(VoteResult r) {
    StringJoiner parts = new StringJoiner(", ");
    r.yesVotes().ifPresent(v -> parts.add("yes " + figure(v) + " votes"));
    r.yesShare().ifPresent(v -> parts.add("yes " + share(v)));
    r.noVotes().ifPresent(v -> parts.add("no " + figure(v) + " votes"));
    r.noShare().ifPresent(v -> parts.add("no " + share(v)));
    r.turnout().ifPresent(v -> parts.add("turnout " + share(v)));
    if (!r.winners().isEmpty()) {
      parts.add("won by " + names.labels(r.winners()));
    }
    return parts + " (source: " + names.label(r.source()) + ")";
  }

  /** Returns a share with the source's words first, as figures are: {@code "about 32 percent" (32%)}. */
  private static String share(Share s) {
    return s.wording().map(w -> "\"" + w + "\" (" + s + ")").orElse(s.toString());
  }

  /** Returns a succession in words: {@code succeeds British Guiana [Party:P3] (independence, 1966-05-26)}. */
  String succession(Succession s) {
    return "succeeds " + names.label(s.predecessor()) + " (" + words(s.kind())
        + s.date().map(d -> ", " + when(d)).orElse("") + ")";
  }

  /** Returns what a characterization says the subject is: "was an invasion", "were civilians". */
  private String characterization(Characterization c) {
    String subject = names.label(c.subject());
    switch (c.kind().aspect()) {
      case VICTIMS:
        return "the dead of " + subject + " were " + words(c.kind());
      case LEGAL_FORCE:
        return subject + " is " + words(c.kind());
      default:
        return subject + " was " + withArticle(words(c.kind()));
    }
  }

  private String stance(Stance s) {
    String addressee = s.addressee().map(names::label).orElse("the parties");
    String conflict = names.label(s.conflict());
    switch (s.kind()) {
      case CONDEMNATION:
        return "condemns " + conflict;
      case NO_MILITARY_SOLUTION:
        return "says there can be no military solution to " + conflict;
      case DIPLOMATIC_RESOLUTION:
        return "says " + conflict + " must be resolved by diplomatic and political means";
      case CALL_TO_DESIST:
        return "calls on " + addressee + " to desist in " + conflict;
      case CALL_FOR_NEGOTIATIONS:
        return "calls on " + addressee + " to negotiate in " + conflict;
      case SUPPORT:
        return "supports " + addressee + " in " + conflict;
      default:
        return "takes a position on " + conflict;
    }
  }

  /**
   * Returns a question in words: the losses of a party in a conflict, or its type and subjects
   * by name.
   */
  String question(PropositionKey key) {
    if (key.type() == PropositionType.CASUALTIES && key.subjects().size() == 2) {
      return "the losses of " + names.label(key.subjects().get(1)) + " in " + names.label(key.subjects().get(0));
    }
    return "the question of " + words(key.type()) + " about " + key.subjects().stream()
        .map(names::label).collect(Collectors.joining(", "));
  }

  String decision(Decision d) {
    if (d instanceof SovereigntyDecision s) {
      return names.label(s.sovereign()) + " is sovereign over " + names.label(s.territory());
    } else if (d instanceof ControlDecision c) {
      return names.label(c.controller()) + " administers and controls " + names.label(c.territory());
    } else if (d instanceof BoundaryDecision b) {
      return "the boundary between " + names.label(b.territory()) + " and " + names.label(b.other())
          + b.course().map(c -> ": " + c).orElse("");
    } else if (d instanceof ClaimDecision c) {
      return c.claim() + " is " + words(c.verdict());
    } else if (d instanceof ProceduralDecision p) {
      return (p.affirmed() ? "" : "no ") + words(p.procedure());
    }
    return ((OtherDecision) d).description();
  }

  String provision(Provision p) {
    if (p instanceof Withdrawal w) {
      return names.label(w.party()) + " withdraws from " + names.label(w.from());
    } else if (p instanceof Deployment d) {
      return names.label(d.force()) + " deploys " + figure(d.troops()) + " troops to " + names.label(d.to());
    }
    return ((OtherProvision) p).description();
  }

  String sovereignty(SovereigntyStatus s) {
    return s.sovereign().map(names::label).orElse("no sovereign")
        + (s.internationallyRecognized() ? ", internationally recognized" : "")
        + (s.recognizers().isEmpty() ? "" : ", recognized by " + names.labels(s.recognizers()))
        + s.recognizerCount().map(c -> ", recognized by " + figure(c)).orElse("")
        + s.period().map(p -> ", " + period(p)).orElse("");
  }

  String control(ControlStatus c) {
    return names.label(c.controller()) + " " + words(c.kind())
        + c.period().map(p -> ", " + period(p)).orElse("");
  }

  String population(PopulationStatus p) {
    return p.group() + p.kinState().map(k -> " (kin state " + names.label(k) + ")").orElse("")
        + p.size().map(n -> ", " + figure(n)).orElse("");
  }

  String side(Side s) {
    return s.label() + " (" + names.labels(s.primaries())
        + (s.supporters().isEmpty() ? "" : "; supported by " + s.supporters().stream()
            .map(x -> names.label(x.party()) + " with " + words(x.type()))
            .collect(Collectors.joining(", ")))
        + ")";
  }

  String claimant(Claim k) {
    if (k.claimant().isEmpty()) {
      return "the article, in its own voice";
    }
    Optional<Party> p = model.party(k.claimant().get());
    return names.label(k.claimant().get())
        + p.flatMap(Party::actsFor).map(a -> " for " + names.label(a)).orElse("");
  }
}
