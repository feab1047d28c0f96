package dev.disputemodel.render;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * An SVG picture parsed as XML (which fails on any malformed markup or escaping), read back as
 * what a reader sees: rows with their labels and shapes, nodes, links, and all text.
 */
final class SvgDocument {
  private final Document document;

  private SvgDocument(Document document) {
    this.document = document;
  }

  /** Parses {@code svg}; throws if it is not well-formed XML. */
  static SvgDocument parse(String svg) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return new SvgDocument(f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
    }
  }

  Element root() {
    return document.getDocumentElement();
  }

  /** Returns the text of the root's {@code <title>} and {@code <desc>}. */
  String title() {
    return child(root(), "title").getTextContent();
  }

  String desc() {
    return child(root(), "desc").getTextContent();
  }

  /** Returns every element whose class attribute holds {@code cls}, in document order. */
  List<Element> withClass(Element under, String cls) {
    List<Element> out = new ArrayList<>();
    NodeList all = under.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (List.of(e.getAttribute("class").split(" ")).contains(cls)) {
        out.add(e);
      }
    }
    return out;
  }

  List<Element> withClass(String cls) {
    return withClass(root(), cls);
  }

  /** A row as drawn: its label text, entity, flag, and its shapes. */
  record Row(String label, String entity, boolean flagged, Element element) {}

  List<Row> rows() {
    List<Row> out = new ArrayList<>();
    for (Element g : withClass("row")) {
      String label = withClass(g, "label").get(0).getTextContent();
      out.add(new Row(label, g.getAttribute("data-entity"), g.getAttribute("data-flagged").equals("true"), g));
    }
    return out;
  }

  List<String> rowLabels() {
    return rows().stream().map(Row::label).toList();
  }

  List<String> headings() {
    return withClass("heading").stream().map(Element::getTextContent).toList();
  }

  /** Returns the labels drawn beside the shapes of {@code row}. */
  List<String> shapeLabels(Row row) {
    return withClass(row.element(), "shape-label").stream().map(Element::getTextContent).toList();
  }

  /** Returns the first row whose entity is {@code entity}. */
  Row row(String entity) {
    return rows().stream().filter(r -> r.entity().equals(entity)).findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + entity + " in " + rowLabels()));
  }

  /** Returns all text drawn, one string per {@code <text>} element, in document order. */
  List<String> texts() {
    List<String> out = new ArrayList<>();
    NodeList all = document.getElementsByTagName("text");
    for (int i = 0; i < all.getLength(); i++) {
      out.add(all.item(i).getTextContent());
    }
    return out;
  }

  private static Element child(Element e, String name) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && c.getTagName().equals(name)) {
        return c;
      }
    }
    throw new AssertionError("no <" + name + "> under <" + e.getTagName() + ">");
  }
}
