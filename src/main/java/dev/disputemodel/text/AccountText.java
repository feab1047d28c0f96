package dev.disputemodel.text;

import static dev.disputemodel.text.Phrases.figure;
import static dev.disputemodel.text.Phrases.when;
import static dev.disputemodel.text.Phrases.period;
import static dev.disputemodel.text.Phrases.words;
import static dev.disputemodel.text.Phrases.hedged;

import dev.disputemodel.Agreement;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireStatus;
import dev.disputemodel.ChainLink;
import dev.disputemodel.Claim;
import dev.disputemodel.Conflict;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Event;
import dev.disputemodel.ForceStrength;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.Party;
import dev.disputemodel.PartyRelation;
import dev.disputemodel.BindingForce;
import dev.disputemodel.Ruling;
import dev.disputemodel.Source;
import dev.disputemodel.Territory;
import dev.disputemodel.check.Checker;
import dev.disputemodel.check.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes the text of {@link ModelAccount#toText()}: one section per kind of entity in model order,
 * the contradictions decidable from the types and the standard checker's report. One instance
 * writes one text.
 */
final class AccountText {
  private final DisputeModel model;
  private final Labels names;
  private final Statements statements;
  private final Function<Report, String> report;
  private final StringBuilder out = new StringBuilder();

  AccountText(DisputeModel model, Labels names, Statements statements, Function<Report, String> report) {
    this.model = model;
    this.names = names;
    this.statements = statements;
    this.report = report;
  }

  /** Writes the whole account (see {@link ModelAccount#toText()}). */
  String write() {
    line("SOURCES");
    model.sources().forEach(this::source);
    section("PARTIES");
    model.parties().forEach(this::party);
    section("RELATIONS");
    model.relations().forEach(this::relation);
    section("TERRITORIES");
    model.territories().forEach(this::territory);
    section("CONFLICTS AND EPISODES");
    model.conflicts().stream().filter(c -> c.parent().isEmpty()).forEach(c -> conflict(c, ""));
    section("EVENTS (recorded as fact)");
    model.events().forEach(this::event);
    section("CEASEFIRES");
    model.ceasefires().forEach(this::ceasefire);
    if (!model.agreements().isEmpty()) {
      section("AGREEMENTS");
      model.agreements().forEach(this::agreement);
    }
    if (!model.rulings().isEmpty()) {
      section("RULINGS");
      model.rulings().forEach(this::ruling);
    }
    section("THIRD PARTIES");
    model.mediators().forEach(this::mediator);
    section("CLAIMS (who said what)");
    model.claims().forEach(this::claim);
    section("CONTRADICTIONS (decided from the types)");
    contradictions();
    section("CONSISTENCY REPORT (standard rules)");
    out.append(report.apply(Checker.standard().check(model)));
    return out.toString();
  }

  private void source(Source s) {
    line("  " + names.label(s.id()) + " (" + words(s.kind()) + ")"
        + s.published().map(t -> ", published " + when(t)).orElse(""));
  }

  private void party(Party p) {
    StringBuilder text = new StringBuilder(names.label(p.id()) + ": " + words(p.kind()));
    p.office().ifPresent(o -> text.append(", ").append(o));
    p.actsFor().ifPresent(a -> text.append(", acts for ").append(names.label(a)));
    if (!p.aliases().isEmpty()) {
      text.append("; also called ").append(String.join(", ", p.aliases()));
    }
    p.majorityReligion().ifPresent(r -> text.append("; ").append(r).append(" majority"));
    line("  " + text);
    p.succeeds().forEach(s -> line("      " + statements.succession(s)));
  }

  private void relation(PartyRelation r) {
    line("  [" + r.id() + "] " + names.label(r.from()) + " " + words(r.kind()) + " "
        + names.label(r.to()) + hedged(r.hedge()) + r.period().map(p -> ", " + period(p)).orElse("")
        + " (source: " + names.label(r.source()) + ")");
  }

  private void territory(Territory t) {
    line("  " + names.label(t.id()) + ": " + words(t.kind())
        + t.parent().map(p -> ", within " + names.label(p)).orElse("")
        + (t.adjacentTo().isEmpty() ? "" : ", next to " + names.labels(t.adjacentTo())));
    t.area().ifPresent(a -> line("      area (km²): " + figure(a)));
    t.share().ifPresent(s -> line("      share: " + s.share() + s.share().wording().map(w -> " (\u201c" + w + "\u201d)")
        .orElse("") + " of " + names.label(s.whole())));
    t.sovereignty().forEach(s -> line("      sovereign: " + statements.sovereignty(s)));
    t.control().forEach(c -> line("      held: " + statements.control(c)));
    t.population().forEach(p -> line("      inhabited by: " + statements.population(p)));
  }

  private void conflict(Conflict c, String indent) {
    line(indent + "  " + names.label(c.id()) + c.period().map(p -> ", " + period(p)).orElse(""));
    String more = indent + "      ";
    if (!c.aliases().isEmpty()) {
      line(more + "also called: " + String.join("; ", c.aliases()));
    }
    c.type().ifPresent(t -> line(more + "type: " + words(t)));
    c.incompatibility().ifPresent(i -> line(more + "fought over: " + words(i)
        + (c.territoriesAtStake().isEmpty() ? "" : " (" + names.labels(c.territoriesAtStake()) + ")")));
    line(more + "sides: " + c.sides().stream().map(statements::side).collect(Collectors.joining(" vs ")));
    c.intensity().ifPresent(i -> line(more + "intensity: " + words(i)
        + c.intensityByYear().entrySet().stream()
            .map(y -> " (" + y.getKey() + ": " + words(y.getValue()) + ")")
            .collect(Collectors.joining())));
    c.outcome().ifPresent(o -> line(more + "ended by: " + words(o)));
    model.conflicts().stream()
        .filter(e -> e.parent().equals(Optional.of(c.id())))
        .forEach(e -> conflict(e, indent + "    "));
  }

  private void event(Event e) {
    line("  [" + e.id() + "] " + when(e.time()) + ": " + words(e.kind()) + " in "
        + names.label(e.conflict()));
    e.description().ifPresent(d -> line("      " + d));
    if (!e.places().isEmpty()) {
      line("      where: " + names.labels(e.places()));
    }
    line("      who: " + names.labels(e.participants())
        + e.troops().map(n -> "; troops: " + figure(n)).orElse(""));
    e.results().forEach(r -> line("      result: " + statements.voteResult(r)));
  }

  private void ceasefire(Ceasefire c) {
    line("  " + names.label(c.id()) + ", in " + names.label(c.conflict()));
    String more = "      ";
    if (!c.signatories().isEmpty()) {
      line(more + "parties: " + names.labels(c.signatories()));
    }
    c.agreed().ifPresent(t -> line(more + "agreed: " + when(t)));
    c.effective().ifPresent(t -> line(more + "effective: " + when(t)));
    c.ended().ifPresent(t -> line(more + "ended: " + when(t)));
    c.provisions().forEach(p -> line(more + "term: " + statements.provision(p)));
    links(c.links(), more);
    model.mediators().stream()
        .filter(m -> m.ceasefire().equals(Optional.of(c.id())) && m.role() == MediatorRole.BROKER)
        .forEach(m -> line(more + "brokered by: " + names.label(m.party())
            + m.attestedBy().map(k -> " (on its own word, " + k + ")").orElse("")));
    List<String> states = model.claims().stream()
        .filter(k -> k.propositions().stream().anyMatch(
            p -> p instanceof CeasefireStatus s && s.ceasefire().equals(c.id())))
        .map(k -> k.id() + " " + names.claimantName(k) + ": " + k.propositions().stream()
            .filter(p -> p instanceof CeasefireStatus s && s.ceasefire().equals(c.id()))
            .map(p -> words(((CeasefireStatus) p).state()))
            .collect(Collectors.joining(", ")))
        .collect(Collectors.toList());
    line(more + "state: never stored; "
        + (states.isEmpty() ? "no claim about it" : "claimed by " + String.join("; ", states)));
  }

  private void links(List<ChainLink> links, String more) {
    links.forEach(k -> line(more + words(k.kind()) + " " + names.label(k.earlier())
        + k.date().map(t -> ", " + when(t)).orElse("")));
  }

  private void agreement(Agreement a) {
    line("  " + names.label(a.id()) + ", " + words(a.kind()) + ", in " + names.label(a.conflict()));
    String more = "      ";
    if (!a.signatories().isEmpty()) {
      line(more + "parties: " + names.labels(a.signatories()));
    }
    a.documents().forEach(d -> line(more + "document: " + d.name() + ", signed by "
        + names.labels(d.signatories()) + d.signed().map(t -> ", " + when(t)).orElse("")));
    a.proposer().ifPresent(p -> line(more + "proposed by: " + names.label(p)));
    a.proposed().ifPresent(t -> line(more + "proposed: " + when(t)));
    a.agreed().ifPresent(t -> line(more + "agreed: " + when(t)));
    a.effective().ifPresent(t -> line(more + "effective: " + when(t)));
    a.ended().ifPresent(t -> line(more + "ended: " + when(t)));
    a.lapsed().ifPresent(t -> line(more + "never in force: lapsed " + when(t)));
    if (!a.ceasefires().isEmpty()) {
      line(more + "contains: " + names.labels(a.ceasefires()));
    }
    a.provisions().forEach(p -> line(more + "term: " + statements.provision(p)));
    links(a.links(), more);
  }

  private void ruling(Ruling r) {
    line("  " + names.label(r.id()) + ", by " + names.label(r.body()) + ", " + when(r.issued())
        + bindingWords(r.bindingForce()));
    String more = "      ";
    r.under().ifPresent(u -> line(more + "under: " + names.label(u)));
    r.decisions().forEach(d -> line(more + "decides: " + statements.decision(d)));
  }

  private static String bindingWords(BindingForce force) {
    switch (force) {
      case BINDING:
        return ", binding";
      case NOT_BINDING:
        return ", not binding";
      default:
        return ", binding force not stated";
    }
  }

  private void mediator(Mediator m) {
    line("  [" + m.id() + "] " + names.label(m.party()) + ": " + words(m.role()) + " in "
        + names.label(m.conflict()) + m.ceasefire().map(c -> ", of " + names.label(c)).orElse("")
        + m.agreement().map(a -> ", of " + names.label(a)).orElse("")
        + m.period().map(p -> ", " + period(p)).orElse("")
        + m.forceSize().map(n -> ", force of " + figure(n) + " troops").orElse("")
        + m.attestedBy().map(k -> ", on the word of " + k).orElse(""));
    for (ForceStrength s : m.strengths()) {
      line("      strength " + when(s.asOf()) + ": " + figure(s.size()) + " [" + s.source() + "]");
    }
  }

  private void claim(Claim k) {
    line("  [" + k.id() + "] " + statements.claimant(k) + ", made " + when(k.madeAt())
        + ", reported in " + names.label(k.source()) + hedged(k.hedge()));
    k.quote().ifPresent(q -> line("      quote: \u201c" + q + "\u201d"));
    k.heldDuring().ifPresent(h -> line("      held: " + period(h)));
    k.about().ifPresent(p -> line("      about: " + period(p)));
    k.ends().forEach(e -> line("      " + e.kind().name().toLowerCase(Locale.ROOT) + " "
        + e.claim() + e.effective().map(t -> ", effective " + when(t)).orElse("")));
    String verb = k.polarity().name().toLowerCase(Locale.ROOT) + ": ";
    k.propositions().forEach(p -> line("      " + verb + statements.proposition(p)));
  }

  private void contradictions() {
    List<Claim> claims = model.claims();
    List<String> found = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      for (int j = i + 1; j < claims.size(); j++) {
        if (claims.get(i).contradicts(claims.get(j))) {
          found.add("  " + claims.get(i).id() + " (" + names.claimantName(claims.get(i))
              + ") contradicts " + claims.get(j).id() + " ("
              + names.claimantName(claims.get(j)) + ")");
        }
      }
    }
    found.forEach(this::line);
    if (found.isEmpty()) {
      line("  none");
    }
  }

  private void section(String title) {
    line("");
    line(title);
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
