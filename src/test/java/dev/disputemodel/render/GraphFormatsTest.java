package dev.disputemodel.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.PartyId;
import dev.disputemodel.render.Graph.Certainty;
import dev.disputemodel.render.Graph.Group;
import dev.disputemodel.render.Graph.Line;
import dev.disputemodel.render.Graph.Link;
import dev.disputemodel.render.Graph.Node;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A small graph written as DOT and as Mermaid, whole: a cluster or subgraph for each group that
 * has nodes, a node's lines under its name (a claimed line marked "[claim]"), a collapsed node
 * dashed, an official joined to its party by a plain "acts for" edge, links styled by certainty,
 * notes as comments, and a legend of the certainties used.
 */
class GraphFormatsTest {
  private static final Graph GRAPH = new Graph("g", "Title", "Desc",
      List.of(new Group("A", true), new Group("Empty", true), new Group("Third", false)),
      List.of(
          new Node("n0", Optional.of(PartyId.of("P1")), "Aland", List.of(new Line("state", false)), 0, Optional.empty()),
          new Node("n1", Optional.of(PartyId.of("P2")), "Minister", List.of(new Line("says so", true)), 0,
              Optional.of("n0")),
          new Node("n2", Optional.empty(), "+2 more parties", List.of(new Line("X, Y", false)), 2, Optional.empty())),
      List.of(
          new Link("n2", "n0", "ally of", Certainty.FACT, "tip \"q\"", Optional.empty()),
          new Link("n0", "n2", "backs", Certainty.CLAIMED, "t2", Optional.empty()),
          new Link("n2", "n0", "apparently backs", Certainty.HEDGED, "t3", Optional.empty())),
      List.of("a note\nsecond"));

  @Test
  void dotHasAClusterPerGroupWithNodesStyledEdgesAndALegendOfTheStylesUsed() {
    assertEquals(String.join("\n",
        "digraph \"g\" {",
        "  graph [label=\"Title\\nDesc\", labelloc=\"t\", labeljust=\"l\", fontname=\"DejaVu Sans\", rankdir=\"LR\","
            + " nodesep=\"0.3\", tooltip=\"Desc\"];",
        "  node [shape=\"box\", style=\"rounded,filled\", fillcolor=\"#ffffff\", fontname=\"DejaVu Sans\","
            + " fontsize=\"11\"];",
        "  edge [fontname=\"DejaVu Sans\", fontsize=\"10\"];",
        "  // a note second",
        "  subgraph \"cluster_g_g0\" {",
        "    label=\"A\"; style=\"filled\"; fillcolor=\"#f4f8fc\"; color=\"#2b6ca3\";",
        "    \"n0\" [label=\"Aland\\nstate\"];",
        "    \"n1\" [label=\"Minister\\nsays so [claim]\", fontsize=\"10\"];",
        "  }",
        "  subgraph \"cluster_g_g2\" {",
        "    label=\"Third\"; style=\"dashed\"; fillcolor=\"#f4f8fc\"; color=\"#999999\";",
        "    \"n2\" [label=\"+2 more parties\\nX, Y\", style=\"dashed\"];",
        "  }",
        "  \"n1\" -> \"n0\" [arrowhead=\"none\", color=\"#999999\", label=\"acts for\", fontcolor=\"#777777\"];",
        "  \"n2\" -> \"n0\" [label=\"ally of\", style=\"solid\", color=\"#333333\", fontcolor=\"#333333\","
            + " tooltip=\"tip \\\"q\\\"\"];",
        "  \"n0\" -> \"n2\" [label=\"backs\", style=\"dotted\", color=\"#6a3d9a\", fontcolor=\"#6a3d9a\", tooltip=\"t2\"];",
        "  \"n2\" -> \"n0\" [label=\"apparently backs\", style=\"dashed\", color=\"#b15928\", fontcolor=\"#b15928\","
            + " tooltip=\"t3\"];",
        "  subgraph \"cluster_g_legend\" {",
        "    label=\"Legend\"; style=\"solid\"; color=\"#cccccc\";",
        "    \"g_legend_0\" [label=\"\", shape=\"point\", width=\"0.05\"];",
        "    \"g_legend_1\" [label=\"\", shape=\"point\", width=\"0.05\"];",
        "    \"g_legend_0\" -> \"g_legend_1\" [label=\"relation stated as fact\", style=\"solid\", color=\"#333333\"];",
        "    \"g_legend_2\" [label=\"\", shape=\"point\", width=\"0.05\"];",
        "    \"g_legend_3\" [label=\"\", shape=\"point\", width=\"0.05\"];",
        "    \"g_legend_2\" -> \"g_legend_3\" [label=\"relation the source hedges (\u201Capparently\u201D)\","
            + " style=\"dashed\", color=\"#b15928\"];",
        "    \"g_legend_4\" [label=\"\", shape=\"point\", width=\"0.05\"];",
        "    \"g_legend_5\" [label=\"\", shape=\"point\", width=\"0.05\"];",
        "    \"g_legend_4\" -> \"g_legend_5\" [label=\"relation asserted only by a claim\", style=\"dotted\","
            + " color=\"#6a3d9a\"];",
        "  }",
        "}",
        ""), GraphDot.write(GRAPH));
  }

