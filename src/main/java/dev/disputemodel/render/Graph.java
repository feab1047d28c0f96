package dev.disputemodel.render;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.EntityId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The content of an alignment picture: parties as nodes in groups (one per side, one for third
 * parties and other voices), officials attached to the party they act for, and links between
 * parties drawn by how sure they are. Written as SVG by {@link GraphSvg}, as DOT by
 * {@link GraphDot} and as a Mermaid flowchart by {@link GraphMermaid}.
 *
 * @param prefix the prefix of ids inside the SVG
 * @param title the title
 * @param description what the picture shows, in plain text
 * @param groups the groups, in order
 * @param nodes the nodes, in order; every node's group indexes {@code groups}
 * @param links the links, in order; their ends are node keys
 * @param notes what was collapsed, each a sentence
 */
record Graph(
    String prefix, String title, String description, List<Group> groups, List<Node> nodes,
    List<Link> links, List<String> notes) {
  Graph {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    groups = ImmutableList.copyOf(groups);
    nodes = ImmutableList.copyOf(nodes);
    links = ImmutableList.copyOf(links);
    notes = ImmutableList.copyOf(notes);
  }

  /** A group of nodes: a side of the conflict, or the third parties and other voices. */
  record Group(String label, boolean side) {
    Group {
      Objects.requireNonNull(label, "label");
    }
  }

  /**
   * A party, or the parties collapsed into one.
   *
   * @param key the node's key in every format ({@code n0}, {@code n1}, ...)
   * @param entity the party drawn, empty for a collapsed node
   * @param name its name
   * @param lines what it is and does, one line each
   * @param group the index of its group
   * @param attachedTo the key of the node it acts for, if it is drawn attached to one
   */
  record Node(
      String key, Optional<EntityId> entity, String name, List<Line> lines, int group,
      Optional<String> attachedTo) {
    Node {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(entity, "entity");
      Objects.requireNonNull(name, "name");
      lines = ImmutableList.copyOf(lines);
      Objects.requireNonNull(attachedTo, "attachedTo");
    }
  }

  /** A line of text on a node; {@code claimed} when it rests only on a party's own claim. */
  record Line(String text, boolean claimed) {
    Line {
      Objects.requireNonNull(text, "text");
    }
  }

  /** How sure a link is, and so how it is drawn. */
  enum Certainty {
    /** Stated as fact by a source: a solid line. */
    FACT("#333333", "", "solid", "relation stated as fact"),
    /** Stated by a source with a hedge ("apparently"): a dashed line. */
    HEDGED("#b15928", "7 4", "dashed", "relation the source hedges (\u201Capparently\u201D)"),
    /** Asserted only by a claim: a dotted line. */
    CLAIMED("#6a3d9a", "2 3", "dotted", "relation asserted only by a claim"),
    /** Asserted by one claim and denied by another: a red dash-dot line. */
    CONTESTED("#c62828", "8 3 2 3", "dashed", "relation asserted and denied: contested");

    private final String color;
    private final String dash;
    private final String dotStyle;
    private final String legend;

    Certainty(String color, String dash, String dotStyle, String legend) {
      this.color = color;
      this.dash = dash;
      this.dotStyle = dotStyle;
      this.legend = legend;
    }

    String color() {
      return color;
    }

    String dash() {
      return dash;
    }

    /** Returns the DOT edge style: solid, dashed or dotted. */
    String dotStyle() {
      return dotStyle;
    }

    String legend() {
      return legend;
    }

    String css() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * A directed link between two nodes.
   *
   * @param from the key of the node it starts at
   * @param to the key of the node it points to
   * @param label what it says ("ally of", "apparently backs")
   * @param certainty how sure it is
   * @param tooltip who says so, in full
   * @param entity the relation or claim it draws, if one
   */
  record Link(
      String from, String to, String label, Certainty certainty, String tooltip,
      Optional<EntityId> entity) {
    Link {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(certainty, "certainty");
      Objects.requireNonNull(tooltip, "tooltip");
      Objects.requireNonNull(entity, "entity");
    }
  }
}
