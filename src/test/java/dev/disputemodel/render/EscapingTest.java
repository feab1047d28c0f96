package dev.disputemodel.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.DisputeModel;
import dev.disputemodel.Party;
import dev.disputemodel.query.ModelQueries;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names hold any character; every format writes them so that it still parses and shows them. */
class EscapingTest {
  private static final String NASTY = "O'Brien & <Sons> \"Ltd\" #1; a:b | `x` \\ \u0007end";

  @Test
  void xmlEscapesMarkupAndReplacesCharactersXmlForbids() {
    assertEquals("O&apos;Brien &amp; &lt;Sons&gt; &quot;Ltd&quot; #1; a:b | `x` \\ \uFFFDend", Escaping.xml(NASTY));
    assertEquals("\uD83D\uDE00 \uFFFD \uFFFD", Escaping.xml("\uD83D\uDE00 \uD83D \uFFFE"));
    assertEquals("tab\tnew\nline", Escaping.xml("tab\tnew\nline"));
  }

  @Test
  void dotQuotesEscapeBackslashAndQuoteAndWriteLineBreaks() {
    assertEquals("\"O'Brien & <Sons> \\\"Ltd\\\" #1; a:b | `x` \\\\ end\"", Escaping.dot(NASTY));
    assertEquals("\"a\\nb\"", Escaping.dot("a\nb"));
  }

  @Test
  void mermaidLabelsUseEntityCodesAndLinesLoseTheirSeparators() {
    assertEquals("O'Brien #amp; #lt;Sons#gt; #quot;Ltd#quot; #35;1; a:b #124; #96;x#96; \\ end",
        Escaping.mermaidLabel(NASTY));
    assertEquals("O'Brien & <Sons> \"Ltd\" \u266F1, a\u2236b | `x` \\ end", Escaping.mermaidLine(NASTY));
    assertEquals("(unnamed)", Escaping.mermaidLine(" \n "));
    assertEquals("\"say \\\"hi\\\" \\\\ there\"", Escaping.yamlQuoted("say \"hi\" \\\nthere".replace("\\\n", "\\ ")));
  }

  @Test
  void aPartyWithEveryDifficultCharacterIsDrawnAndReadBackVerbatim() {
    DisputeModel model = PictureFixtures.model();
    List<Party> parties = model.parties().stream()
        .map(p -> p.id().equals(PictureFixtures.SOUTHLAND) ? p.withName(NASTY.replace("\u0007", "")) : p).toList();
    ModelQueries queries = ModelQueries.over(model.withParties(parties));
    String name = NASTY.replace("\u0007", "");
    AlignmentPicture alignments = AlignmentPicture.of(queries, PictureFixtures.WAR,
        dev.disputemodel.time.FuzzyTime.inYear(java.time.Year.of(2003)), RenderOptions.defaults());
    SvgDocument svg = SvgDocument.parse(alignments.toSvg());
    assertTrue(String.join(" ", svg.texts()).contains(name), svg.texts().toString());
    assertTrue(svg.desc().contains(name));
    SvgDocument timeline = SvgDocument.parse(TimelinePicture.of(queries, PictureFixtures.WAR, RenderOptions.defaults()).toSvg());
    assertTrue(timeline.texts().stream().anyMatch(t -> t.contains(name)), timeline.texts().toString());
    String quoted = Escaping.dot(name);
    assertTrue(alignments.toDot().contains(quoted.substring(1, quoted.length() - 1) + "\\nstate"), alignments.toDot());
    assertTrue(alignments.toMermaid().contains(Escaping.mermaidLabel(name)));
  }

  @Test
  void controlCharactersAreKeptDroppedOrReplacedAsEachFormatAllows() {
    String controls = "a\tb\rc\u001Fd e\u0000";
    // XML keeps tab, CR and line feed, replaces the other control characters; an unpaired high
    // surrogate at the very end is replaced too, as is a low surrogate alone.
    assertEquals("a\tb\rc\uFFFDd e\uFFFD", Escaping.xml(controls));
    assertEquals("x\uFFFD", Escaping.xml("x\uD83D"));
    assertEquals("\uFFFDx", Escaping.xml("\uDE00x"));
    assertEquals("\uFFFD\uFFFD", Escaping.xml("\uFFFF\uFFFE"));
    // DOT keeps the tab, drops CR and the others.
    assertEquals("\"a\tbcd e\"", Escaping.dot(controls));
    // Mermaid labels keep the tab; Mermaid lines and YAML make tab and CR spaces.
    assertEquals("a\tbcd e", Escaping.mermaidLabel(controls));
    assertEquals("a b cd e", Escaping.mermaidLine(controls));
    assertEquals("\"a b cd e\"", Escaping.yamlQuoted(controls));
    assertEquals("\"a b\"", Escaping.yamlQuoted("a\nb"));
    assertEquals("a b", Escaping.mermaidLine("a\nb"));
    assertEquals("a<br/>b", Escaping.mermaidLabel("a\nb"));
  }
}
