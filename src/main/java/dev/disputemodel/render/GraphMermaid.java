package dev.disputemodel.render;

import static dev.disputemodel.render.Escaping.mermaidLabel;
import static dev.disputemodel.render.Escaping.mermaidLine;

import dev.disputemodel.render.Graph.Certainty;
import dev.disputemodel.render.Graph.Line;
import dev.disputemodel.render.Graph.Link;
import dev.disputemodel.render.Graph.Node;
import java.util.EnumSet;
import java.util.Set;

/**
 * Writes a {@link Graph} as a Mermaid flowchart: one subgraph per group, a node per party with its
 * lines, a plain link from each attached official to the party it acts for, and the links drawn
 * solid for facts and dotted otherwise, each coloured by certainty with {@code linkStyle}. A legend
 * subgraph shows each style used. Labels are quoted, their special characters written as
 * Mermaid's entity codes.
 */
final class GraphMermaid {
  private GraphMermaid() {}

  /** Returns {@code graph} as Mermaid text. */
  static String write(Graph graph) {
    StringBuilder out = new StringBuilder(8 * 1024);
    out.append("---\ntitle: ").append(Escaping.yamlQuoted(graph.title())).append("\n---\n");
    out.append("flowchart LR\n");
    out.append("  accTitle: ").append(mermaidLine(graph.title())).append('\n');
    out.append("  accDescr: ").append(mermaidLine(graph.description())).append('\n');
    for (String note : graph.notes()) {
      out.append("  %% ").append(mermaidLine(note)).append('\n');
    }
    for (int g = 0; g < graph.groups().size(); g++) {
      int group = g;
      if (graph.nodes().stream().noneMatch(n -> n.group() == group)) {
        continue;
      }
      out.append("  subgraph g").append(g).append("[\"").append(mermaidLabel(graph.groups().get(g).label()))
          .append("\"]\n");
      for (Node n : graph.nodes()) {
        if (n.group() == g) {
          out.append("    ").append(n.key()).append("[\"").append(mermaidLabel(label(n))).append("\"]\n");
        }
      }
      out.append("  end\n");
    }
    int index = 0;
    StringBuilder styles = new StringBuilder();
    for (Node n : graph.nodes()) {
      if (n.attachedTo().isPresent()) {
        out.append("  ").append(n.key()).append(" ---|\"acts for\"| ").append(n.attachedTo().get()).append('\n');
        styles.append("  linkStyle ").append(index).append(" stroke:#999999\n");
        index++;
      }
    }
    Set<Certainty> used = EnumSet.noneOf(Certainty.class);
    for (Link l : graph.links()) {
      used.add(l.certainty());
      out.append("  ").append(l.from()).append(l.certainty() == Certainty.FACT ? " -->|\"" : " -.->|\"")
          .append(mermaidLabel(l.label())).append("\"| ").append(l.to()).append('\n');
      styles.append("  linkStyle ").append(index++).append(" stroke:").append(l.certainty().color())
          .append(l.certainty().dash().isEmpty() ? "" : ",stroke-dasharray:" + l.certainty().dash()).append('\n');
    }
    if (!used.isEmpty()) {
      out.append("  subgraph legend[\"Legend\"]\n");
      int i = 0;
      for (Certainty c : used) {
        out.append("    legend").append(i).append("a[\" \"] ").append(c == Certainty.FACT ? "-->|\"" : "-.->|\"")
            .append(mermaidLabel(c.legend())).append("\"| legend").append(i).append("b[\" \"]\n");
        styles.append("  linkStyle ").append(index++).append(" stroke:").append(c.color()).append('\n');
        i++;
      }
      out.append("  end\n");
    }
    out.append(styles);
    return out.toString();
  }

  private static String label(Node n) {
    StringBuilder s = new StringBuilder(n.name());
    for (Line line : n.lines()) {
      s.append('\n').append(line.claimed() ? line.text() + " [claim]" : line.text());
    }
    return s.toString();
  }
}
