package dev.disputemodel.ucdp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartyResolverTest {
  @Test
  void namesSplitOutsideParentheses() {
    assertEquals(List.of("CPP", "Military faction (forces of Honasan, Abenina & Zumel)"),
        PartyMentions.splitNames("CPP, Military faction (forces of Honasan, Abenina & Zumel)"));
    assertEquals(List.of(), PartyMentions.splitNames(""));
    assertEquals(List.of("a (b))", "c"), PartyMentions.splitNames("a (b)), c"),
        "a closing parenthesis too many does not stop the next comma from splitting");
  }
}
