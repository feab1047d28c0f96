package dev.disputemodel.text;

import dev.disputemodel.Agreement;
import dev.disputemodel.Attack;
import dev.disputemodel.BacksAccount;
import dev.disputemodel.BoundaryDecision;
import dev.disputemodel.Casualties;
import dev.disputemodel.CasualtyKind;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireStatus;
import dev.disputemodel.ChainLink;
import dev.disputemodel.Claim;
import dev.disputemodel.ClaimDecision;
import dev.disputemodel.Conflict;
import dev.disputemodel.Control;
import dev.disputemodel.ControlDecision;
import dev.disputemodel.ControlStatus;
import dev.disputemodel.Decision;
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
import dev.disputemodel.OtherDecision;
import dev.disputemodel.OtherProvision;
import dev.disputemodel.Party;
import dev.disputemodel.PartyRelation;
import dev.disputemodel.Polarity;
import dev.disputemodel.PopulationStatus;
import dev.disputemodel.ProceduralDecision;
import dev.disputemodel.Proposition;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.PropositionType;
import dev.disputemodel.Provision;
import dev.disputemodel.Ruling;
import dev.disputemodel.RulingResponse;
import dev.disputemodel.Side;
import dev.disputemodel.Source;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.SovereigntyDecision;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.Stance;
import dev.disputemodel.Territory;
import dev.disputemodel.Withdrawal;
import dev.disputemodel.check.Checker;
import dev.disputemodel.check.Finding;
import dev.disputemodel.check.Report;
import dev.disputemodel.index.Question;
import dev.disputemodel.index.Version;
import dev.disputemodel.query.Involvement;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A plain-text account of a {@link DisputeModel} for a person to read: its sources, parties and
 * whom they act for, relations, territories, conflicts with their episodes, events, ceasefires
 * with their terms and brokers, agreements and rulings (when the model has any), third parties,
 * every claim with its claimant, time, source, hedge,
 * quote and propositions, the contradictions decidable from the types, and the standard
 * checker's report ({@link #toText()}); and readable forms of query results and findings
 * ({@code describe(...)}), with names beside ids.
 *
 * <p>Every printed id is qualified by its kind ({@code Claim:K4}, never a bare {@code K4} that
 * could be a conflict, an event or a claim), and named entities print as
 * {@code Armenia [Party:P1]}. The text is deterministic: it follows the model's order and
 * nothing else. Immutable and thread-safe.
 */
public final class ModelAccount {
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final DisputeModel model;
  private final StringBuilder out; // written only by the private instance that toText() uses

  private ModelAccount(DisputeModel model, StringBuilder out) {
    this.model = model;
    this.out = out;
  }

  /** Returns the account of {@code model} (not null). */
  public static ModelAccount of(DisputeModel model) {
    return new ModelAccount(Objects.requireNonNull(model, "model"), new StringBuilder(0));
  }

  /** Returns the model this account describes. */
  public DisputeModel model() {
    return model;
  }

  /**
   * Returns the whole account, one fact per line, each line ending in {@code \n}: sources, then
   * the sections PARTIES, RELATIONS, TERRITORIES, CONFLICTS AND EPISODES, EVENTS, CEASEFIRES,
   * AGREEMENTS and RULINGS (only when the model has some), THIRD PARTIES, CLAIMS, CONTRADICTIONS and CONSISTENCY REPORT (the standard rules'
   * {@link #describe(Report) report}), each after a blank line.
   */
  public String toText() {
    ModelAccount writer = new ModelAccount(model, new StringBuilder());
    writer.write();
    return writer.out.toString();
  }

  /** Returns {@link #toText()}. */
  @Override
  public String toString() {
    return toText();
  }

  private void write() {
    line("SOURCES");
    model.sources().forEach(this::source);
    section("PARTIES");
    model.parties().forEach(this::party);
    section("RELATIONS");
    model.relations().forEach(this::relation);
    section("TERRITORIES");
    model.territories().forEach(this::territory);
    section("CONFLICTS AND EPISODES");
    model.conflicts().stream().filter(c -> c.parent().isEmpty()).forEach(c -> conflict(c, ""));
    section("EVENTS (recorded as fact)");
    model.events().forEach(this::event);
    section("CEASEFIRES");
    model.ceasefires().forEach(this::ceasefire);
    if (!model.agreements().isEmpty()) {
      section("AGREEMENTS");
      model.agreements().forEach(this::agreement);
    }
    if (!model.rulings().isEmpty()) {
      section("RULINGS");
      model.rulings().forEach(this::ruling);
    }
    section("THIRD PARTIES");
    model.mediators().forEach(this::mediator);
    section("CLAIMS (who said what)");
    model.claims().forEach(this::claim);
    section("CONTRADICTIONS (decided from the types)");
    contradictions();
    section("CONSISTENCY REPORT (standard rules)");
    out.append(describe(Checker.standard().check(model)));
  }

