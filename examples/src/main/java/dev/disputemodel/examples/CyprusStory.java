package dev.disputemodel.examples;

import static dev.disputemodel.examples.Cyprus1974.ANNAN_PLAN;
import static dev.disputemodel.examples.Cyprus1974.CEASEFIRE_AUGUST;
import static dev.disputemodel.examples.Cyprus1974.NORTH;
import static dev.disputemodel.examples.Cyprus1974.TURKEY;
import static dev.disputemodel.examples.Cyprus1974.UNITED_KINGDOM;
import static dev.disputemodel.examples.Facts.day;

import dev.disputemodel.Ceasefire;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Mediator;
import dev.disputemodel.Observer;
import dev.disputemodel.Recognition;
import dev.disputemodel.index.Question;
import dev.disputemodel.query.AccordChain;
import dev.disputemodel.query.AgreementAnswer;
import dev.disputemodel.query.CeasefireAccount;
import dev.disputemodel.query.ModelQueries;
import dev.disputemodel.query.When;
import dev.disputemodel.text.ModelAccount;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Cyprus example: builds {@link Cyprus1974#model()}, prints the library's account of it (with
 * its consistency report) and answers the dispute's questions through the query module.
 * Run it with {@code mvn -f examples/pom.xml compile exec:java
 * -Dexec.mainClass=dev.disputemodel.examples.CyprusStory}.
 */
public final class CyprusStory {
  /** 1 January 1980: after the 1974 war, before the TRNC's proclamation. */
  public static final FuzzyTime JANUARY_1980 = day(1980, 1, 1);
  /** 1 January 2000. */
  public static final FuzzyTime JANUARY_2000 = day(2000, 1, 1);
  /** 25 April 2004, the day after the Annan Plan referendums. */
  public static final FuzzyTime APRIL_25_2004 = day(2004, 4, 25);
  /** 1 January 2024, fifty years after the ceasefire. */
  public static final FuzzyTime JANUARY_2024 = day(2024, 1, 1);

  private final ModelQueries q;

  private CyprusStory(DisputeModel model) {
    this.q = ModelQueries.over(model);
  }

  /** Returns the answers over {@code model} (normally {@link Cyprus1974#model()}). */
  public static CyprusStory of(DisputeModel model) {
    return new CyprusStory(model);
  }

  /** Who is sovereign over northern Cyprus on {@code date} according to {@code observer}. */
  public List<Recognition> sovereignOfTheNorth(Observer observer, FuzzyTime date) {
    return q.sovereigntyAccordingTo(NORTH, observer, date);
  }

  /** The ceasefires definitely in effect on {@code date}, on record. */
  public List<Ceasefire> ceasefiresInEffect(FuzzyTime date) {
    return q.ceasefiresInEffect(When.definitelyOn(date));
  }

  /** What the model says about the ceasefire of 16 August 1974. */
  public CeasefireAccount augustCeasefire() {
    return q.ceasefire(CEASEFIRE_AUGUST);
  }

  /** The chain of 1974 accords the ceasefire of 16 August belongs to. */
  public AccordChain chain1974() {
    return q.chain(CEASEFIRE_AUGUST);
  }

  /** The third-party roles definitely played on {@code date}. */
  public List<Mediator> rolesOn(FuzzyTime date) {
    return q.mediatorsActive(When.definitelyOn(date));
  }

  /** Who accepts or rejects the Annan Plan on {@code date}, as known now. */
  public List<AgreementAnswer> annanPlanResponses(FuzzyTime date) {
    return q.responsesTo(ANNAN_PLAN, date);
  }

  /** Whether the Annan Plan is in force on {@code date}: never, it lapsed unsigned. */
  public Certainty annanPlanInForce(FuzzyTime date) {
    return q.agreementInForce(ANNAN_PLAN, date);
  }

  /** The contested questions of the model. */
  public List<Question> contested() {
    return q.contested();
  }

  /** Prints the account and the answers to standard output. */
  public static void main(String[] args) {
    System.out.print(text(Cyprus1974.model()));
  }

  /** Returns the account of {@code model} followed by its answers. */
  public static String text(DisputeModel model) {
    ModelAccount text = ModelAccount.of(model);
    CyprusStory a = of(model);
    StringBuilder out = new StringBuilder();
    for (FuzzyTime date : List.of(JANUARY_1980, JANUARY_2000)) {
      for (Observer o : List.of(Observer.party(TURKEY), Observer.party(UNITED_KINGDOM),
          Observer.internationalCommunity())) {
        out.append("Sovereign over northern Cyprus on ").append(ModelAccount.when(date)).append(" according to ")
            .append(o.party().map(text::label).orElse("the international community")).append(": ")
            .append(Answers.recognitions(text, a.sovereignOfTheNorth(o, date))).append('\n');
      }
    }
    out.append("Ceasefires definitely in effect on ").append(ModelAccount.when(JANUARY_2024)).append(": ")
        .append(text.labels(a.ceasefiresInEffect(JANUARY_2024).stream().map(Ceasefire::id).collect(Collectors.toList())))
        .append('\n');
    out.append(Answers.ceasefire(text, a.augustCeasefire()));
    out.append("The chain of 1974 accords: ").append(text.labels(a.chain1974().ids())).append('\n');
    out.append("Third parties on ").append(ModelAccount.when(JANUARY_2000)).append(": ")
        .append(Answers.roles(text, a.rolesOn(JANUARY_2000))).append('\n');
    out.append("Responses to the Annan Plan on ").append(ModelAccount.when(APRIL_25_2004)).append(": ")
        .append(Answers.responses(text, a.annanPlanResponses(APRIL_25_2004))).append('\n');
    out.append("Annan Plan in force on ").append(ModelAccount.when(APRIL_25_2004)).append(": ")
        .append(ModelAccount.words(a.annanPlanInForce(APRIL_25_2004))).append('\n');
    out.append(Answers.contested(text, a.contested()));
    return Facts.print("CYPRUS: the 1974 war, the ceasefire line, UNFICYP, the TRNC", model, out.toString());
  }
}
