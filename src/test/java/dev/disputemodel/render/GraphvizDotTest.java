package dev.disputemodel.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.DisputeModel;
import dev.disputemodel.Party;
import dev.disputemodel.query.ModelQueries;
import dev.disputemodel.time.FuzzyTime;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The DOT output is read by Graphviz itself ({@code dot} from Debian's {@code graphviz}, which CI
 * installs): it must lay it out without an error or warning, and the drawing must hold every name.
 * Not skipped when {@code dot} is missing: the test fails and says what to install.
 */
class GraphvizDotTest {
  private static final FuzzyTime JUNE_2003 = FuzzyTime.inMonth(YearMonth.of(2003, 6));

  /** Runs {@code dot -Tsvg} on {@code source} and returns the text of every drawn {@code <text>}. */
  static List<String> drawnText(String source) throws Exception {
    Process dot;
    try {
      dot = new ProcessBuilder("dot", "-Tsvg").start();
    } catch (IOException e) {
      throw new AssertionError("Graphviz 'dot' is not installed: apt-get install graphviz", e);
    }
    dot.getOutputStream().write(source.getBytes(StandardCharsets.UTF_8));
    dot.getOutputStream().close();
    byte[] out = dot.getInputStream().readAllBytes();
    String err = new String(dot.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(dot.waitFor(60, TimeUnit.SECONDS), "dot finished");
    assertEquals(0, dot.exitValue(), err);
    assertEquals("", err, "dot said nothing on stderr");
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Document svg = f.newDocumentBuilder().parse(new ByteArrayInputStream(out));
    NodeList texts = svg.getElementsByTagName("text");
    List<String> drawn = new ArrayList<>();
    for (int i = 0; i < texts.getLength(); i++) {
      drawn.add(texts.item(i).getTextContent());
    }
    return drawn;
  }

  @Test
  void graphvizLaysOutTheAlignmentsAndDrawsEveryPartyAndLink() throws Exception {
    AlignmentPicture picture = AlignmentPicture.of(ModelQueries.over(PictureFixtures.model()), PictureFixtures.WAR,
        JUNE_2003, RenderOptions.defaults());
    List<String> drawn = drawnText(picture.toDot());
    for (Graph.Node n : picture.graph().nodes()) {
      assertTrue(drawn.contains(n.name()), n.name() + " in " + drawn);
    }
    for (Graph.Link l : picture.graph().links()) {
      assertTrue(drawn.contains(l.label()), l.label() + " in " + drawn);
    }
    assertTrue(drawn.contains("Legend"), drawn.toString());
  }

  @Test
  void graphvizReadsNamesWithQuotesBackslashesAndMarkup() throws Exception {
    String name = "Q \"uoted\" \\ back <b>tag</b> & co";
    DisputeModel model = PictureFixtures.model();
    List<Party> parties = model.parties().stream()
        .map(p -> p.id().equals(PictureFixtures.NORTHLAND) ? p.withName(name) : p).toList();
    AlignmentPicture picture = AlignmentPicture.of(ModelQueries.over(model.withParties(parties)),
        PictureFixtures.WAR, JUNE_2003, RenderOptions.defaults());
    assertTrue(drawnText(picture.toDot()).contains(name));
  }
}
