package dev.disputemodel.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.DisputeModel;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.RelationId;
import dev.disputemodel.render.AlignmentNodes.Draft;
import dev.disputemodel.render.AlignmentNodes.DraftLink;
import dev.disputemodel.render.Graph.Certainty;
import dev.disputemodel.render.Graph.Group;
import dev.disputemodel.render.Graph.Line;
import dev.disputemodel.render.Graph.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How the parties an alignment picture gathered become its nodes: each principal in its group
 * followed by at most three parties acting for it, and beyond the node limit the least linked
 * parties of each group counted in one "more parties" node, side parties kept first.
 */
class AlignmentNodesTest {
  private final Map<PartyId, Draft> drafts = new LinkedHashMap<>();
  private final Map<String, DraftLink> links = new LinkedHashMap<>();
  private final List<String> notes = new ArrayList<>();
  private final List<Group> groups = List.of(new Group("Side: A", true), new Group("Side: B", true),
      new Group("Third parties and other voices", false));
  private final DisputeModel model;

  AlignmentNodesTest() {
    DisputeModel.Builder b = DisputeModel.builder();
    for (int i = 1; i <= 12; i++) {
      b.addParties(Party.builder().id(PartyId.of("P" + i)).name("Party " + i).kind(PartyKind.STATE).build());
    }
    model = b.build();
  }

  private Draft draft(int party, int group, int... attachedTo) {
    Draft d = new Draft(PartyId.of("P" + party), group,
        attachedTo.length == 0 ? Optional.empty() : Optional.of(PartyId.of("P" + attachedTo[0])));
    drafts.put(d.party, d);
    return d;
  }

  private void link(int from, int to) {
    DraftLink l = new DraftLink(PartyId.of("P" + from), PartyId.of("P" + to), "ally of", Certainty.FACT);
    l.says.add("stated by Gazette");
    l.entities.add(RelationId.of("R" + from + "_" + to));
    links.put(from + ">" + to, l);
  }

  private List<Node> nodes(int maxNodes, Map<PartyId, String> keys) {
    return new AlignmentNodes(groups, drafts, links, new Words(model), RenderOptions.builder().maxNodes(maxNodes).build(),
        notes).nodes(keys);
  }

  private static List<String> described(List<Node> nodes) {
    return nodes.stream().map(n -> n.key() + " " + n.name() + " g" + n.group() + n.attachedTo().map(a -> " @" + a)
        .orElse("")).toList();
  }

  @Test
  void atMostThreePartiesActingForOneAreDrawnBeneathItAndANoteCountsTheRest() {
    draft(1, 0);
    draft(2, 0, 1);
    draft(3, 0, 2);  // acts for party 2, which acts for party 1: drawn under party 1 after party 2
    draft(4, 0, 1);
    draft(5, 0, 1);
    draft(6, 1);
    Map<PartyId, String> keys = new LinkedHashMap<>();
    assertEquals(List.of("n0 Party 1 g0", "n1 Party 2 g0 @n0", "n2 Party 3 g0 @n0", "n3 Party 4 g0 @n0",
        "n4 Party 6 g1"), described(nodes(12, keys)));
    assertEquals(List.of("Party 1: 1 more official or body acting for it is not drawn."), notes);
    assertEquals(Map.of(PartyId.of("P1"), "n0", PartyId.of("P2"), "n1", PartyId.of("P3"), "n2", PartyId.of("P4"), "n3",
        PartyId.of("P6"), "n4"), keys);
    draft(7, 0, 1);
    notes.clear();
    nodes(12, new LinkedHashMap<>());
    assertEquals(List.of("Party 1: 2 more officials or bodies acting for it are not drawn."), notes);
  }

  @Test
  void upToTheLimitEveryPartyIsDrawnInGroupOrder() {
    draft(1, 2);
    draft(2, 0);
    draft(3, 1);
    draft(4, 0);
    assertEquals(List.of("n0 Party 2 g0", "n1 Party 4 g0", "n2 Party 3 g1", "n3 Party 1 g2"),
        described(nodes(4, new LinkedHashMap<>())));
    assertEquals(List.of(), notes);
  }

