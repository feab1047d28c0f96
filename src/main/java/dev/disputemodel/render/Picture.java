package dev.disputemodel.render;

import java.util.List;

/**
 * A picture of a dispute, written as text in several formats. The content is fixed when the
 * picture is made; each format is written from it on demand, deterministically (the same picture
 * gives the same bytes).
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Picture permits TimelinePicture, AlignmentPicture, TerritoryPicture {
  /** Returns the picture's title ("Nagorno-Karabakh conflict: timeline"). */
  String title();

  /** Returns a plain-text description of what the picture shows, for readers who cannot see it. */
  String description();

  /**
   * Returns what the picture left out or drew in summary (aggregated rows, collapsed parties,
   * pages), each as a sentence also written in the picture; empty when everything is drawn.
   */
  List<String> notes();

  /** Returns the picture as a standalone SVG 1.1 document (UTF-8 text, XML-escaped). */
  String toSvg();

  /** Returns the picture as Mermaid text, for Markdown that forges render. */
  String toMermaid();
}
