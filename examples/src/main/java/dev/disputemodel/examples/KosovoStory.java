package dev.disputemodel.examples;

import static dev.disputemodel.examples.Facts.day;
import static dev.disputemodel.examples.Kosovo.ALBANIA;
import static dev.disputemodel.examples.Kosovo.DISPUTE;
import static dev.disputemodel.examples.Kosovo.KOSOVO;
import static dev.disputemodel.examples.Kosovo.KOSOVO_LAND;
import static dev.disputemodel.examples.Kosovo.NATO;
import static dev.disputemodel.examples.Kosovo.OPINION_2010;
import static dev.disputemodel.examples.Kosovo.SERBIA;
import static dev.disputemodel.examples.Kosovo.UNITED_STATES;
import static dev.disputemodel.examples.Kosovo.RACAK;
import static dev.disputemodel.examples.Kosovo.WASHINGTON_2020;
import static dev.disputemodel.examples.Kosovo.RACAK_DAY;
import static dev.disputemodel.examples.Kosovo.WAR;

import dev.disputemodel.Attack;

import dev.disputemodel.Agreement;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.EventKind;
import dev.disputemodel.Mediator;
import dev.disputemodel.Supporter;
import dev.disputemodel.Observer;
import dev.disputemodel.Recognition;
import dev.disputemodel.Ruling;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.index.Question;
import dev.disputemodel.query.Involvement;
import dev.disputemodel.query.ModelQueries;
import dev.disputemodel.query.RulingAnswer;
import dev.disputemodel.query.When;
import dev.disputemodel.text.ModelAccount;
import dev.disputemodel.time.FuzzyTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Kosovo example: builds {@link Kosovo#model()}, prints the library's account of it (with its
 * consistency report) and answers the dispute's questions through the query module. Run it with
 * {@code mvn -f examples/pom.xml compile exec:java -Dexec.mainClass=dev.disputemodel.examples.KosovoStory}.
 */
public final class KosovoStory {
  /** 1 January 2011, after the opinion. */
  public static final FuzzyTime JANUARY_2011 = day(2011, 1, 1);
  /** The dates the sheet's neutral reporters counted recognitions on. */
  public static final List<FuzzyTime> COUNT_DATES =
      List.of(day(2010, 7, 22), day(2010, 9, 8), day(2012, 12, 21), day(2015, 9, 18));

  private final ModelQueries q;

  private KosovoStory(DisputeModel model) {
    this.q = ModelQueries.over(model);
  }

  /** Returns the answers over {@code model} (normally {@link Kosovo#model()}). */
  public static KosovoStory of(DisputeModel model) {
    return new KosovoStory(model);
  }

  /** The statuses recognizing Kosovo's sovereignty definitely in place on {@code date}. */
  public List<SovereigntyStatus> recognitionOfKosovo(FuzzyTime date) {
    return q.sovereignty(KOSOVO_LAND, When.definitelyOn(date)).stream()
        .filter(s -> s.sovereign().equals(Optional.of(KOSOVO))).collect(Collectors.toList());
  }

  /** Who is sovereign over Kosovo on {@code date} according to {@code observer}. */
  public List<Recognition> sovereignOfKosovo(Observer observer, FuzzyTime date) {
    return q.sovereigntyAccordingTo(KOSOVO_LAND, observer, date);
  }

  /** The rulings about Kosovo. */
  public List<Ruling> rulingsAboutKosovo() {
    return q.rulingsAbout(KOSOVO_LAND);
  }

  /** Who accepts or rejects the 2010 advisory opinion on {@code date}. */
  public List<RulingAnswer> responsesToTheOpinion(FuzzyTime date) {
    return q.responsesTo(OPINION_2010, date);
  }

  /** How NATO is involved in the dispute and its episodes: belligerent, then leader of the peacekeepers. */
  public List<Involvement> nato() {
    return q.involvement(DISPUTE).withEpisodes().list().stream()
        .filter(i -> i.party().equals(NATO)).collect(Collectors.toList());
  }

  /** The third-party roles definitely active on {@code date} (the KVM in January 1999). */
  public List<Mediator> thirdPartiesOn(FuzzyTime date) {
    return q.mediatorsActive(When.definitelyOn(date));
  }

