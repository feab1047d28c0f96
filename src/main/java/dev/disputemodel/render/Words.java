package dev.disputemodel.render;

import dev.disputemodel.AgreementStatus;
import dev.disputemodel.Attack;
import dev.disputemodel.BacksAccount;
import dev.disputemodel.Casualties;
import dev.disputemodel.CeasefireStatus;
import dev.disputemodel.Claim;
import dev.disputemodel.Conflict;
import dev.disputemodel.Control;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Entity;
import dev.disputemodel.EntityId;
import dev.disputemodel.Estimate;
import dev.disputemodel.Event;
import dev.disputemodel.FactFigure;
import dev.disputemodel.Characterization;
import dev.disputemodel.FactTime;
import dev.disputemodel.Initiated;
import dev.disputemodel.Mediator;
import dev.disputemodel.NoStatement;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyRelation;
import dev.disputemodel.Polarity;
import dev.disputemodel.Proposition;
import dev.disputemodel.RecognitionCount;
import dev.disputemodel.Recognizes;
import dev.disputemodel.Response;
import dev.disputemodel.Source;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.Stance;
import dev.disputemodel.StanceKind;
import dev.disputemodel.Territory;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * What pictures call things: entities by name (never by id), kinds in plain words, and what a
 * claim says as a short sentence ("Azerbaijan struck first", "49 killed (Armenia)").
 */
final class Words {
  private final DisputeModel model;

  Words(DisputeModel model) {
    this.model = model;
  }

