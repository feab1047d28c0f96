package dev.disputemodel.examples;

import dev.disputemodel.Attack;
import dev.disputemodel.BacksAccount;
import dev.disputemodel.Casualties;
import dev.disputemodel.CasualtyKind;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireStatus;
import dev.disputemodel.Claim;
import dev.disputemodel.Conflict;
import dev.disputemodel.Control;
import dev.disputemodel.ControlStatus;
import dev.disputemodel.Deployment;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Entity;
import dev.disputemodel.EntityId;
import dev.disputemodel.Estimate;
import dev.disputemodel.Event;
import dev.disputemodel.Initiated;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.NoStatement;
import dev.disputemodel.OtherProvision;
import dev.disputemodel.Party;
import dev.disputemodel.PartyRelation;
import dev.disputemodel.PopulationStatus;
import dev.disputemodel.Proposition;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.PropositionType;
import dev.disputemodel.Provision;
import dev.disputemodel.Side;
import dev.disputemodel.Source;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.Stance;
import dev.disputemodel.Territory;
import dev.disputemodel.Withdrawal;
import dev.disputemodel.Polarity;
import dev.disputemodel.check.Checker;
import dev.disputemodel.index.Question;
import dev.disputemodel.index.Version;
import dev.disputemodel.query.CasualtyEstimate;
import dev.disputemodel.query.CasualtyFigure;
import dev.disputemodel.query.CasualtyFigures;
import dev.disputemodel.query.CeasefireAccount;
import dev.disputemodel.query.Divergence;
import dev.disputemodel.query.Involvement;
import dev.disputemodel.query.MediatorAlliance;
import dev.disputemodel.query.Timeline;
import dev.disputemodel.query.TimelineEntry;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The reference example: builds the model of the September 2022 Armenia–Azerbaijan border
 * clashes ({@link BorderClash2022}) and prints a plain-text account of it: the parties and whom
 * they act for, their relations, the territories, the conflict and its episodes, the events, the
 * ceasefires with their terms and brokers, every claim with its claimant, time, source, hedge,
 * quote and propositions, and the contradictions decidable from the types.
 *
 * <p>The account is deterministic: it follows the model's order and nothing else.
 */
public final class ReferenceStory {
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final DisputeModel model;
  private final StringBuilder out = new StringBuilder();

  private ReferenceStory(DisputeModel model) {
    this.model = model;
  }

  /**
   * Prints the account of the reference story, loaded from its JSON file
   * ({@link BorderClash2022Json}), to standard output; {@code args} are ignored.
   */
  public static void main(String[] args) {
    System.out.print(account(BorderClash2022Json.load()));
  }

  /**
   * Returns the plain-text account of {@code model}, one fact per line, sections in the order
   * parties, relations, territories, conflicts, events, ceasefires, mediators, claims,
   * contradictions, and the consistency checker's report.
   */
  public static String account(DisputeModel model) {
    ReferenceStory story = new ReferenceStory(model);
    story.write();
    return story.out.toString();
  }

  private void write() {
    line("THE REFERENCE STORY: the September 2022 Armenia–Azerbaijan border clashes");
    model.sources().forEach(this::source);
    line("Claims are dated from the start of what they report to the article's latest possible"
        + " publication; the article's own statements, to its publication.");
    section("PARTIES");
    model.parties().forEach(this::party);
    section("RELATIONS");
    model.relations().forEach(this::relation);
    section("TERRITORIES");
    model.territories().forEach(this::territory);
    section("CONFLICT AND EPISODES");
    model.conflicts().stream().filter(c -> c.parent().isEmpty()).forEach(c -> conflict(c, ""));
    section("EVENTS (recorded as fact)");
    model.events().forEach(this::event);
    section("CEASEFIRES");
    model.ceasefires().forEach(this::ceasefire);
    section("THIRD PARTIES");
    model.mediators().forEach(this::mediator);
    section("CLAIMS (who said what)");
    model.claims().forEach(this::claim);
    section("CONTRADICTIONS (decided from the types)");
    contradictions();
    section("ANSWERS (dev.disputemodel.query)");
    answers();
    section("CONSISTENCY REPORT (dev.disputemodel.check, standard rules)");
    out.append(Checker.standard().check(model).toText());
  }

  // ---------------------------------------------------------------- sections

