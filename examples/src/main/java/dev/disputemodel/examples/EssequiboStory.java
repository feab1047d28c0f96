package dev.disputemodel.examples;

import static dev.disputemodel.examples.Essequibo.ARGYLE_DECLARATION;
import static dev.disputemodel.examples.Essequibo.AWARD_1899;
import static dev.disputemodel.examples.Essequibo.ESSEQUIBO;
import static dev.disputemodel.examples.Essequibo.GENEVA_AGREEMENT;
import static dev.disputemodel.examples.Essequibo.GUYANA;
import static dev.disputemodel.examples.Essequibo.PORT_OF_SPAIN;
import static dev.disputemodel.examples.Essequibo.VENEZUELA;
import static dev.disputemodel.examples.Facts.day;

import dev.disputemodel.DisputeModel;
import dev.disputemodel.Mediator;
import dev.disputemodel.Observer;
import dev.disputemodel.Recognition;
import dev.disputemodel.Ruling;
import dev.disputemodel.query.AccordChain;
import dev.disputemodel.query.ModelQueries;
import dev.disputemodel.query.RulingAnswer;
import dev.disputemodel.query.When;
import dev.disputemodel.text.ModelAccount;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Guyana–Venezuela (Essequibo) example: builds {@link Essequibo#model()}, prints the library's
 * account of it (with its consistency report) and answers the dispute's questions through the
 * query module. Run it with {@code mvn -f examples/pom.xml compile exec:java
 * -Dexec.mainClass=dev.disputemodel.examples.EssequiboStory}.
 */
public final class EssequiboStory {
  /** 1 January 1950, before Venezuela's memorandum of February 1962. */
  public static final FuzzyTime JANUARY_1950 = day(1950, 1, 1);
  /** 1 January 1975, within the Port of Spain Protocol's twelve years. */
  public static final FuzzyTime JANUARY_1975 = day(1975, 1, 1);
  /** 1 January 2000. */
  public static final FuzzyTime JANUARY_2000 = day(2000, 1, 1);
  /** 1 January 2021, after the judgment on jurisdiction. */
  public static final FuzzyTime JANUARY_2021 = day(2021, 1, 1);
  /** 14 December 2023, the Argyle meeting and declaration [SRC16]. */
  public static final FuzzyTime ARGYLE_DAY = day(2023, 12, 14);

  private final ModelQueries q;

  private EssequiboStory(DisputeModel model) {
    this.q = ModelQueries.over(model);
  }

  /** Returns the answers over {@code model} (normally {@link Essequibo#model()}). */
  public static EssequiboStory of(DisputeModel model) {
    return new EssequiboStory(model);
  }

  /** Who accepts, rejects or ignores the 1899 award on {@code date}, as known now. */
  public List<RulingAnswer> awardResponses(FuzzyTime date) {
    return q.responsesTo(AWARD_1899, date);
  }

  /** Who accepts, rejects or ignores the 1899 award on {@code date}, as known on {@code asKnownOn}. */
  public List<RulingAnswer> awardResponses(FuzzyTime date, FuzzyTime asKnownOn) {
    return q.responsesTo(AWARD_1899, date, asKnownOn);
  }

  /** The rulings about Essequibo. */
  public List<Ruling> rulingsAboutEssequibo() {
    return q.rulingsAbout(ESSEQUIBO);
  }

  /** Who is sovereign over Essequibo on {@code date} according to {@code observer}. */
  public List<Recognition> sovereign(Observer observer, FuzzyTime date) {
    return q.sovereigntyAccordingTo(ESSEQUIBO, observer, date);
  }

  /** The chain of instruments that continue the Geneva Agreement. */
  public AccordChain genevaChain() {
    return q.chain(GENEVA_AGREEMENT);
  }

  /**
   * Whether the Port of Spain Protocol is in force on {@code date}: possibly, while one source
   * says it never was and its UN registration says 1970–1982.
   */
  public Certainty portOfSpainInForce(FuzzyTime date) {
    return q.agreementInForce(PORT_OF_SPAIN, date);
  }

  /** Prints the account and the answers to standard output. */
  public static void main(String[] args) {
    System.out.print(text(Essequibo.model()));
  }

  /** The facilitators, observers and witnesses of the Argyle declaration, active on its day. */
  public List<Mediator> argyleThirdParties() {
    return q.mediatorsActive(When.definitelyOn(ARGYLE_DAY)).stream()
        .filter(m -> m.agreement().equals(Optional.of(ARGYLE_DECLARATION))).collect(Collectors.toList());
  }

  /** Returns the account of {@code model} followed by its answers. */
  public static String text(DisputeModel model) {
    ModelAccount text = ModelAccount.of(model);
    EssequiboStory a = of(model);
    StringBuilder out = new StringBuilder();
    for (FuzzyTime date : List.of(JANUARY_1950, JANUARY_2000)) {
      out.append("Responses to the 1899 award on ").append(ModelAccount.when(date)).append(", as known now: ")
          .append(Answers.responses(text, a.awardResponses(date))).append('\n');
    }
    out.append("Responses to the 1899 award on ").append(ModelAccount.when(JANUARY_2000)).append(", as known on ")
        .append(ModelAccount.when(JANUARY_2021)).append(": ")
        .append(Answers.responses(text, a.awardResponses(JANUARY_2000, JANUARY_2021))).append('\n');
    out.append("Rulings about Essequibo: ").append(text.labels(a.rulingsAboutEssequibo().stream().map(Ruling::id)
        .collect(Collectors.toList()))).append('\n');
    for (Observer o : List.of(Observer.party(VENEZUELA), Observer.party(GUYANA), Observer.internationalCommunity())) {
      out.append("Sovereign over Essequibo on ").append(ModelAccount.when(JANUARY_2021)).append(" according to ")
          .append(o.party().map(text::label).orElse("the international community")).append(": ")
          .append(Answers.recognitions(text, a.sovereign(o, JANUARY_2021))).append('\n');
    }
    out.append("Third parties of the Argyle declaration: ").append(a.argyleThirdParties().stream()
        .map(m -> text.label(m.party()) + " " + ModelAccount.words(m.role())).collect(Collectors.joining("; ")))
        .append('\n');
    out.append("The chain of the Geneva Agreement: ").append(text.labels(a.genevaChain().ids())).append('\n');
    out.append("Port of Spain Protocol in force on 1 January 1975: ")
        .append(ModelAccount.words(a.portOfSpainInForce(JANUARY_1975))).append('\n');
    return Facts.print("GUYANA–VENEZUELA (ESSEQUIBO): the 1899 award, the 1966 Geneva Agreement, the ICJ case",
        model, out.toString());
  }
}
