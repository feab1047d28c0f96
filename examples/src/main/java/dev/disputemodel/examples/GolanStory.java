package dev.disputemodel.examples;

import static dev.disputemodel.examples.Facts.day;
import static dev.disputemodel.examples.GolanHeights.CEASEFIRE_1974;
import static dev.disputemodel.examples.GolanHeights.DISENGAGEMENT;
import static dev.disputemodel.examples.GolanHeights.ISRAELI_HELD;
import static dev.disputemodel.examples.GolanHeights.SYRIA;
import static dev.disputemodel.examples.GolanHeights.UNITED_STATES;

import dev.disputemodel.Ceasefire;
import dev.disputemodel.Claim;
import dev.disputemodel.ControlStatus;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.ForceStrength;
import dev.disputemodel.Observer;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.PropositionType;
import dev.disputemodel.Recognition;
import dev.disputemodel.index.CeasefireStanding;
import dev.disputemodel.query.AccordChain;
import dev.disputemodel.query.CeasefireAccount;
import dev.disputemodel.query.Divergence;
import dev.disputemodel.query.ModelQueries;
import dev.disputemodel.query.When;
import dev.disputemodel.text.ModelAccount;
import dev.disputemodel.time.FuzzyTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Golan Heights example: builds {@link GolanHeights#model()}, prints the library's account of
 * it (with its consistency report) and answers the dispute's questions through the query module.
 * Run it with {@code mvn -f examples/pom.xml compile exec:java
 * -Dexec.mainClass=dev.disputemodel.examples.GolanStory}.
 */
public final class GolanStory {
  /** 1 January 1980, before the Golan Heights Law. */
  public static final FuzzyTime JANUARY_1980 = day(1980, 1, 1);
  /** 1 January 2020, after the US recognition. */
  public static final FuzzyTime JANUARY_2020 = day(2020, 1, 1);
  /** 15 December 2024, a week after Israeli forces entered the area of separation. */
  public static final FuzzyTime DECEMBER_15_2024 = day(2024, 12, 15);

  private final ModelQueries q;

  private GolanStory(DisputeModel model) {
    this.q = ModelQueries.over(model);
  }

  /** Returns the answers over {@code model} (normally {@link GolanHeights#model()}). */
  public static GolanStory of(DisputeModel model) {
    return new GolanStory(model);
  }

  /** Who controls the Israeli-held Golan, definitely, on {@code date}. */
  public List<ControlStatus> control(FuzzyTime date) {
    return q.control(ISRAELI_HELD, When.definitelyOn(date));
  }

  /** Who is sovereign over the Israeli-held Golan on {@code date} according to {@code observer}. */
  public List<Recognition> sovereign(Observer observer, FuzzyTime date) {
    return q.sovereigntyAccordingTo(ISRAELI_HELD, observer, date);
  }

  /** Where sovereignty and control definitely differ on {@code date}. */
  public List<Divergence> divergences(FuzzyTime date) {
    return q.divergences(When.definitelyOn(date));
  }

  /**
   * The ceasefires definitely in effect on {@code date}: none that a party then declares over,
   * since a contested ceasefire is never definitely in effect.
   */
  public List<Ceasefire> ceasefiresInEffect(FuzzyTime date) {
    return q.ceasefiresInEffect(When.definitelyOn(date));
  }

  /** The ceasefires possibly in effect on {@code date}, contested ones included. */
  public List<Ceasefire> ceasefiresPossiblyInEffect(FuzzyTime date) {
    return q.ceasefiresInEffect(When.possiblyOn(date));
  }

  /** The state of the 1974 ceasefire on {@code date}, derived from its record and the claims then. */
  public CeasefireStanding standing1974(FuzzyTime date) {
    return q.ceasefireStanding(CEASEFIRE_1974, When.possiblyOn(date));
  }

  /** What the model says about the 1974 ceasefire: who says it holds, who says it ended or was violated. */
  public CeasefireAccount ceasefire1974() {
    return q.ceasefire(CEASEFIRE_1974);
  }

  /** The chain from the 1973 ceasefire to the 1974 agreement. */
  public AccordChain chain() {
    return q.chain(DISENGAGEMENT);
  }

  /** The United States' position on sovereignty over the Israeli-held Golan in force on {@code date}. */
  public List<Claim> usPosition(FuzzyTime date) {
    return q.claims().by(UNITED_STATES).on(PropositionKey.of(PropositionType.SOVEREIGNTY, ISRAELI_HELD)).list()
        .stream().filter(c -> q.model().inForce(c, date).isDefinite()).collect(Collectors.toList());
  }

  /** UNDOF's strength on {@code date}: the last figure its sources date not after it (M1). */
  public Optional<ForceStrength> undofStrengthOn(FuzzyTime date) {
    return q.model().mediator(GolanHeights.UNDOF_ROLE).flatMap(m -> m.strengthOn(date));
  }

  /** Prints the account and the answers to standard output. */
  public static void main(String[] args) {
    System.out.print(text(GolanHeights.model()));
  }

  /** Returns the account of {@code model} followed by its answers. */
  public static String text(DisputeModel model) {
    ModelAccount text = ModelAccount.of(model);
    GolanStory a = of(model);
    StringBuilder out = new StringBuilder();
    out.append("Who controls the Israeli-held Golan on ").append(ModelAccount.when(JANUARY_2020)).append(": ")
        .append(a.control(JANUARY_2020).stream().map(c -> text.label(c.controller()) + " "
            + ModelAccount.words(c.kind())).collect(Collectors.joining("; "))).append('\n');
    for (Observer o : List.of(Observer.party(UNITED_STATES), Observer.party(SYRIA), Observer.internationalCommunity())) {
      out.append("Sovereign on ").append(ModelAccount.when(JANUARY_2020)).append(" according to ")
          .append(o.party().map(text::label).orElse("the international community")).append(": ")
          .append(Answers.recognitions(text, a.sovereign(o, JANUARY_2020))).append('\n');
    }
    for (FuzzyTime date : List.of(JANUARY_1980, JANUARY_2020)) {
      List<Divergence> differ = a.divergences(date);
      out.append("Sovereignty and control differ on ").append(ModelAccount.when(date)).append(": ")
          .append(differ.isEmpty() ? "nowhere (the controller is among the recognized sovereigns)"
              : differ.stream().map(d -> text.label(d.territory()) + " (sovereign " + text.labels(d.sovereigns())
                  + ", held by " + text.labels(d.controllers()) + ")").collect(Collectors.joining("; ")))
          .append('\n');
    }
    out.append("Ceasefires definitely in effect on ").append(ModelAccount.when(DECEMBER_15_2024)).append(": ")
        .append(text.labels(a.ceasefiresInEffect(DECEMBER_15_2024).stream().map(Ceasefire::id)
            .collect(Collectors.toList()))).append("; possibly: ")
        .append(text.labels(a.ceasefiresPossiblyInEffect(DECEMBER_15_2024).stream().map(Ceasefire::id)
            .collect(Collectors.toList()))).append('\n');
    CeasefireStanding standing = a.standing1974(DECEMBER_15_2024);
    out.append("The 1974 ceasefire on ").append(ModelAccount.when(DECEMBER_15_2024)).append(": ")
        .append(standing.state()).append(" (").append(standing.certainty()).append("); in effect according to ")
        .append(text.labels(standing.saysInEffect())).append("; over according to ")
        .append(text.labels(standing.saysOver())).append('\n');
    out.append(Answers.ceasefire(text, a.ceasefire1974()));
    out.append("The chain: ").append(text.labels(a.chain().ids())).append('\n');
    for (FuzzyTime date : List.of(JANUARY_1980, JANUARY_2020)) {
      out.append("The United States' position on ").append(ModelAccount.when(date)).append(": ")
          .append(a.usPosition(date).stream().map(c -> c.id() + " " + text.describe(c.propositions().get(0)))
              .collect(Collectors.joining("; "))).append('\n');
    }
    for (FuzzyTime date : List.of(JANUARY_1980, JANUARY_2020)) {
      out.append("UNDOF's strength on ").append(ModelAccount.when(date)).append(": ")
          .append(a.undofStrengthOn(date).map(s -> ModelAccount.figure(s.size()) + " (" + ModelAccount.when(s.asOf())
              + ", " + s.source().value() + ")").orElse("no figure")).append('\n');
    }
    return Facts.print("GOLAN HEIGHTS: control and sovereignty, the 1974 disengagement and UNDOF, the 2019 US"
        + " recognition", model, out.toString());
  }
}