  /** The reference story's questions (issue #4), answered through the query API. */
  private void answers() {
    StoryAnswers a = StoryAnswers.of(model);
    line("Who fights over Nagorno-Karabakh (conflicts about it: "
        + labels(a.conflictsOverNagornoKarabakh()) + "), and on which side:");
    for (Involvement i : a.whoFights()) {
      line("  " + label(i.party()) + ": " + words(i.role()) + " on the " + i.side().orElse("?")
          + " side in " + label(i.conflict()));
    }
    Question first = a.whoStruckFirst();
    line("Who struck first in September 2022 (" + first.key() + ", "
        + (first.isContested() ? "contested" : "not contested") + "):");
    for (Version v : first.versions()) {
      line("  " + (v.polarity() == Polarity.DENIES ? "not " : "") + proposition(v.proposition())
          + ": said by " + labels(v.speakers()) + " ("
          + v.claims().stream().map(k -> k.id().value()).collect(Collectors.joining(", ")) + ")"
          + (v.backers().isEmpty() ? "" : "; backed by " + labels(v.backers()) + " ("
              + v.backings().stream().map(k -> k.id().value()).collect(Collectors.joining(", ")) + ")"));
    }
    line("Ceasefires definitely in effect on 14 September 2022, and who disputes that they hold:");
    for (CeasefireAccount c : a.ceasefireAccounts()) {
      line("  " + label(c.ceasefire().id()) + ": brokered by "
          + (c.brokers().isEmpty() ? "nobody recorded" : labels(c.brokers().stream().map(Mediator::party).collect(Collectors.toList())))
          + "; upheld by " + (c.upheldBy().isEmpty() ? "nobody" : labels(c.upheldBy()))
          + "; disputed by " + (c.disputedBy().isEmpty() ? "nobody" : labels(c.disputedBy()))
          + (c.violations().isEmpty() ? "" : "; violation evidence: " + c.violations().stream()
              .map(e -> e.entity().value() + " (" + words(e.certainty()) + ")").collect(Collectors.joining(", "))));
    }
    line("Mediators allied with a belligerent:");
    for (MediatorAlliance m : a.alliedMediators()) {
      line("  [" + m.mediator().id().value() + "] " + label(m.mediator().party()) + " as "
          + words(m.mediator().role()) + " in " + label(m.mediator().conflict()) + ": "
          + label(m.principal()) + " is allied to " + label(m.belligerent()) + " ("
          + m.alliance().id().value() + "), " + words(m.certainty()) + " at the same time");
    }
    CasualtyFigures figures = a.casualties2022();
    line("Casualty figures for " + label(figures.conflict()) + ", by party and claimant:");
    for (CasualtyFigure f : figures.figures()) {
      line("  " + f.party().map(this::label).orElse("all sides") + ", " + casualtyWords(f.kind())
          + ": " + figure(f.count()) + ", said by " + label(f.speaker()) + " (" + f.claim().id().value() + ")");
    }
    for (CasualtyKind kind : CasualtyKind.values()) {
      CasualtyEstimate e = figures.estimate(kind);
      if (e.byParty().isEmpty() && e.allSides().isEmpty()) {
        continue;
      }
      line("  combined " + casualtyWords(kind) + ": "
          + e.byParty().entrySet().stream().map(x -> label(x.getKey()) + " " + figure(x.getValue()))
              .collect(Collectors.joining(" + "))
          + e.partySum().map(s -> " = " + figure(s)).orElse("")
          + e.allSides().map(s -> (e.byParty().isEmpty() ? "" : "; ") + "all sides (not added) "
              + figure(s)).orElse(""));
    }
    Timeline timeline = a.timeline();
    line("Timeline of the Nagorno-Karabakh conflict:");
    for (TimelineEntry t : timeline.entries()) {
      line("  " + when(t.time()) + ": " + words(t.mark()) + " " + label(t.entity()));
    }
    if (!timeline.undated().isEmpty()) {
      line("  undated: " + labels(timeline.undated()));
    }
    line("Where sovereignty and population or control possibly differ on 14 September 2022:");
    for (Divergence d : a.divergences()) {
      line("  " + label(d.territory()) + ": sovereign " + labels(d.sovereigns())
          + (d.controllers().isEmpty() ? "" : "; held by " + labels(d.controllers()))
          + (d.kinStates().isEmpty() ? "" : "; inhabited by kin of " + labels(d.kinStates())));
    }
    line("What Azerbaijan had said about its casualties in the 2022 clashes, as known on:");
    for (FuzzyTime day : List.of(
        FuzzyTime.onDay(java.time.LocalDate.of(2022, 9, 12)), StoryAnswers.SEPTEMBER_14,
        FuzzyTime.onDay(java.time.LocalDate.of(2022, 10, 1)))) {
      for (Certainty c : List.of(Certainty.DEFINITELY, Certainty.POSSIBLY)) {
        List<Claim> said = a.azerbaijaniCasualtyClaimsKnownOn(day, c);
        line("  " + when(day) + ", " + words(c) + ": " + (said.isEmpty() ? "nothing" : said.stream()
            .map(k -> k.id().value() + " " + claimantName(k)).collect(Collectors.joining(", "))));
      }
    }
  }