  // ---------------------------------------------------------------- results in words

  /**
   * Returns an involvement in one line: {@code Russia [Party:P5]: mediator (peacekeeping mission)
   * in Nagorno-Karabakh conflict [Conflict:C1], via [Mediator:M1], through Russian peacekeeping
   * force [Party:P6]}; a side's label follows {@code primary} or {@code supporter}.
   */
  public String describe(Involvement i) {
    return label(i.party()) + ": " + words(i.role())
        + i.side().map(s -> " on the " + s + " side").orElse("")
        + i.mediatorRole().map(r -> " (" + words(r) + ")").orElse("")
        + " in " + label(i.conflict()) + ", via " + label(i.via())
        + i.through().map(t -> ", through " + label(t)).orElse("");
  }

  /**
   * Returns one answer to a question and who gives it: {@code Armenia [Party:P1] started the
   * hostilities of ... : said by Azerbaijan [Party:P2] (Claim:K6); backed by Turkey [Party:P7]
   * (Claim:R3)}.
   */
  public String describe(Version v) {
    return (v.polarity() == Polarity.DENIES ? "not " : "") + describe(v.proposition())
        + ": said by " + labels(v.speakers()) + " (" + ids(v.claims()) + ")"
        + (v.backers().isEmpty() ? "" : "; backed by " + labels(v.backers()) + " ("
            + ids(v.backings()) + ")");
  }

  /**
   * Returns a question and its versions: a first line with the question in words and whether it
   * is contested, then one indented line per {@link #describe(Version) version}; no final line
   * break.
   */
  public String describe(Question q) {
    StringBuilder s = new StringBuilder(describe(q.key()))
        .append(q.isContested() ? " (contested):" : " (not contested):");
    q.versions().forEach(v -> s.append("\n  ").append(describe(v)));
    return s.toString();
  }

  /**
   * Returns a finding in one line with names beside ids: {@code WARNING mediator-belligerent
   * Russia [Party:P5] ... : message [related: ...]}; the focus is {@code (model)} for a finding
   * about the check itself.
   */
  public String describe(Finding f) {
    StringBuilder s = new StringBuilder();
    s.append(f.severity()).append(' ').append(f.rule()).append(' ');
    s.append(f.focus().map(this::label).orElse("(model)"));
    f.path().ifPresent(p -> s.append(", at ").append(p));
    f.value().ifPresent(v -> s.append(" = ").append(v));
    if (f.certainty() == Certainty.POSSIBLY) {
      s.append(" (possible)");
    }
    s.append(": ").append(f.message());
    if (!f.related().isEmpty()) {
      s.append(" [related: ").append(labels(f.related())).append(']');
    }
    return s.toString();
  }

  /**
   * Returns a report as its summary line ({@code 3 findings: 1 error, 1 warning, 1 info}) and one
   * {@link #describe(Finding) described} finding per line, each line ending in {@code \n}.
   */
  public String describe(Report r) {
    String text = r.toText();
    StringBuilder s = new StringBuilder(text.substring(0, text.indexOf('\n') + 1));
    r.findings().forEach(f -> s.append(describe(f)).append('\n'));
    return s.toString();
  }

  private static String ids(List<? extends Entity> entities) {
    return entities.stream().map(e -> e.id().toString()).collect(Collectors.joining(", "));
  }

  // ---------------------------------------------------------------- sections