  @Test
  void mermaidHasASubgraphPerGroupWithNodesLinksStyledInOrderAndALegend() {
    assertEquals(String.join("\n",
        "---",
        "title: \"Title\"",
        "---",
        "flowchart LR",
        "  accTitle: Title",
        "  accDescr: Desc",
        "  %% a note second",
        "  subgraph g0[\"A\"]",
        "    n0[\"Aland<br/>state\"]",
        "    n1[\"Minister<br/>says so [claim]\"]",
        "  end",
        "  subgraph g2[\"Third\"]",
        "    n2[\"+2 more parties<br/>X, Y\"]",
        "  end",
        "  n1 ---|\"acts for\"| n0",
        "  n2 -->|\"ally of\"| n0",
        "  n0 -.->|\"backs\"| n2",
        "  n2 -.->|\"apparently backs\"| n0",
        "  subgraph legend[\"Legend\"]",
        "    legend0a[\" \"] -->|\"relation stated as fact\"| legend0b[\" \"]",
        "    legend1a[\" \"] -.->|\"relation the source hedges (\u201Capparently\u201D)\"| legend1b[\" \"]",
        "    legend2a[\" \"] -.->|\"relation asserted only by a claim\"| legend2b[\" \"]",
        "  end",
        "  linkStyle 0 stroke:#999999",
        "  linkStyle 1 stroke:#333333",
        "  linkStyle 2 stroke:#6a3d9a,stroke-dasharray:2 3",
        "  linkStyle 3 stroke:#b15928,stroke-dasharray:7 4",
        "  linkStyle 4 stroke:#333333",
        "  linkStyle 5 stroke:#b15928",
        "  linkStyle 6 stroke:#6a3d9a",
        ""), GraphMermaid.write(GRAPH));
  }

  @Test
  void withoutLinksMermaidHasNoLegendAndDotAnEmptyOne() {
    Graph bare = new Graph("b", "T", "D", List.of(new Group("A", true)),
        List.of(new Node("n0", Optional.empty(), "X", List.of(), 0, Optional.empty())), List.of(), List.of());
    assertEquals(String.join("\n", "---", "title: \"T\"", "---", "flowchart LR", "  accTitle: T", "  accDescr: D",
        "  subgraph g0[\"A\"]", "    n0[\"X\"]", "  end", ""), GraphMermaid.write(bare));
    String dot = GraphDot.write(bare);
    assertEquals("  subgraph \"cluster_b_legend\" {\n    label=\"Legend\"; style=\"solid\"; color=\"#cccccc\";\n  }\n}\n",
        dot.substring(dot.indexOf("  subgraph \"cluster_b_legend\"")));
  }

  @Test
  void eachCertaintyHasItsDotStyle() {
    assertEquals(List.of("solid", "dashed", "dotted", "dashed"),
        List.of(Certainty.values()).stream().map(Certainty::dotStyle).toList());
    assertEquals(List.of("fact", "hedged", "claimed", "contested"),
        List.of(Certainty.values()).stream().map(Certainty::css).toList());
  }
}