  private void source(Source s) {
    line("Source [" + s.id().value() + "]: " + s.title() + " (" + words(s.kind()) + ")"
        + s.published().map(t -> ", published " + when(t)).orElse(""));
  }

  private void party(Party p) {
    StringBuilder text = new StringBuilder(label(p.id()) + ": " + words(p.kind()));
    p.office().ifPresent(o -> text.append(", ").append(o));
    p.actsFor().ifPresent(a -> text.append(", acts for ").append(label(a)));
    if (!p.aliases().isEmpty()) {
      text.append("; also called ").append(String.join(", ", p.aliases()));
    }
    p.majorityReligion().ifPresent(r -> text.append("; ").append(r).append(" majority"));
    line("  " + text);
  }

  private void relation(PartyRelation r) {
    line("  [" + r.id().value() + "] " + label(r.from()) + " " + words(r.kind()) + " "
        + label(r.to()) + hedged(r.hedge()) + r.period().map(p -> ", " + period(p)).orElse("")
        + " (source: " + r.source().value() + ")");
  }

  private void territory(Territory t) {
    line("  " + label(t.id()) + ": " + words(t.kind())
        + t.parent().map(p -> ", within " + label(p)).orElse("")
        + (t.adjacentTo().isEmpty() ? "" : ", next to " + labels(t.adjacentTo())));
    t.sovereignty().forEach(s -> line("      sovereign: " + sovereignty(s)));
    t.control().forEach(c -> line("      held: " + control(c)));
    t.population().forEach(p -> line("      inhabited by: " + population(p)));
  }

  private void conflict(Conflict c, String indent) {
    line(indent + "  " + label(c.id()) + c.period().map(p -> ", " + period(p)).orElse(""));
    String more = indent + "      ";
    if (!c.aliases().isEmpty()) {
      line(more + "also called: " + String.join("; ", c.aliases()));
    }
    c.type().ifPresent(t -> line(more + "type: " + words(t)));
    c.incompatibility().ifPresent(i -> line(more + "fought over: " + words(i)
        + (c.territoriesAtStake().isEmpty() ? "" : " (" + labels(c.territoriesAtStake()) + ")")));
    line(more + "sides: " + c.sides().stream().map(this::side).collect(Collectors.joining(" vs ")));
    c.intensity().ifPresent(i -> line(more + "intensity: " + words(i)
        + c.intensityByYear().entrySet().stream()
            .map(y -> " (" + y.getKey() + ": " + words(y.getValue()) + ")")
            .collect(Collectors.joining())));
    c.outcome().ifPresent(o -> line(more + "ended by: " + words(o)));
    model.conflicts().stream()
        .filter(e -> e.parent().equals(Optional.of(c.id())))
        .forEach(e -> conflict(e, indent + "    "));
  }

  private void event(Event e) {
    line("  [" + e.id().value() + "] " + when(e.time()) + ": " + words(e.kind()) + " in "
        + label(e.conflict()));
    e.description().ifPresent(d -> line("      " + d));
    if (!e.places().isEmpty()) {
      line("      where: " + labels(e.places()));
    }
    line("      who: " + labels(e.participants())
        + e.troops().map(n -> "; troops: " + figure(n)).orElse(""));
  }

  private void ceasefire(Ceasefire c) {
    line("  " + label(c.id()) + ", in " + label(c.conflict()));
    String more = "      ";
    if (!c.signatories().isEmpty()) {
      line(more + "parties: " + labels(c.signatories()));
    }
    c.agreed().ifPresent(t -> line(more + "agreed: " + when(t)));
    c.effective().ifPresent(t -> line(more + "effective: " + when(t)));
    c.ended().ifPresent(t -> line(more + "ended: " + when(t)));
    c.provisions().forEach(p -> line(more + "term: " + provision(p)));
    model.mediators().stream()
        .filter(m -> m.ceasefire().equals(Optional.of(c.id())) && m.role() == MediatorRole.BROKER)
        .forEach(m -> line(more + "brokered by: " + label(m.party())
            + m.attestedBy().map(k -> " (on its own word, claim " + k.value() + ")").orElse("")));
    List<String> states = model.claims().stream()
        .filter(k -> k.propositions().stream().anyMatch(
            p -> p instanceof CeasefireStatus s && s.ceasefire().equals(c.id())))
        .map(k -> k.id().value() + " " + claimantName(k) + ": " + k.propositions().stream()
            .filter(p -> p instanceof CeasefireStatus)
            .map(p -> words(((CeasefireStatus) p).state()))
            .collect(Collectors.joining(", ")))
        .collect(Collectors.toList());
    line(more + "state: never stored; "
        + (states.isEmpty() ? "no claim about it" : "claimed by " + String.join("; ", states)));
  }

