package dev.disputemodel.render;

import dev.disputemodel.BacksAccount;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.Claim;
import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.EntityId;
import dev.disputemodel.Mediator;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyRelation;
import dev.disputemodel.Polarity;
import dev.disputemodel.Proposition;
import dev.disputemodel.Side;
import dev.disputemodel.Stance;
import dev.disputemodel.StanceKind;
import dev.disputemodel.Supporter;
import dev.disputemodel.query.ModelQueries;
import dev.disputemodel.query.When;
import dev.disputemodel.render.AlignmentNodes.Draft;
import dev.disputemodel.render.AlignmentNodes.DraftLink;
import dev.disputemodel.render.Graph.Certainty;
import dev.disputemodel.render.Graph.Group;
import dev.disputemodel.render.Graph.Line;
import dev.disputemodel.render.Graph.Node;
import dev.disputemodel.time.FuzzyTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * What an alignment picture shows, read from the queries for one conflict (with its episodes) on
 * one date: the sides' primary parties and supporters, the third parties active then (brokers,
 * mediators, peacekeepers, ...), the relations that possibly held then between those parties and
 * others, the parties that spoke on the conflict by then with their stances, the backing of one
 * party's account by another, and the officials and bodies that acted for them, attached to the
 * party they act for.
 *
 * <p>A relation the source hedges, a relation or role resting only on a claim, and a relation
 * both asserted and denied are told apart from a fact. Beyond {@link RenderOptions#maxNodes()}
 * parties (officials not counted) the parties with the fewest links in each group are collapsed
 * into one node per group, and a note says so.
 */
final class AlignmentContent {
  private static final int MAX_STANCES = 3;

  private final ModelQueries queries;
  private final DisputeModel model;
  private final Words words;
  private final Knowledge known;
  private final RenderOptions options;
  private final FuzzyTime date;
  private final When when;
  private final List<Group> groups = new ArrayList<>();
  private final Map<PartyId, AlignmentNodes.Draft> drafts = new LinkedHashMap<>();
  private final Map<String, AlignmentNodes.DraftLink> links = new LinkedHashMap<>();
  private final List<String> notes = new ArrayList<>();

  private AlignmentContent(ModelQueries queries, FuzzyTime date, RenderOptions options) {
    this.queries = queries;
    this.model = queries.model();
    this.words = new Words(model);
    this.known = Knowledge.of(queries, options);
    this.options = options;
    this.date = date;
    this.when = When.possiblyOn(date);
  }

  /** Returns the alignments in {@code conflict} (with its episodes) on {@code date}. */
  static Graph of(ModelQueries queries, ConflictId conflict, FuzzyTime date, RenderOptions options) {
    Conflict root = queries.model().conflict(conflict).orElseThrow(() -> NotInModel.error("conflict", conflict));
    return new AlignmentContent(queries, date, options).graph(root);
  }

  private Graph graph(Conflict root) {
    Set<ConflictId> conflicts = new LinkedHashSet<>();
    Episodes.withDepths(model, root).keySet().forEach(c -> conflicts.add(c.id()));
    List<Side> sides = queries.index().sides(root.id());
    for (Side side : sides) {
      groups.add(new Group(side.label().length() <= 2 ? "Side " + side.label() : "Side: " + side.label(), true));
    }
    int third = groups.size();
    groups.add(new Group("Third parties and other voices", false));
    for (int i = 0; i < sides.size(); i++) {
      side(sides.get(i), i);
    }
    for (Mediator m : model.mediators()) {
      if (conflicts.contains(m.conflict()) && knows(m)) {
        mediator(m, third);
      }
    }
    for (Claim c : claims(conflicts)) {
      claim(c, third);
    }
    relations(third);
    Map<PartyId, String> keys = new LinkedHashMap<>();
    AlignmentNodes layout = new AlignmentNodes(groups, drafts, links, words, options, notes);
    List<Node> nodes = layout.nodes(keys);
    String title = "Alignments in the " + root.name() + " " + Dates.onOrIn(date) + known.asKnownPhrase();
    return new Graph("al", title, description(root, nodes), groups, nodes, layout.links(keys), notes);
  }

  // ------------------------------------------------------------------ gathering

  private void side(Side side, int group) {
    for (PartyId p : side.primaries()) {
      draft(p, group).lines.add(new Line("primary party", false));
    }
    for (Supporter s : side.supporters()) {
      boolean sourced = s.source().map(known::knowsSource).orElse(true);
      if (sourced && when.accepts(s.period()) && known.asKnown(s.period()).isPresent()) {
        draft(s.party(), group).lines.add(new Line("supports with " + Words.human(s.type()), false));
      }
    }
  }

  private boolean knows(Mediator m) {
    return known.knowsSource(m.source()) && when.accepts(m.period())
        && m.attestedBy().flatMap(model::claim).map(known::knows).orElse(true)
        && known.asKnown(m.period()).isPresent();
  }

  private void mediator(Mediator m, int third) {
    StringBuilder role = new StringBuilder(Words.human(m.role()));
    m.ceasefire().ifPresent(c -> role.append(" of ").append(words.name(c)));
    m.latestForceSize().ifPresent(f -> role.append(", ").append(Words.figure(f)).append(" troops"));
    Optional<Claim> attested = m.attestedBy().flatMap(model::claim);
    attested.ifPresent(c -> role.append(" (on ").append(words.name(queries.speaker(c))).append("'s word)"));
    placed(m.party(), third).lines.add(new Line(role.toString(), attested.isPresent()));
  }

  /**
   * The claims on the conflict and its ceasefires known by the end of the date, with the claims
   * that assert or deny a backing of one of them.
   */
  private List<Claim> claims(Set<ConflictId> conflicts) {
    Set<EntityId> about = new LinkedHashSet<>(conflicts);
    for (Ceasefire c : model.ceasefires()) {
      if (conflicts.contains(c.conflict())) {
        about.add(c.id());
      }
    }
    Set<Claim> all = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    all.addAll(queries.claims().aboutAnyOf(about).list());
    Set<EntityId> accounts = new java.util.HashSet<>();
    all.forEach(c -> accounts.add(c.id()));
    long end = date.latestEpochSecond();
    List<Claim> out = new ArrayList<>();
    for (Claim c : model.claims()) {
      boolean backsOne = c.propositions().stream()
          .anyMatch(p -> p instanceof BacksAccount b && accounts.contains(b.account()));
      if ((all.contains(c) || backsOne) && c.madeAt().earliestEpochSecond() < end && known.knows(c)) {
        out.add(c);
      }
    }
    return out;
  }

  private void claim(Claim c, int third) {
    boolean speaks = c.propositions().stream().anyMatch(p -> p instanceof Stance || p instanceof BacksAccount);
    c.claimant().ifPresent(claimant -> {
      PartyId principal = queries.index().principal(claimant);
      if (speaks || drafts.containsKey(principal)) {
        placed(claimant, third);
      }
    });
    for (Proposition p : c.propositions()) {
      if (p instanceof Stance s && c.polarity() == Polarity.ASSERTS) {
        stance(c, s, third);
      } else if (p instanceof BacksAccount b) {
        backing(c, b, third);
      }
    }
  }

  private void stance(Claim c, Stance s, int third) {
    Draft holder = placed(s.holder(), third);
    String text = "says: " + Words.stance(s.kind()) + s.addressee().map(a -> " (to " + words.party(a) + ")").orElse("");
    if (holder.lines.stream().noneMatch(l -> l.text().equals(text))) {
      holder.stances++;
      if (holder.stances <= MAX_STANCES) {
        holder.lines.add(new Line(text, false));
      }
    }
    if (s.kind() == StanceKind.SUPPORT && s.addressee().isPresent()) {
      placed(s.addressee().get(), third);
      link(s.holder(), s.addressee().get(), "declares support for", Certainty.CLAIMED,
          "says " + words.speaker(c) + " (" + Dates.of(c.madeAt()) + ")", c.id());
    }
  }

  private void backing(Claim c, BacksAccount b, int third) {
    Optional<Claim> account = model.claim(b.account());
    Optional<PartyId> accountOf = account.flatMap(Claim::claimant).map(queries.index()::principal);
    if (accountOf.isEmpty()) {
      return;
    }
    boolean contested = queries.question(b.key()).isContested();
    if (c.polarity() == Polarity.DENIES && !contested) {
      return;
    }
    placed(b.backer(), third);
    placed(accountOf.get(), third);
    String label = "backs the account of";
    Certainty certainty = contested ? Certainty.CONTESTED : Certainty.CLAIMED;
    String who = (c.polarity() == Polarity.DENIES ? "denied by " : "says ") + words.speaker(c)
        + c.hedge().map(h -> " (\u201C" + h + "\u201D)").orElse("");
    DraftLink link = link(queries.index().principal(b.backer()), accountOf.get(),
        c.hedge().filter(h -> !contested).map(h -> h + " " + label).orElse(label), certainty, who, c.id());
    if (contested) {
      link.certainty = Certainty.CONTESTED;
    }
  }

  private void relations(int third) {
    Set<PartyId> core = new LinkedHashSet<>(drafts.keySet());
    for (PartyRelation r : queries.relationsActive(when)) {
      if (!known.knowsSource(r.source()) || known.asKnown(r.period()).isEmpty()) {
        continue;
      }
      if (!core.contains(r.from()) && !core.contains(r.to())) {
        continue;
      }
      placed(r.from(), third);
      placed(r.to(), third);
      Certainty certainty = r.hedge().isPresent() ? Certainty.HEDGED : Certainty.FACT;
      String who = "stated by " + words.name(r.source()) + r.hedge().map(h -> ", hedged \u201C" + h + "\u201D").orElse("")
          + r.period().map(p -> "; " + Dates.of(p)).orElse("; period not stated");
      link(r.from(), r.to(), Words.relation(r), certainty, who, r.id());
    }
  }

  private DraftLink link(PartyId from, PartyId to, String label, Certainty certainty, String says, EntityId entity) {
    DraftLink link = links.computeIfAbsent(from + ">" + to + ">" + label,
        k -> new DraftLink(from, to, label, certainty));
    link.says.add(says);
    link.entities.add(entity);
    return link;
  }

  private Draft draft(PartyId party, int group) {
    return drafts.computeIfAbsent(party, p -> {
      Draft d = new Draft(p, group, Optional.empty());
      model.party(p).ifPresent(x -> {
        d.lines.add(new Line(Words.detail(x), false));
        x.succeeds().forEach(succession -> d.lines.add(new Line(words.succession(succession), false)));
      });
      return d;
    });
  }

  /**
   * Returns the node of {@code party}, adding it where it belongs if it is new: attached to the
   * nearest party it acts for that has a node (its principal gets one in the third group if
   * needed), else in the third group.
   */
  private Draft placed(PartyId party, int third) {
    Draft existing = drafts.get(party);
    if (existing != null) {
      return existing;
    }
    List<PartyId> chain = queries.index().actsForChain(party);
    if (chain.size() == 1) {
      return draft(party, third);
    }
    PartyId host = chain.stream().skip(1).filter(drafts::containsKey).findFirst()
        .orElseGet(() -> draft(chain.get(chain.size() - 1), third).party);
    Draft hostDraft = drafts.get(host);
    Draft d = new Draft(party, hostDraft.group, Optional.of(host));
    model.party(party).ifPresent(x -> d.lines.add(new Line(Words.detail(x) + ", for " + words.party(host), false)));
    drafts.put(party, d);
    return d;
  }

  private String description(Conflict root, List<Node> nodes) {
    StringJoiner s = new StringJoiner(" ");
    s.add("Parties to the " + root.name() + " " + Dates.onOrIn(date) + known.asKnownPhrase() + ", grouped by side.");
    for (int g = 0; g < groups.size(); g++) {
      int group = g;
      List<String> names = nodes.stream().filter(n -> n.group() == group && n.attachedTo().isEmpty())
          .map(Node::name).toList();
      if (!names.isEmpty()) {
        s.add(groups.get(g).label() + ": " + String.join(", ", names) + ".");
      }
    }
    long hedged = links.values().stream().filter(l -> l.certainty != Certainty.FACT).count();
    s.add(Words.count(links.size(), "relation", "relations") + " drawn"
        + (hedged == 0 ? "." : ", " + hedged + " of them hedged, claimed or contested and drawn apart from facts."));
    return s.toString();
  }
}
