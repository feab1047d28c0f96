package dev.disputemodel.examples;

import dev.disputemodel.DisputeModel;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.query.ModelQueries;
import dev.disputemodel.render.AlignmentPicture;
import dev.disputemodel.render.RenderOptions;
import dev.disputemodel.render.TerritoryPicture;
import dev.disputemodel.render.TimelinePicture;
import dev.disputemodel.time.FuzzyTime;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference story's three pictures: the timeline of the Nagorno-Karabakh conflict with its
 * episodes, the alignments on Tuesday 13 September 2022 (the day the ceasefire Russia says it
 * brokered took effect), and the status of the story's territories. Each is written as SVG and
 * Mermaid, the alignments also as Graphviz DOT.
 *
 * <p>{@code README.md} and {@code docs/pictures.md} show the pictures committed under
 * {@code docs/pictures/}; regenerate them from the repository's root with
 * <pre>
 * mvn -B -q install -DskipTests -Dinvoker.skip
 * mvn -B -q -f examples/pom.xml compile exec:java -Dexec.args="$PWD/docs/pictures"
 * </pre>
 * A test fails when the committed pictures differ from what this class writes.
 */
public final class StoryPictures {
  private StoryPictures() {}

  /** The day of the alignments: Tuesday 13 September 2022, when the ceasefire took effect. */
  public static final FuzzyTime ALIGNMENTS_ON = FuzzyTime.onDay(LocalDate.of(2022, 9, 13));

  /** The file names written, in order. */
  public static final List<String> FILES = List.of(
      "story-timeline.svg", "story-timeline.mmd",
      "story-alignments.svg", "story-alignments.mmd", "story-alignments.dot",
      "story-territories.svg", "story-territories.mmd");

  /** Returns the timeline of the dispute over Nagorno-Karabakh (C1) and its three episodes. */
  public static TimelinePicture timeline(DisputeModel model) {
    return TimelinePicture.of(ModelQueries.over(model), BorderClash2022.DISPUTE, RenderOptions.defaults());
  }

  /** Returns who stood where in the dispute on 13 September 2022. */
  public static AlignmentPicture alignments(DisputeModel model) {
    return AlignmentPicture.of(ModelQueries.over(model), BorderClash2022.DISPUTE, ALIGNMENTS_ON,
        RenderOptions.defaults());
  }

  /** Returns the status of every territory of the story that lies within no other. */
  public static TerritoryPicture territories(DisputeModel model) {
    List<TerritoryId> roots = model.territories().stream()
        .filter(t -> t.parent().isEmpty()).map(Territory::id).toList();
    return TerritoryPicture.of(ModelQueries.over(model), roots, RenderOptions.defaults());
  }

  /**
   * Writes the pictures of {@code model} into {@code directory} (created if needed) under the
   * names of {@link #FILES}, as UTF-8, and returns their paths in that order.
   *
   * @throws IOException if a file cannot be written
   */
  public static List<Path> write(DisputeModel model, Path directory) throws IOException {
    Files.createDirectories(directory);
    TimelinePicture timeline = timeline(model);
    AlignmentPicture alignments = alignments(model);
    TerritoryPicture territories = territories(model);
    List<String> texts = List.of(
        timeline.toSvg(), timeline.toMermaid(),
        alignments.toSvg(), alignments.toMermaid(), alignments.toDot(),
        territories.toSvg(), territories.toMermaid());
    List<Path> written = new ArrayList<>();
    for (int i = 0; i < FILES.size(); i++) {
      written.add(Files.writeString(directory.resolve(FILES.get(i)), texts.get(i), StandardCharsets.UTF_8));
    }
    return written;
  }
}