  /** Returns an enum constant in plain words: {@code PEACEKEEPING_MISSION} is "peacekeeping mission". */
  static String human(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** Returns a count with its noun: "1 claim", "1,204 claims". */
  static String count(long n, String one, String many) {
    return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
  }

  /** Returns the names of {@code ids}, comma-separated, in their order. */
  String names(Iterable<? extends EntityId> ids) {
    StringJoiner s = new StringJoiner(", ");
    ids.forEach(id -> s.add(name(id)));
    return s.toString();
  }

  /** Returns the name of the party {@code id}. */
  String party(PartyId id) {
    return model.party(id).map(Party::name).orElse(id.value());
  }

  /**
   * Returns the name a reader knows {@code id} by: the name of a party, territory, conflict or
   * ceasefire, the title of a source, and a short description of anything else.
   */
  String name(EntityId id) {
    return model.find(id).map(this::name).orElse(id.toString());
  }

  private String name(Entity e) {
    if (e instanceof Party p) {
      return p.name();
    } else if (e instanceof Territory t) {
      return t.name();
    } else if (e instanceof Conflict c) {
      return c.name();
    } else if (e instanceof dev.disputemodel.Accord a) {
      return a.name();
    } else if (e instanceof dev.disputemodel.Ruling r) {
      return r.name();
    } else if (e instanceof Source s) {
      return s.title();
    } else if (e instanceof Event ev) {
      return event(ev);
    } else if (e instanceof Mediator m) {
      return party(m.party()) + ", " + human(m.role());
    } else if (e instanceof PartyRelation r) {
      return party(r.from()) + " " + relation(r) + " " + party(r.to());
    } else if (e instanceof Claim c) {
      return "claim by " + speaker(c) + ": " + statement(c);
    }
    return e.id().toString();
  }

  /** Returns an event as "Clash: Fighting overnight ..." (its kind, then its description if any). */
  String event(Event e) {
    String kind = capitalized(human(e.kind()));
    String troops = e.troops().map(t -> " (" + figure(t) + " troops)").orElse("");
    String results = e.results().isEmpty() ? ""
        : e.results().size() == 1 ? " (1 result)" : " (" + e.results().size() + " results, by source)";
    return e.description().map(d -> kind + ": " + d).orElse(kind) + troops + results;
  }

  /** Returns a relation's kind in words, with the source's hedge first: "apparently backs". */
  static String relation(PartyRelation r) {
    String kind = switch (r.kind().name()) {
      case "ALLY_OF" -> "ally of";
      case "HAS_TIES_TO" -> "has ties to";
      case "MEMBER_OF" -> "member of";
      case "HOSTILE_TO" -> "hostile to";
      case "PART_OF" -> "part of";
      default -> human(r.kind());
    };
    return r.hedge().map(h -> h + " " + kind).orElse(kind);
  }

  /** Returns who speaks in a claim: its claimant's name, or the source's title in its own voice. */
  String speaker(Claim c) {
    return c.claimant().map(this::party).orElseGet(() -> name(c.source()));
  }

  /** Returns what {@code claim} says, each proposition in words, a denial prefixed "denies:". */
  String statement(Claim claim) {
    StringJoiner all = new StringJoiner("; ");
    claim.propositions().forEach(p -> all.add(proposition(p)));
    String said = claim.polarity() == Polarity.DENIES ? "denies: " + all : all.toString();
    return claim.hedge().map(h -> h + ", " + said).orElse(said);
  }

  /** Returns one proposition in words. */
  String proposition(Proposition p) {
    if (p instanceof Casualties c) {
      return figure(c.count()) + " " + human(c.kind())
          + c.party().map(x -> " (" + party(x) + ")").orElse(" (all sides)");
    } else if (p instanceof Initiated i) {
      return party(i.initiator()) + " struck first";
    } else if (p instanceof Attack a) {
      return human(a.kind()) + " by " + party(a.attacker())
          + a.target().map(t -> " on " + party(t)).orElse("")
          + a.place().map(t -> " at " + name(t)).orElse("");
    } else if (p instanceof CeasefireStatus s) {
      return name(s.ceasefire()) + s.agreement().map(a -> " (said of " + name(a) + ")").orElse("")
          + " " + human(s.state());
    } else if (p instanceof Stance s) {
      return party(s.holder()) + ": " + stance(s.kind())
          + s.addressee().map(a -> " (to " + party(a) + ")").orElse("");
    } else if (p instanceof BacksAccount b) {
      return party(b.backer()) + " backs the account of "
          + model.claim(b.account()).map(this::speaker).orElse(b.account().toString());
    } else if (p instanceof NoStatement n) {
      return party(n.party()) + " silent on " + human(n.about().type());
    } else if (p instanceof Sovereignty s) {
      return party(s.sovereign()) + (s.extent() == dev.disputemodel.SovereigntyExtent.FULL ? " sovereign over "
          : " sovereign rights over ") + name(s.territory());
    } else if (p instanceof Control c) {
      return party(c.controller()) + " controls " + name(c.territory());
    } else if (p instanceof Response r) {
      return party(r.party()) + " " + human(r.response()) + " " + name(r.subject());
    } else if (p instanceof AgreementStatus a) {
      return name(a.agreement()) + " " + human(a.stage());
    } else if (p instanceof FactTime f) {
      return name(f.subject()) + " " + human(f.aspect()) + " " + Dates.of(f.time());
    } else if (p instanceof FactFigure f) {
      return human(f.kind()) + " of " + name(f.subject()) + ": " + figure(f.value());
    } else if (p instanceof Recognizes r) {
      return party(r.recognizer()) + " recognizes " + party(r.sovereign()) + " over " + name(r.territory());
    } else if (p instanceof Characterization c) {
      return name(c.subject()) + ": " + human(c.kind());
    } else if (p instanceof RecognitionCount r) {
      return party(r.sovereign()) + " recognized over " + name(r.territory()) + " by " + figure(r.count());
    }
    StringJoiner subjects = new StringJoiner(", ", " (", ")");
    p.key().subjects().forEach(s -> subjects.add(name(s)));
    return human(p.key().type()) + subjects;
  }

  /** Returns a stance in words: "condemns", "no military solution". */
  static String stance(StanceKind kind) {
    return switch (kind.name()) {
      case "CONDEMNATION" -> "condemns";
      case "CALL_TO_DESIST" -> "calls to desist";
      case "SUPPORT" -> "declares support";
      default -> human(kind);
    };
  }

  /** Returns a figure as the source worded it, else "49", "about 50", "at least 24", "unknown". */
  static String figure(Estimate e) {
    if (e.wording().isPresent()) {
      return e.wording().get();
    }
    return switch (e.form()) {
      case EXACT -> Long.toString(e.minimum());
      case ABOUT -> "about " + e.best().orElse(e.minimum());
      case AT_LEAST -> "at least " + e.minimum();
      case AT_MOST -> "at most " + e.maximum().orElse(e.minimum());
      case RANGE -> e.minimum() + "\u2013" + e.maximum().orElse(e.minimum());
      default -> "an unknown number";
    };
  }

  /** Returns a succession as a node line: "succeeds British Guiana (independence, 26 May 1966)". */
  String succession(dev.disputemodel.Succession s) {
    return "succeeds " + party(s.predecessor()) + " (" + human(s.kind())
        + s.date().map(d -> ", " + Dates.of(d)).orElse("") + ")";
  }

  /** Returns a party's kind or office: "Prime Minister", "state", "peacekeeping mission". */
  static String detail(Party p) {
    return p.office().orElseGet(() -> human(p.kind()));
  }

  static String capitalized(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
