package dev.disputemodel.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.disputemodel.query.ModelQueries;
import dev.disputemodel.time.FuzzyTime;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The small invented dispute's pictures, byte for byte, against the copies kept in
 * {@code src/test/resources/render/}: any change of layout shows here, to be looked at in a browser
 * and accepted or fixed. The geometric promises themselves are checked apart, on generated models,
 * by {@link PictureGeometryProperties}; these snapshots pin the exact arithmetic behind them.
 *
 * <p>After an intended change of the pictures, regenerate the copies from the repository's root
 * with {@code mvn -o -q test -Dtest=PictureSnapshotTest -Drender.updateSnapshots=true}, look at
 * them, and commit them with the change.
 */
class PictureSnapshotTest {
  private static final ModelQueries QUERIES = ModelQueries.over(PictureFixtures.model());
  private static final FuzzyTime JUNE_2003 = FuzzyTime.inMonth(YearMonth.of(2003, 6));

  private static void matches(String name, String svg) {
    SvgDocument.parse(svg);
    if (Boolean.getBoolean("render.updateSnapshots")) {
      try {
        Files.writeString(Path.of("src/test/resources/render", name), svg, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    try (InputStream in = PictureSnapshotTest.class.getResourceAsStream("/render/" + name)) {
      assertNotNull(in, "no snapshot " + name + ": regenerate with -Drender.updateSnapshots=true");
      assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), svg,
          name + " changed: look at it and regenerate with -Drender.updateSnapshots=true if intended");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void alignments() {
    matches("alignments.svg", AlignmentPicture.of(QUERIES, PictureFixtures.WAR, JUNE_2003, RenderOptions.defaults())
        .toSvg());
  }

  @Test
  void alignmentsNarrowAndCollapsed() {
    matches("alignments-480.svg", AlignmentPicture.of(QUERIES, PictureFixtures.WAR, JUNE_2003,
        RenderOptions.builder().width(480).build()).toSvg());
    matches("alignments-collapsed.svg", AlignmentPicture.of(QUERIES, PictureFixtures.WAR, JUNE_2003,
        RenderOptions.builder().maxNodes(4).width(800).build()).toSvg());
  }

  @Test
  void timelineOfTheConflict() {
    matches("timeline.svg", TimelinePicture.of(QUERIES, PictureFixtures.WAR, RenderOptions.defaults()).toSvg());
  }

  @Test
  void timelineAsKnownOnADateWithinARange() {
    RenderOptions options = RenderOptions.builder().asKnownOn(PictureFixtures.day(2003, 6, 5))
        .startDate(LocalDate.of(2001, 4, 1)).endDate(LocalDate.of(2003, 6, 30)).width(900).build();
    matches("timeline-known-range.svg", TimelinePicture.of(QUERIES, PictureFixtures.WAR, options).toSvg());
  }

  @Test
  void timelineInSummary() {
    matches("timeline-summary.svg", TimelinePicture.of(QUERIES, PictureFixtures.WAR,
        RenderOptions.builder().maxRows(8).build()).toSvg());
  }

  @Test
  void timelineOfATerritory() {
    matches("timeline-territory.svg", TimelinePicture.of(QUERIES, PictureFixtures.VALLEY, RenderOptions.defaults())
        .toSvg());
  }

  @Test
  void territoryStatus() {
    matches("territories.svg", TerritoryPicture.of(QUERIES, List.of(PictureFixtures.VALLEY), RenderOptions.defaults())
        .toSvg());
  }
}