  /** How Albania supports the UCK in the war: sanctuary for its fighters, hosting its bases. */
  public List<Supporter> albaniasSupport() {
    return q.model().conflict(WAR).orElseThrow().sides().stream().flatMap(side -> side.supporters().stream())
        .filter(s -> s.party().equals(ALBANIA)).collect(Collectors.toList());
  }

  /** The question "did Serbia attack Račak on 15 January 1999", with every claim on it. */
  public Question racak() {
    return q.question(new Attack(WAR, SERBIA, EventKind.ATTACK, Optional.empty(), Optional.of(RACAK)).at(RACAK_DAY).key());
  }

  /** The Washington agreements of 2020, an agreement of two documents. */
  public Agreement washingtonAgreements() {
    return q.model().agreement(WASHINGTON_2020).orElseThrow();
  }

  /** Prints the account and the answers to standard output. */
  public static void main(String[] args) {
    System.out.print(text(Kosovo.model()));
  }

  /** Returns the account of {@code model} followed by its answers. */
  public static String text(DisputeModel model) {
    ModelAccount text = ModelAccount.of(model);
    KosovoStory a = of(model);
    StringBuilder out = new StringBuilder();
    for (FuzzyTime date : COUNT_DATES) {
      out.append("Recognition of Kosovo on ").append(ModelAccount.when(date)).append(": ")
          .append(a.recognitionOfKosovo(date).stream()
              .map(s -> (s.recognizers().isEmpty() ? "" : "by " + text.labels(s.recognizers()))
                  + s.recognizerCount().map(c -> (s.recognizers().isEmpty() ? "" : ", ") + ModelAccount.figure(c)
                      + " (" + s.source() + ")").orElse(""))
              .collect(Collectors.joining("; ")))
          .append('\n');
    }
    for (Observer o : List.of(Observer.party(SERBIA), Observer.party(UNITED_STATES), Observer.internationalCommunity())) {
      out.append("Sovereign over Kosovo on ").append(ModelAccount.when(JANUARY_2011)).append(" according to ")
          .append(o.party().map(text::label).orElse("the international community")).append(": ")
          .append(Answers.recognitions(text, a.sovereignOfKosovo(o, JANUARY_2011))).append('\n');
    }
    out.append("Rulings about Kosovo: ")
        .append(text.labels(a.rulingsAboutKosovo().stream().map(Ruling::id).collect(Collectors.toList()))).append('\n');
    out.append("Responses to the 2010 opinion on ").append(ModelAccount.when(JANUARY_2011)).append(": ")
        .append(Answers.responses(text, a.responsesToTheOpinion(JANUARY_2011))).append('\n');
    out.append("Third parties on ").append(ModelAccount.when(RACAK_DAY)).append(": ")
        .append(a.thirdPartiesOn(RACAK_DAY).stream().map(m -> text.label(m.party()) + " " + ModelAccount.words(m.role())
            + m.forceSize().map(f -> " (" + ModelAccount.figure(f) + ")").orElse(""))
            .collect(Collectors.joining("; "))).append('\n');
    out.append("Albania's support of the UCK: ").append(a.albaniasSupport().stream()
        .map(s -> ModelAccount.words(s.type()) + s.period().map(p -> " (" + ModelAccount.period(p) + ")").orElse(""))
        .collect(Collectors.joining("; "))).append('\n');
    out.append("Račak, 15 January 1999: ").append(text.describe(a.racak())).append('\n');
    Agreement washington = a.washingtonAgreements();
    out.append("The Washington agreements: signed by ").append(text.labels(washington.signatories()))
        .append(", in ").append(washington.documents().size()).append(" documents: ")
        .append(washington.documents().stream().map(d -> d.name() + " (" + text.labels(d.signatories()) + ")")
            .collect(Collectors.joining("; "))).append('\n');
    out.append("NATO in the dispute:\n");
    a.nato().forEach(i -> out.append("  ").append(text.describe(i)).append('\n'));
    return Facts.print("KOSOVO: the 1999 war, Kumanovo, KFOR, the 2008 declaration, the 2010 opinion", model,
        out.toString());
  }
}