  private void source(Source s) {
    line("  " + label(s.id()) + " (" + words(s.kind()) + ")"
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
    line("  [" + r.id() + "] " + label(r.from()) + " " + words(r.kind()) + " "
        + label(r.to()) + hedged(r.hedge()) + r.period().map(p -> ", " + period(p)).orElse("")
        + " (source: " + label(r.source()) + ")");
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
    line("  [" + e.id() + "] " + when(e.time()) + ": " + words(e.kind()) + " in "
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
    links(c.links(), more);
    model.mediators().stream()
        .filter(m -> m.ceasefire().equals(Optional.of(c.id())) && m.role() == MediatorRole.BROKER)
        .forEach(m -> line(more + "brokered by: " + label(m.party())
            + m.attestedBy().map(k -> " (on its own word, " + k + ")").orElse("")));
    List<String> states = model.claims().stream()
        .filter(k -> k.propositions().stream().anyMatch(
            p -> p instanceof CeasefireStatus s && s.ceasefire().equals(c.id())))
        .map(k -> k.id() + " " + claimantName(k) + ": " + k.propositions().stream()
            .filter(p -> p instanceof CeasefireStatus)
            .map(p -> words(((CeasefireStatus) p).state()))
            .collect(Collectors.joining(", ")))
        .collect(Collectors.toList());
    line(more + "state: never stored; "
        + (states.isEmpty() ? "no claim about it" : "claimed by " + String.join("; ", states)));
  }

  private void links(List<ChainLink> links, String more) {
    links.forEach(k -> line(more + words(k.kind()) + " " + label(k.earlier())
        + k.date().map(t -> ", " + when(t)).orElse("")));
  }

  private void agreement(Agreement a) {
    line("  " + label(a.id()) + ", " + words(a.kind()) + ", in " + label(a.conflict()));
    String more = "      ";
    if (!a.signatories().isEmpty()) {
      line(more + "parties: " + labels(a.signatories()));
    }
    a.agreed().ifPresent(t -> line(more + "agreed: " + when(t)));
    a.effective().ifPresent(t -> line(more + "effective: " + when(t)));
    a.ended().ifPresent(t -> line(more + "ended: " + when(t)));
    if (!a.ceasefires().isEmpty()) {
      line(more + "contains: " + labels(a.ceasefires()));
    }
    a.provisions().forEach(p -> line(more + "term: " + provision(p)));
    links(a.links(), more);
  }

  private void ruling(Ruling r) {
    line("  " + label(r.id()) + ", by " + label(r.body()) + ", " + when(r.issued())
        + (r.binding() ? ", binding" : ", not binding"));
    String more = "      ";
    r.under().ifPresent(u -> line(more + "under: " + label(u)));
    r.decisions().forEach(d -> line(more + "decides: " + decision(d)));
  }

  private String decision(Decision d) {
    if (d instanceof SovereigntyDecision s) {
      return label(s.sovereign()) + " is sovereign over " + label(s.territory());
    } else if (d instanceof ControlDecision c) {
      return label(c.controller()) + " administers and controls " + label(c.territory());
    } else if (d instanceof BoundaryDecision b) {
      return "the boundary between " + label(b.territory()) + " and " + label(b.other())
          + b.course().map(c -> ": " + c).orElse("");
    } else if (d instanceof ClaimDecision c) {
      return c.claim() + " is " + words(c.verdict());
    } else if (d instanceof ProceduralDecision p) {
      return (p.affirmed() ? "" : "no ") + words(p.procedure());
    }
    return ((OtherDecision) d).description();
  }

  private void mediator(Mediator m) {
    line("  [" + m.id() + "] " + label(m.party()) + ": " + words(m.role()) + " in "
        + label(m.conflict()) + m.ceasefire().map(c -> ", of " + label(c)).orElse("")
        + m.agreement().map(a -> ", of " + label(a)).orElse("")
        + m.period().map(p -> ", " + period(p)).orElse("")
        + m.forceSize().map(n -> ", force of " + figure(n) + " troops").orElse("")
        + m.attestedBy().map(k -> ", on the word of " + k).orElse(""));
  }

  private void claim(Claim k) {
    line("  [" + k.id() + "] " + claimant(k) + ", made " + when(k.madeAt())
        + ", reported in " + label(k.source()) + hedged(k.hedge()));
    k.quote().ifPresent(q -> line("      quote: \u201c" + q + "\u201d"));
    k.heldDuring().ifPresent(h -> line("      held: " + period(h)));
    k.ends().forEach(e -> line("      " + e.kind().name().toLowerCase(Locale.ROOT) + " "
        + e.claim() + e.effective().map(t -> ", effective " + when(t)).orElse("")));
    String verb = k.polarity().name().toLowerCase(Locale.ROOT) + ": ";
    k.propositions().forEach(p -> line("      " + verb + describe(p)));
  }

  private void contradictions() {
    List<Claim> claims = model.claims();
    List<String> found = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      for (int j = i + 1; j < claims.size(); j++) {
        if (claims.get(i).contradicts(claims.get(j))) {
          found.add("  " + claims.get(i).id() + " (" + claimantName(claims.get(i))
              + ") contradicts " + claims.get(j).id() + " ("
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

  /**
   * Returns {@code p} in words, with names beside ids: {@code Azerbaijan [Party:P2] started the
   * hostilities of September 2022 border clashes [Conflict:C4]}.
   */
  public String describe(Proposition p) {
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
      return label(b.backer()) + " backs the account of " + b.account()
          + model.claim(b.account()).map(k -> " (" + claimantName(k) + ")").orElse("");
    } else if (p instanceof NoStatement n) {
      return label(n.party()) + " has made no statement on " + describe(n.about());
    } else if (p instanceof Sovereignty s) {
      return label(s.sovereign()) + " is sovereign over " + label(s.territory());
    } else if (p instanceof Control c) {
      return label(c.controller()) + " controls " + label(c.territory());
    } else if (p instanceof RulingResponse r) {
      return label(r.party()) + " " + words(r.response()) + " " + label(r.ruling());
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

  /**
   * Returns a question in words: the losses of a party in a conflict, or its type and subjects
   * by name.
   */
  public String describe(PropositionKey key) {
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
    return s.sovereign().map(this::label).orElse("no sovereign")
        + (s.internationallyRecognized() ? ", internationally recognized" : "")
        + (s.recognizers().isEmpty() ? "" : ", recognized by " + labels(s.recognizers()))
        + s.recognizerCount().map(c -> ", recognized by " + figure(c)).orElse("")
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

  /** Returns the name of who speaks in {@code k}, or "the article" for a source's own voice. */
  public String claimantName(Claim k) {
    return k.claimant().map(this::name).orElse("the article");
  }

  /** Returns a figure in words, with the source's own words first: {@code "dozens" (at least 24)}. */
  public static String figure(Estimate e) {
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

  /** Returns a time as a source says it ({@code 2022-09-12 NIGHT}), or its bounds when it has no name. */
  public static String when(FuzzyTime t) {
    String said = t.toString();
    return said.startsWith("[")
        ? "between " + minute(t.earliest()) + " and " + minute(t.latest())
        : said;
  }

  /** Returns a period in words: {@code since 1980s (ongoing)}, {@code from 2020-09-27 to 2020-11-10}. */
  public static String period(FuzzyPeriod p) {
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

  /** Returns a kind of casualty in words; unspecified ones say that killed or wounded is not said. */
  public static String casualtyWords(CasualtyKind kind) {
    return kind == CasualtyKind.UNSPECIFIED ? "casualties (killed or wounded, not said which)"
        : words(kind);
  }

  /** Returns an enum constant in lower-case words: {@code PEACEKEEPING_MISSION} is "peacekeeping mission". */
  public static String words(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  // ---------------------------------------------------------------- names

  /**
   * Returns an entity by name with its kind and id: {@code Armenia [Party:P1]}; a claim by its
   * speaker ({@code claim by Armenia [Claim:K5]}); the bracketed id alone if it has no name or is
   * not in the model.
   */
  public String label(EntityId id) {
    Optional<String> name = model.find(id).flatMap(this::nameOf);
    return name.map(n -> n + " [" + id + "]").orElse("[" + id + "]");
  }

  /** Returns the {@link #label labels} of {@code ids}, in order, separated by commas. */
  public String labels(Collection<? extends EntityId> ids) {
    return ids.stream().map(this::label).collect(Collectors.joining(", "));
  }

  private String name(EntityId id) {
    return model.find(id).flatMap(this::nameOf).orElse(id.toString());
  }

  private Optional<String> nameOf(Entity e) {
    if (e instanceof Party p) {
      return Optional.of(p.name());
    } else if (e instanceof Territory t) {
      return Optional.of(t.name());
    } else if (e instanceof Conflict c) {
      return Optional.of(c.name());
    } else if (e instanceof Ceasefire c) {
      return Optional.of(c.name());
    } else if (e instanceof Agreement a) {
      return Optional.of(a.name());
    } else if (e instanceof Ruling r) {
      return Optional.of(r.name());
    } else if (e instanceof Source s) {
      return Optional.of(s.title());
    } else if (e instanceof Claim k) {
      return Optional.of("claim by " + claimantName(k));
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
