package dev.disputemodel.render;

import static dev.disputemodel.render.Escaping.dot;

import dev.disputemodel.render.Graph.Certainty;
import dev.disputemodel.render.Graph.Line;
import dev.disputemodel.render.Graph.Link;
import dev.disputemodel.render.Graph.Node;
import java.util.EnumSet;
import java.util.Set;

/**
 * Writes a {@link Graph} as Graphviz DOT: one cluster per group, a node per party with its lines
 * as the label, an undirected grey edge from each attached official to the party it acts for,
 * and the links styled by certainty (solid fact, dashed hedged, dotted claimed, red contested).
 * A legend cluster shows each style used. Every identifier and label is a quoted DOT string.
 */
final class GraphDot {
  private GraphDot() {}

  /** Returns {@code graph} as DOT. */
  static String write(Graph graph) {
    StringBuilder out = new StringBuilder(8 * 1024);
    out.append("digraph ").append(dot(graph.prefix())).append(" {\n");
    out.append("  graph [label=").append(dot(graph.title() + "\n" + graph.description()))
        .append(", labelloc=\"t\", labeljust=\"l\", fontname=\"DejaVu Sans\", rankdir=\"LR\", nodesep=\"0.3\"")
        .append(", tooltip=").append(dot(graph.description())).append("];\n");
    out.append("  node [shape=\"box\", style=\"rounded,filled\", fillcolor=\"#ffffff\", fontname=\"DejaVu Sans\", fontsize=\"11\"];\n");
    out.append("  edge [fontname=\"DejaVu Sans\", fontsize=\"10\"];\n");
    for (String note : graph.notes()) {
      out.append("  // ").append(note.replace('\n', ' ')).append('\n');
    }
    for (int g = 0; g < graph.groups().size(); g++) {
      int group = g;
      if (graph.nodes().stream().noneMatch(n -> n.group() == group)) {
        continue;
      }
      Graph.Group gr = graph.groups().get(g);
      out.append("  subgraph ").append(dot("cluster_" + graph.prefix() + "_g" + g)).append(" {\n");
      out.append("    label=").append(dot(gr.label())).append("; style=").append(dot(gr.side() ? "filled" : "dashed"))
          .append("; fillcolor=\"#f4f8fc\"; color=").append(dot(gr.side() ? "#2b6ca3" : "#999999")).append(";\n");
      for (Node n : graph.nodes()) {
        if (n.group() == g) {
          node(out, n);
        }
      }
      out.append("  }\n");
    }
    for (Node n : graph.nodes()) {
      n.attachedTo().ifPresent(h -> out.append("  ").append(dot(n.key())).append(" -> ").append(dot(h))
          .append(" [arrowhead=\"none\", color=\"#999999\", label=\"acts for\", fontcolor=\"#777777\"];\n"));
    }
    Set<Certainty> used = EnumSet.noneOf(Certainty.class);
    for (Link l : graph.links()) {
      used.add(l.certainty());
      out.append("  ").append(dot(l.from())).append(" -> ").append(dot(l.to())).append(" [label=")
          .append(dot(l.label())).append(", style=").append(dot(l.certainty().dotStyle())).append(", color=")
          .append(dot(l.certainty().color())).append(", fontcolor=").append(dot(l.certainty().color()))
          .append(", tooltip=").append(dot(l.tooltip())).append("];\n");
    }
    out.append("  subgraph ").append(dot("cluster_" + graph.prefix() + "_legend")).append(" {\n");
    out.append("    label=\"Legend\"; style=\"solid\"; color=\"#cccccc\";\n");
    int i = 0;
    for (Certainty c : used) {
      String a = graph.prefix() + "_legend_" + i++;
      String b = graph.prefix() + "_legend_" + i++;
      out.append("    ").append(dot(a)).append(" [label=\"\", shape=\"point\", width=\"0.05\"];\n");
      out.append("    ").append(dot(b)).append(" [label=\"\", shape=\"point\", width=\"0.05\"];\n");
      out.append("    ").append(dot(a)).append(" -> ").append(dot(b)).append(" [label=").append(dot(c.legend()))
          .append(", style=").append(dot(c.dotStyle())).append(", color=").append(dot(c.color())).append("];\n");
    }
    out.append("  }\n");
    out.append("}\n");
    return out.toString();
  }

  private static void node(StringBuilder out, Node n) {
    StringBuilder label = new StringBuilder(n.name());
    for (Line line : n.lines()) {
      label.append('\n').append(line.claimed() ? line.text() + " [claim]" : line.text());
    }
    out.append("    ").append(dot(n.key())).append(" [label=").append(dot(label))
        .append(n.entity().isEmpty() ? ", style=\"dashed\"" : "")
        .append(n.attachedTo().isPresent() ? ", fontsize=\"10\"" : "").append("];\n");
  }
}
