package dev.disputemodel.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How row shapes are drawn and named: the class name in the SVG, the colours and dashes, the legend's words. */
class LookTest {
  @Test
  void eachLookHasItsClassNameColoursDashAndLegend() {
    assertEquals("claimed-role", Look.CLAIMED_ROLE.css());
    assertEquals("episode", Look.EPISODE.css());
    assertEquals(List.of("#fcbba1", "#c62828", "5 3", "account: violated, ended or never in effect"),
        List.of(Look.BROKEN.fill(), Look.BROKEN.stroke(), Look.BROKEN.dash(), Look.BROKEN.legend()));
    assertEquals(List.of("#c6dbef", "#2b6ca3", ""), List.of(Look.EPISODE.fill(), Look.EPISODE.stroke(), Look.EPISODE.dash()));
    // Every look says something different in the legend.
    assertEquals(Look.values().length, Arrays.stream(Look.values()).map(Look::legend).distinct().count());
  }
}
