package dev.disputemodel.render;

import dev.disputemodel.EntityId;
import dev.disputemodel.PartyId;
import dev.disputemodel.render.Graph.Certainty;
import dev.disputemodel.render.Graph.Group;
import dev.disputemodel.render.Graph.Line;
import dev.disputemodel.render.Graph.Link;
import dev.disputemodel.render.Graph.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Turns the parties and links an {@link AlignmentContent} gathered into the graph's nodes and
 * links: each principal in its group followed by the officials and bodies attached to it, and,
 * beyond {@link RenderOptions#maxNodes()} parties, the least linked collapsed into one node per
 * group, with a note.
 */
final class AlignmentNodes {
  private static final int MAX_ATTACHED = 3;

  private final List<Group> groups;
  private final Map<PartyId, Draft> drafts;
  private final Map<String, DraftLink> links;
  private final Words words;
  private final RenderOptions options;
  private final List<String> notes;

  /** A node being gathered. */
  static final class Draft {
    final PartyId party;
    final int group;
    final Optional<PartyId> attachedTo;
    final Set<Line> lines = new LinkedHashSet<>();
    int stances;

    Draft(PartyId party, int group, Optional<PartyId> attachedTo) {
      this.party = party;
      this.group = group;
      this.attachedTo = attachedTo;
    }
  }

  /** A link being gathered: one per pair of parties and label, with every entity behind it. */
  static final class DraftLink {
    final PartyId from;
    final PartyId to;
    final String label;
    Certainty certainty;
    final Set<String> says = new LinkedHashSet<>();
    final List<EntityId> entities = new ArrayList<>();

    DraftLink(PartyId from, PartyId to, String label, Certainty certainty) {
      this.from = from;
      this.to = to;
      this.label = label;
      this.certainty = certainty;
    }
  }

  AlignmentNodes(List<Group> groups, Map<PartyId, Draft> drafts, Map<String, DraftLink> links, Words words,
      RenderOptions options, List<String> notes) {
    this.groups = groups;
    this.drafts = drafts;
    this.links = links;
    this.words = words;
    this.options = options;
    this.notes = notes;
  }

  /** Returns the nodes in group order, each principal followed by those attached to it; fills {@code keys}. */
  List<Node> nodes(Map<PartyId, String> keys) {
    Map<PartyId, Integer> degree = new LinkedHashMap<>();
    for (DraftLink l : links.values()) {
      degree.merge(l.from, 1, Integer::sum);
      degree.merge(l.to, 1, Integer::sum);
    }
    List<Draft> principals = drafts.values().stream().filter(d -> d.attachedTo.isEmpty()).toList();
    Set<PartyId> kept = new LinkedHashSet<>();
    Map<Integer, List<Draft>> collapsed = new LinkedHashMap<>();
    if (principals.size() <= options.maxNodes()) {
      principals.forEach(d -> kept.add(d.party));
    } else {
      List<Draft> ranked = new ArrayList<>(principals);
      ranked.sort(Comparator.comparingInt((Draft d) -> -(degree.getOrDefault(d.party, 0) + d.lines.size()
          + (groups.get(d.group).side() ? 1000 : 0))));
      // As many as fit beside one collapsed node for each group that has parties left over.
      int room = Math.min(ranked.size(), options.maxNodes());
      while (room > 1 && room + ranked.subList(room, ranked.size()).stream().map(d -> d.group).distinct().count()
          > options.maxNodes()) {
        room--;
      }
      ranked.subList(0, room).forEach(d -> kept.add(d.party));
      for (Draft d : principals) {
        if (!kept.contains(d.party)) {
          collapsed.computeIfAbsent(d.group, g -> new ArrayList<>()).add(d);
        }
      }
      notes.add(options.maxNodes() + " parties is the limit: " + Words.count(
          principals.size() - kept.size(), "party", "parties") + " with the fewest links are counted in one"
          + " \u201Cmore parties\u201D node per group, their links and officials not drawn.");
    }
    List<Node> nodes = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      for (Draft d : principals) {
        if (d.group != g || !kept.contains(d.party)) {
          continue;
        }
        String key = "n" + nodes.size();
        keys.put(d.party, key);
        nodes.add(new Node(key, Optional.of(d.party), words.party(d.party), List.copyOf(d.lines), g, Optional.empty()));
        List<Draft> attached = attachedTo(d.party);
        for (Draft a : attached.subList(0, Math.min(MAX_ATTACHED, attached.size()))) {
          String akey = "n" + nodes.size();
          keys.put(a.party, akey);
          nodes.add(new Node(akey, Optional.of(a.party), words.party(a.party), List.copyOf(a.lines), g,
              Optional.of(key)));
        }
        if (attached.size() > MAX_ATTACHED) {
          int more = attached.size() - MAX_ATTACHED;
          notes.add(words.party(d.party) + ": " + Words.count(more, "more official or body", "more officials or bodies")
              + " acting for it " + (more == 1 ? "is" : "are") + " not drawn.");
        }
      }
      List<Draft> rest = collapsed.get(g);
      if (rest != null) {
        String key = "n" + nodes.size();
        StringJoiner names = new StringJoiner(", ");
        rest.forEach(d -> names.add(words.party(d.party)));
        nodes.add(new Node(key, Optional.empty(), "+" + Words.count(rest.size(), "more party", "more parties"),
            List.of(new Line(TextWidth.fit(names.toString(), 400, 11, false), false)), g, Optional.empty()));
      }
    }
    return nodes;
  }

  /** Returns the parties attached to {@code host} and, in turn, to those, in the order gathered. */
  private List<Draft> attachedTo(PartyId host) {
    List<Draft> out = new ArrayList<>();
    for (Draft d : drafts.values()) {
      if (d.attachedTo.equals(Optional.of(host))) {
        out.add(d);
        out.addAll(attachedTo(d.party));
      }
    }
    return out;
  }

  /** Returns the links between drawn parties, by the node keys {@link #nodes} filled. */
  List<Link> links(Map<PartyId, String> keys) {
    List<Link> out = new ArrayList<>();
    for (DraftLink l : links.values()) {
      String from = keys.get(l.from);
      String to = keys.get(l.to);
      if (from == null || to == null) {
        continue;
      }
      out.add(new Link(from, to, l.label, l.certainty, words.party(l.from) + " " + l.label + " "
          + words.party(l.to) + ": " + String.join("; ", l.says), l.entities.stream().findFirst()));
    }
    return out;
  }
}