  @Test
  void beyondTheLimitTheLeastLinkedOfEachGroupAreCountedInOneNodePerGroup() {
    // Sides: parties 1 and 2 (A), 3 (B); third parties 4, 5, 6 and 7; 6 and 7 linked most.
    for (int[] p : new int[][] {{1, 0}, {2, 0}, {3, 1}, {4, 2}, {5, 2}, {6, 2}, {7, 2}}) {
      draft(p[0], p[1]);
    }
    link(6, 1);
    link(6, 3);
    link(7, 1);
    link(7, 3);
    link(4, 5);
    Map<PartyId, String> keys = new LinkedHashMap<>();
    List<Node> nodes = nodes(6, keys);
    // Six nodes: the three side parties first (ranked above every third party), then room for the
    // two best linked third parties beside one node for the rest of that group.
    assertEquals(List.of("n0 Party 1 g0", "n1 Party 2 g0", "n2 Party 3 g1", "n3 Party 6 g2", "n4 Party 7 g2",
        "n5 +2 more parties g2"), described(nodes));
    assertEquals(List.of("Party 4, Party 5"), nodes.get(5).lines().stream().map(Line::text).toList());
    assertEquals(Optional.empty(), nodes.get(5).entity());
    assertEquals(List.of("6 parties is the limit: 2 parties with the fewest links are counted in one \u201Cmore"
        + " parties\u201D node per group, their links and officials not drawn."), notes);
    // The link between two collapsed parties is not drawn.
    AlignmentNodes layout = new AlignmentNodes(groups, drafts, links, new Words(model),
        RenderOptions.builder().maxNodes(6).build(), new ArrayList<>());
    Map<PartyId, String> k = new LinkedHashMap<>();
    layout.nodes(k);
    assertEquals(List.of("n3>n0", "n3>n2", "n4>n0", "n4>n2"), layout.links(k).stream().map(l -> l.from() + ">" + l.to()).toList());
    assertEquals("Party 6 ally of Party 1: stated by Gazette", layout.links(k).get(0).tooltip());
  }

  @Test
  void collapsingInTwoGroupsLeavesRoomForTwoMorePartiesNodes() {
    for (int[] p : new int[][] {{1, 0}, {2, 0}, {3, 0}, {4, 1}, {5, 2}, {6, 2}}) {
      draft(p[0], p[1]);
    }
    link(1, 4);
    link(2, 4);
    link(5, 4);
    // Limit 4: the ranking is 4, 1, 2, 3 (sides, by links), then 5, 6. Keeping four leaves the
    // third parties: 5 nodes; keeping three leaves party 3 and the third parties, two groups: 5;
    // keeping two leaves two groups as well: 4 nodes.
    assertEquals(List.of("n0 Party 1 g0", "n1 +2 more parties g0", "n2 Party 4 g1", "n3 +2 more parties g2"),
        described(nodes(4, new LinkedHashMap<>())));
    assertEquals("4 parties is the limit: 4 parties with the fewest links are counted in one \u201Cmore parties\u201D"
        + " node per group, their links and officials not drawn.", notes.get(0));
  }

  @Test
  void theNamesOfACollapsedNodeAreShortenedToFourHundredPixels() {
    draft(1, 0);
    for (int i = 2; i <= 12; i++) {
      draft(i, 2);
    }
    link(2, 1);
    // Limit 4: parties 1, 2 and 3 and one node for the nine others.
    List<Node> nodes = nodes(4, new LinkedHashMap<>());
    String names = nodes.get(3).lines().get(0).text();
    assertEquals(TextWidth.fit("Party 4, Party 5, Party 6, Party 7, Party 8, Party 9, Party 10, Party 11, Party 12",
        400, 11, false), names);
    assertEquals(true, names.endsWith("\u2026"));
    assertEquals(true, TextWidth.of(names, 11, false) <= 400);
    assertEquals("+9 more parties", nodes.get(3).name());
  }
}
