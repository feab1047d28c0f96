package dev.disputemodel.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.disputemodel.InvalidValueException;
import dev.disputemodel.time.Certainty;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class RenderOptionsTest {
  @Test
  void defaultsDrawEverythingAt1200Pixels() {
    RenderOptions o = RenderOptions.defaults();
    assertEquals(1200, o.width());
    assertEquals(60, o.maxRows());
    assertEquals(40, o.maxNodes());
    assertEquals(1, o.page());
    assertEquals(Optional.empty(), o.asKnownOn());
    assertEquals(Certainty.DEFINITELY, o.knownCertainty());
    assertEquals(Optional.empty(), o.startDate());
    assertEquals(Optional.empty(), o.endDate());
  }

  @Test
  void badValuesAreRejectedNamingFieldAndValue() {
    RenderOptions o = RenderOptions.defaults();
    rejects("width", "479", () -> o.withWidth(479));
    rejects("width", "4001", () -> o.withWidth(4001));
    rejects("maxRows", "7", () -> o.withMaxRows(7));
    rejects("maxNodes", "3", () -> o.withMaxNodes(3));
    rejects("page", "0", () -> o.withPage(0));
    rejects("knownCertainty", "NOT", () -> o.withKnownCertainty(Certainty.NOT));
    rejects("endDate", "2020-01-01", () -> RenderOptions.builder()
        .startDate(LocalDate.of(2020, 1, 2)).endDate(LocalDate.of(2020, 1, 1)).build());
  }

  @Test
  void edgeValuesAreAccepted() {
    assertEquals(480, RenderOptions.defaults().withWidth(480).width());
    assertEquals(4000, RenderOptions.defaults().withWidth(4000).width());
    assertEquals(8, RenderOptions.defaults().withMaxRows(8).maxRows());
    LocalDate day = LocalDate.of(2020, 1, 1);
    assertEquals(Optional.of(day), RenderOptions.builder().startDate(day).endDate(day).build().endDate());
  }

  private static void rejects(String field, String value, Executable build) {
    InvalidValueException e = assertThrows(InvalidValueException.class, build);
    assertEquals("RenderOptions", e.type());
    assertEquals(field, e.field());
    assertEquals(value, e.value());
  }
}