  private void mediator(Mediator m) {
    line("  [" + m.id().value() + "] " + label(m.party()) + ": " + words(m.role()) + " in "
        + label(m.conflict()) + m.ceasefire().map(c -> ", of " + label(c)).orElse("")
        + m.period().map(p -> ", " + period(p)).orElse("")
        + m.forceSize().map(n -> ", force of " + figure(n) + " troops").orElse("")
        + m.attestedBy().map(k -> ", on the word of claim " + k.value()).orElse(""));
  }

  private void claim(Claim k) {
    line("  [" + k.id().value() + "] " + claimant(k) + ", made " + when(k.madeAt())
        + ", reported in " + k.source().value() + hedged(k.hedge()));
    k.quote().ifPresent(q -> line("      quote: \u201c" + q + "\u201d"));
    String verb = k.polarity().name().toLowerCase(Locale.ROOT) + ": ";
    k.propositions().forEach(p -> line("      " + verb + proposition(p)));
  }

  private void contradictions() {
    List<Claim> claims = model.claims();
    List<String> found = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      for (int j = i + 1; j < claims.size(); j++) {
        if (claims.get(i).contradicts(claims.get(j))) {
          found.add("  " + claims.get(i).id().value() + " (" + claimantName(claims.get(i))
              + ") contradicts " + claims.get(j).id().value() + " ("
              + claimantName(claims.get(j)) + ")");
        }
      }
    }
    found.forEach(this::line);
    if (found.isEmpty()) {
      line("  none");
    }
  }

  // ---------------------------------------------------------------- values in words

  private String proposition(Proposition p) {
    if (p instanceof Casualties c) {
      return c.party().map(x -> "losses of " + label(x)).orElse("losses on all sides") + " in "
          + label(c.conflict()) + ": " + figure(c.count())
          + (c.count().form() == Estimate.Form.UNKNOWN ? " of " : " ") + casualtyWords(c.kind());
    } else if (p instanceof Initiated i) {
      return label(i.initiator()) + " started the hostilities of " + label(i.conflict());
    } else if (p instanceof Attack a) {
      return label(a.attacker()) + " carried out " + withArticle(words(a.kind()))
          + a.target().map(t -> " against " + label(t)).orElse("")
          + a.place().map(t -> " on " + label(t)).orElse("") + " in " + label(a.conflict());
    } else if (p instanceof CeasefireStatus s) {
      return label(s.ceasefire()) + " is " + words(s.state());
    } else if (p instanceof Stance s) {
      return label(s.holder()) + " " + stance(s);
    } else if (p instanceof BacksAccount b) {
      return label(b.backer()) + " backs the account of claim " + b.account().value()
          + model.claim(b.account()).map(k -> " (" + claimantName(k) + ")").orElse("");
    } else if (p instanceof NoStatement n) {
      return label(n.party()) + " has made no statement on " + question(n.about());
    } else if (p instanceof Sovereignty s) {
      return label(s.sovereign()) + " is sovereign over " + label(s.territory());
    } else if (p instanceof Control c) {
      return label(c.controller()) + " controls " + label(c.territory());
    }
    return p.toString();
  }

  private String stance(Stance s) {
    String addressee = s.addressee().map(this::label).orElse("the parties");
    String conflict = label(s.conflict());
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

  /** A question in words: the losses of a party in a conflict, or its type and subjects. */
  private String question(PropositionKey key) {
    if (key.type() == PropositionType.CASUALTIES && key.subjects().size() == 2) {
      return "the losses of " + label(key.subjects().get(1)) + " in " + label(key.subjects().get(0));
    }
    return "the question of " + words(key.type()) + " about " + key.subjects().stream()
        .map(this::label).collect(Collectors.joining(", "));
  }

  private String provision(Provision p) {
    if (p instanceof Withdrawal w) {
      return label(w.party()) + " withdraws from " + label(w.from());
    } else if (p instanceof Deployment d) {
      return label(d.force()) + " deploys " + figure(d.troops()) + " troops to " + label(d.to());
    }
    return ((OtherProvision) p).description();
  }

  private String sovereignty(SovereigntyStatus s) {
    return label(s.sovereign())
        + (s.internationallyRecognized() ? ", internationally recognized" : "")
        + (s.recognizers().isEmpty() ? "" : ", recognized by " + labels(s.recognizers()))
        + s.period().map(p -> ", " + period(p)).orElse("");
  }

  private String control(ControlStatus c) {
    return label(c.controller()) + " " + words(c.kind())
        + c.period().map(p -> ", " + period(p)).orElse("");
  }

  private String population(PopulationStatus p) {
    return p.group() + p.kinState().map(k -> " (kin state " + label(k) + ")").orElse("")
        + p.size().map(n -> ", " + figure(n)).orElse("");
  }

  private String side(Side s) {
    return s.label() + " (" + labels(s.primaries())
        + (s.supporters().isEmpty() ? "" : "; supported by " + s.supporters().stream()
            .map(x -> label(x.party()) + " with " + words(x.type()))
            .collect(Collectors.joining(", ")))
        + ")";
  }

  private String claimant(Claim k) {
    if (k.claimant().isEmpty()) {
      return "the article, in its own voice";
    }
    Optional<Party> p = model.party(k.claimant().get());
    return label(k.claimant().get())
        + p.flatMap(Party::actsFor).map(a -> " for " + label(a)).orElse("");
  }

  private String claimantName(Claim k) {
    return k.claimant().map(this::name).orElse("the article");
  }

  /** A figure in words, with the source's own words first: {@code "dozens" (at least 24)}. */
  static String figure(Estimate e) {
    String bounds;
    switch (e.form()) {
      case EXACT:
        bounds = Long.toString(e.low().getAsLong());
        break;
      case ABOUT:
        bounds = "about " + e.best().getAsLong();
        break;
      case AT_LEAST:
        bounds = "at least " + e.low().getAsLong();
        break;
      case AT_MOST:
        bounds = "at most " + e.high().getAsLong();
        break;
      case RANGE:
        bounds = "between " + e.low().getAsLong() + " and " + e.high().getAsLong();
        break;
      default:
        bounds = "an unstated number";
        break;
    }
    return e.wording().map(w -> "\"" + w + "\" (" + bounds + ")").orElse(bounds);
  }

  /** A time as a source says it ({@code 2022-09-12 NIGHT}), or its bounds when it has no name. */
  static String when(FuzzyTime t) {
    String said = t.toString();
    return said.startsWith("[")
        ? "between " + minute(t.earliest()) + " and " + minute(t.latest())
        : said;
  }

  /** A period in words: {@code since 1980s}, {@code from 2020-09-27 to 2020-11-10}. */
  static String period(FuzzyPeriod p) {
    if (p.start().isEmpty()) {
      return "until " + when(p.end().orElseThrow());
    }
    if (p.isOngoing()) {
      return "since " + when(p.start().get()) + " (ongoing)";
    }
    return p.start().equals(p.end())
        ? "at " + when(p.start().get())
        : "from " + when(p.start().get()) + " to " + when(p.end().get());
  }

  private static String minute(LocalDateTime t) {
    return MINUTE.format(t);
  }

  private static String withArticle(String noun) {
    return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  private static String hedged(Optional<String> hedge) {
    return hedge.map(h -> ", hedged \"" + h + "\"").orElse("");
  }

  private static String casualtyWords(CasualtyKind kind) {
    return kind == CasualtyKind.UNSPECIFIED ? "casualties (killed or wounded, not said which)"
        : words(kind);
  }

  /** An enum constant in lower-case words: {@code PEACEKEEPING_MISSION} is "peacekeeping mission". */
  static String words(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  // ---------------------------------------------------------------- names

  /** An entity by name with its id: {@code Armenia [P1]}; the id alone if it has no name. */
  private String label(EntityId id) {
    Optional<String> name = model.find(id).flatMap(ReferenceStory::nameOf);
    return name.map(n -> n + " [" + id.value() + "]").orElse("[" + id.value() + "]");
  }

  private String labels(Collection<? extends EntityId> ids) {
    return ids.stream().map(this::label).collect(Collectors.joining(", "));
  }

  private String name(EntityId id) {
    return model.find(id).flatMap(ReferenceStory::nameOf).orElse(id.value());
  }

  private static Optional<String> nameOf(Entity e) {
    if (e instanceof Party p) {
      return Optional.of(p.name());
    } else if (e instanceof Territory t) {
      return Optional.of(t.name());
    } else if (e instanceof Conflict c) {
      return Optional.of(c.name());
    } else if (e instanceof Ceasefire c) {
      return Optional.of(c.name());
    }
    return Optional.empty();
  }

  private void section(String title) {
    line("");
    line(title);
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
