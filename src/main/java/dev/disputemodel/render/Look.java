package dev.disputemodel.render;

/**
 * How a shape of a row picture is drawn and what the legend calls it: a fill, a stroke, an
 * optional dash pattern, and a class name the SVG carries ({@code class="look-episode"}).
 */
enum Look {
  EPISODE("#c6dbef", "#2b6ca3", "", "conflict or episode"),
  EVENT("#fdd0a2", "#c2410c", "", "event recorded as fact"),
  CEASEFIRE("#c7e9c0", "#2f7d32", "", "ceasefire, from its recorded times"),
  HOLDS("#a1d99b", "#2f7d32", "", "account: the ceasefire holds"),
  BROKEN("#fcbba1", "#c62828", "5 3", "account: violated, ended or never in effect"),
  VIOLATION("#c62828", "#c62828", "", "evidence of a violation (\u2715)"),
  ROLE("#dadaeb", "#5e3c99", "", "third-party role"),
  CLAIMED_ROLE("#efedf5", "#5e3c99", "4 3", "third-party role resting on a party's own claim"),
  CLAIM("#e0e0e0", "#555555", "", "claim"),
  CONTESTED("#ffd6d6", "#c62828", "", "claim on a contested question (\u2691)"),
  SOVEREIGN("#c6dbef", "#2b6ca3", "", "recognized sovereign (per observer)"),
  CONTROL("#fde0c5", "#b35806", "", "controller"),
  POPULATION("#d9f0d3", "#1b7837", "", "population (with its kin state)"),
  DIVERGENCE("#ffd6d6", "#c62828", "3 2", "sovereign \u2260 controller or kin state (\u2691)"),
  CONTEXT("#eeeeee", "#888888", "", "conflict with the territory at stake"),
  AGGREGATE("#9e9ac8", "#54278f", "", "many items in summary: darker where denser");

  private final String fill;
  private final String stroke;
  private final String dash;
  private final String legend;

  Look(String fill, String stroke, String dash, String legend) {
    this.fill = fill;
    this.stroke = stroke;
    this.dash = dash;
    this.legend = legend;
  }

  String fill() {
    return fill;
  }

  String stroke() {
    return stroke;
  }

  /** Returns the SVG dash pattern, empty for a solid line. */
  String dash() {
    return dash;
  }

  /** Returns what the legend says this look means. */
  String legend() {
    return legend;
  }

  /** Returns the name used in SVG classes and ids: {@code claimed-role}. */
  String css() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
