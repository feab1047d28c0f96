package dev.disputemodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.disputemodel.Conflict;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Party;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The story's three pictures, checked as XML against the model, in a real browser (headless
 * Chromium: each renders, is not blank, and shows the labels a reader needs, none covering
 * another), by Graphviz for the DOT, and against the copies committed under {@code docs/pictures}.
 */
class StoryPicturesTest {
  private static final DisputeModel MODEL = BorderClash2022.model();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path dir;

  @BeforeAll
  static void write() throws IOException {
    StoryPictures.write(MODEL, dir);
  }

  private static String read(String file) throws IOException {
    return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
  }

  private static Document xml(String file) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(dir.resolve(file).toFile());
  }

  private static Set<String> attributes(Document doc, String cls, String attribute) {
    Set<String> out = new LinkedHashSet<>();
    NodeList all = doc.getElementsByTagName("g");
    for (int i = 0; i < all.getLength(); i++) {
      Element g = (Element) all.item(i);
      if (List.of(g.getAttribute("class").split(" ")).contains(cls)) {
        out.add(g.getAttribute(attribute));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- the SVG as XML, against the model

  @Test
  @DisplayName("every party of the story is on the alignment graph")
  void everyPartyIsOnTheAlignmentGraph() throws Exception {
    Set<String> nodes = attributes(xml("story-alignments.svg"), "node", "data-entity");
    for (Party p : MODEL.parties()) {
      assertTrue(nodes.contains(p.id().toString()), p.name() + " on the alignments: " + nodes);
    }
  }

  @Test
  @DisplayName("the conflict and every episode are on the timeline")
  void everyEpisodeIsOnTheTimeline() throws Exception {
    Set<String> rows = attributes(xml("story-timeline.svg"), "row", "data-entity");
    for (Conflict c : MODEL.conflicts()) {
      assertTrue(rows.contains(c.id().toString()), c.name() + " on the timeline: " + rows);
    }
  }

  @Test
  @DisplayName("the contested ceasefire is flagged and split into its two accounts")
  void theContestedCeasefireIsSplitIntoItsAccounts() throws Exception {
    Document timeline = xml("story-timeline.svg");
    NodeList groups = timeline.getElementsByTagName("g");
    List<String> labels = new java.util.ArrayList<>();
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      if (g.getAttribute("class").equals("row") && g.getAttribute("data-entity").equals("Ceasefire:S2")) {
        labels.add(g.getAttribute("data-flagged") + " " + g.getElementsByTagName("text").item(0).getTextContent());
      }
    }
    assertEquals(List.of("true \u2691 September 2022 ceasefire: contested", " holding, says Russia",
        "true \u2691 violated, says Armenia"), labels);
  }

  // ---------------------------------------------------------------- in a real browser

  private static final List<String> PICTURES = List.of("story-timeline", "story-alignments", "story-territories");

  @Test
  @DisplayName("each picture renders in headless Chromium and is not blank")
  void eachPictureRendersAndIsNotBlank() throws Exception {
    for (String name : PICTURES) {
      Document svg = xml(name + ".svg");
      int width = (int) Math.ceil(Double.parseDouble(svg.getDocumentElement().getAttribute("width")));
      int height = (int) Math.ceil(Double.parseDouble(svg.getDocumentElement().getAttribute("height")));
      Path page = dir.resolve(name + "-img.html");
      Files.writeString(page, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>body{margin:0}</style>"
          + "</head><body><img src=\"" + name + ".svg\"></body></html>", StandardCharsets.UTF_8);
      Path png = dir.resolve(name + ".png");
      Chromium.screenshot(page, png, Math.max(width, 500), height + 160);
      BufferedImage image = ImageIO.read(png.toFile());
      assertTrue(image.getWidth() >= width, name + " screenshot width " + image.getWidth());
      long inked = 0;
      Set<Integer> colours = new HashSet<>();
      for (int y = 0; y < Math.min(height, image.getHeight()); y++) {
        for (int x = 0; x < width; x++) {
          int rgb = image.getRGB(x, y) & 0xFFFFFF;
          colours.add(rgb);
          int r = rgb >> 16;
          int g = (rgb >> 8) & 0xFF;
          int b = rgb & 0xFF;
          if (r + g + b < 3 * 235) {
            inked++;
          }
        }
      }
      double share = (double) inked / ((long) width * height);
      assertTrue(share > 0.02, name + " is nearly blank: " + share + " of its pixels are inked");
      assertTrue(colours.size() > 20, name + " has only " + colours.size() + " colours");
      // The bottom of the picture (its legend) is drawn too: the whole SVG loaded.
      boolean legendInked = false;
      for (int y = height - 60; y < height && !legendInked; y++) {
        for (int x = 0; x < width / 2; x++) {
          legendInked |= (image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF;
        }
      }
      assertTrue(legendInked, name + ": the legend at the bottom is drawn");
    }
  }

  /** Loads all three SVGs inline in one page whose script reports each picture's drawn text. */
  private static JsonNode browserReport() throws Exception {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>");
    for (String name : PICTURES) {
      String svg = read(name + ".svg").replaceFirst("^<\\?xml[^>]*\\?>\\s*", "");
      html.append("<div id=\"").append(name).append("\">").append(svg).append("</div>");
    }
    html.append("<pre id=\"report\"></pre><script>").append(REPORT_SCRIPT).append("</script></body></html>");
    Path page = dir.resolve("story-pictures.html");
    Files.writeString(page, html, StandardCharsets.UTF_8);
    String dom = Chromium.dumpDom(page);
    Matcher m = Pattern.compile("<pre id=\"report\">(.*?)</pre>", Pattern.DOTALL).matcher(dom);
    assertTrue(m.find(), "the page's script ran and reported");
    String report = m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    return JSON.readTree(report);
  }

  /**
   * For each picture: every drawn text with its box, whether any text has no box, lies outside the
   * picture, or overlaps another text by more than a pixel.
   */
  private static final String REPORT_SCRIPT = String.join("\n",
      "const report = {};",
      "for (const div of document.querySelectorAll('div[id]')) {",
      "  const svg = div.querySelector('svg'); const box = svg.getBoundingClientRect();",
      "  const r = {texts: [], empty: 0, outside: [], overlaps: []}; const boxes = [];",
      "  for (const t of svg.querySelectorAll('text')) {",
      "    const b = t.getBoundingClientRect(); r.texts.push(t.textContent);",
      "    if (t.textContent.trim() === '') continue;",
      "    if (b.width === 0 || b.height === 0) { r.empty++; continue; }",
      "    if (b.left < box.left - 1 || b.right > box.right + 1 || b.top < box.top - 1 || b.bottom > box.bottom + 1)",
      "      r.outside.push(t.textContent);",
      "    for (const [o, s] of boxes) {",
      "      const w = Math.min(b.right, o.right) - Math.max(b.left, o.left);",
      "      const h = Math.min(b.bottom, o.bottom) - Math.max(b.top, o.top);",
      "      if (w > 1 && h > 1) r.overlaps.push(s + ' | ' + t.textContent);",
      "    }",
      "    boxes.push([b, t.textContent]);",
      "  }",
      "  report[div.id] = r;",
      "}",
      "document.getElementById('report').textContent = JSON.stringify(report);");

  @Test
  @DisplayName("the browser shows the labels a reader needs, none outside the picture or over another")
  void theBrowserShowsTheLabelsAReaderNeeds() throws Exception {
    JsonNode report = browserReport();
    Map<String, List<String>> needed = Map.of(
        "story-timeline", List.of("Nagorno-Karabakh conflict: timeline", "Armenia", "Azerbaijan", "Russia",
            "\u2691 September 2022 ceasefire: contested", "holding, says Russia", "\u2691 violated, says Armenia",
            "1980s \u2013 ongoing", "27 Sep 2020 \u2013 10 Nov 2020", "12 Sep 2022 night \u2013 ongoing",
            "effective 13 Sep 2022 morning \u2013 no end recorded", "Legend"),
        "story-alignments", List.of("Alignments in the Nagorno-Karabakh conflict on 13 Sep 2022", "Armenia",
            "Azerbaijan", "Russia", "Turkey", "United States", "Nikol Pashinyan", "ally of", "apparently backs",
            "Legend"),
        "story-territories", List.of("Nagorno-Karabakh (region)", "Azerbaijan", "\u2691 kin state \u2260 sovereign",
            "Armenia (occupies)", "10 Nov 2020", "Legend"));
    for (String name : PICTURES) {
      JsonNode r = report.get(name);
      List<String> texts = new java.util.ArrayList<>();
      r.get("texts").forEach(t -> texts.add(t.asText()));
      for (String label : needed.get(name)) {
        assertTrue(texts.stream().anyMatch(t -> t.contains(label)), name + " shows \"" + label + "\": " + texts);
      }
      assertEquals(0, r.get("empty").asInt(), name + ": every text is laid out");
      assertEquals("[]", r.get("outside").toString(), name + ": no text outside the picture");
      assertEquals("[]", r.get("overlaps").toString(), name + ": no text over another");
    }
  }

  // ---------------------------------------------------------------- DOT and the committed copies

  @Test
  @DisplayName("Graphviz lays out the alignments' DOT without a word of complaint")
  void graphvizReadsTheDot() throws Exception {
    Process dot;
    try {
      dot = new ProcessBuilder("dot", "-Tsvg").start();
    } catch (IOException e) {
      throw new AssertionError("Graphviz 'dot' is needed: apt-get install graphviz (.ci/run installs it)", e);
    }
    dot.getOutputStream().write(read("story-alignments.dot").getBytes(StandardCharsets.UTF_8));
    dot.getOutputStream().close();
    byte[] svg = dot.getInputStream().readAllBytes();
    String err = new String(dot.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(dot.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, dot.exitValue(), err);
    assertEquals("", err);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    String drawn = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg)).getDocumentElement().getTextContent();
    for (Party p : MODEL.parties()) {
      assertTrue(drawn.contains(p.name()), p.name() + " drawn by Graphviz");
    }
  }

  @Test
  @DisplayName("the pictures committed under docs/pictures are up to date")
  void theCommittedPicturesAreUpToDate() throws IOException {
    Path committed = Path.of(System.getProperty("dispute-model.pictures", "../docs/pictures"));
    for (String file : StoryPictures.FILES) {
      Path copy = committed.resolve(file);
      assertTrue(Files.isRegularFile(copy), copy.toAbsolutePath() + " exists");
      assertEquals(read(file), Files.readString(copy, StandardCharsets.UTF_8), file + " is out of date;"
          + " regenerate from the repository's root: mvn -B -q install -DskipTests -Dinvoker.skip &&"
          + " mvn -B -q -f examples/pom.xml compile exec:java -Dexec.args=\"$PWD/docs/pictures\"");
    }
  }

  @Test
  @DisplayName("ReferenceStory.main writes the three pictures into the directory it is given")
  void mainWritesThePictures(@TempDir Path target) throws IOException {
    java.io.PrintStream out = System.out;
    java.io.PrintStream err = System.err;
    try (java.io.PrintStream quiet = new java.io.PrintStream(java.io.OutputStream.nullOutputStream())) {
      System.setOut(quiet);
      System.setErr(quiet);
      ReferenceStory.main(new String[] {target.toString()});
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    for (String file : StoryPictures.FILES) {
      assertEquals(read(file), Files.readString(target.resolve(file), StandardCharsets.UTF_8), file);
    }
  }
}
