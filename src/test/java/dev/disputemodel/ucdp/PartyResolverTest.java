package dev.disputemodel.ucdp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartyResolverTest {
  @Test
  void namesSplitOutsideParentheses() {
    assertEquals(List.of("CPP", "Military faction (forces of Honasan, Abenina & Zumel)"),
        PartyResolver.splitNames("CPP, Military faction (forces of Honasan, Abenina & Zumel)"));
    assertEquals(List.of(), PartyResolver.splitNames(""));
  }
}
