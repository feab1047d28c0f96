package dev.disputemodel.examples;

import dev.disputemodel.Claim;
import dev.disputemodel.ClaimId;
import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Initiated;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.PropositionType;
import dev.disputemodel.Side;
import dev.disputemodel.Source;
import dev.disputemodel.SourceId;
import dev.disputemodel.SourceKind;
import dev.disputemodel.check.Checker;
import dev.disputemodel.check.Report;
import dev.disputemodel.index.Question;
import dev.disputemodel.json.JsonFormat;
import dev.disputemodel.query.ModelQueries;
import dev.disputemodel.time.FuzzyTime;
import java.time.YearMonth;

/**
 * The README's "first ten minutes": build a model, query it, check it, write it to JSON. The
 * facts are two claims of the reference story's news report (items K5 and K6 of its facts list):
 * Armenia and Azerbaijan each say the other struck first in the September 2022 border clashes.
 */
public final class FirstTenMinutes {
  private FirstTenMinutes() {}

  /** The contested question: who started the September 2022 clashes. */
  public static final PropositionKey WHO_STRUCK_FIRST =
      PropositionKey.of(PropositionType.INITIATOR, ConflictId.of("clashes-2022"));

  /** Builds the model: one source, two parties, one conflict, two claims that contradict. */
  public static DisputeModel model() {
    PartyId armenia = PartyId.of("armenia");
    PartyId azerbaijan = PartyId.of("azerbaijan");
    ConflictId clashes = ConflictId.of("clashes-2022");
    SourceId article = SourceId.of("article");
    // Both claims were made after the fighting of 12 September 2022 and reported the same month.
    FuzzyTime september2022 = FuzzyTime.inMonth(YearMonth.of(2022, 9));
    return DisputeModel.builder()
        .addSources(Source.builder().id(article).kind(SourceKind.NEWS_REPORT)
            .title("News report on the September 2022 clashes on the Armenia–Azerbaijan border")
            .build())
        .addParties(
            Party.builder().id(armenia).name("Armenia").kind(PartyKind.STATE).build(),
            Party.builder().id(azerbaijan).name("Azerbaijan").kind(PartyKind.STATE).build())
        .addConflicts(Conflict.builder().id(clashes).name("September 2022 border clashes")
            .addSides(
                Side.builder().label("Armenia").addPrimary(armenia).build(),
                Side.builder().label("Azerbaijan").addPrimary(azerbaijan).build())
            .addSources(article)
            .build())
        .addClaims(
            // "Armenia claims that several border towns have been bombed by its neighbor"
            Claim.builder().id(ClaimId.of("K5")).claimant(armenia).source(article)
                .madeAt(september2022).addPropositions(new Initiated(clashes, azerbaijan))
                .build(),
            // "Azerbaijan, for its part, says its military positions were hit first."
            Claim.builder().id(ClaimId.of("K6")).claimant(azerbaijan).source(article)
                .madeAt(september2022).addPropositions(new Initiated(clashes, armenia))
                .build())
        .build();
  }

  /** Asks the model who struck first: one question, two contradicting versions. */
  public static Question whoStruckFirst(DisputeModel model) {
    return ModelQueries.over(model).question(WHO_STRUCK_FIRST);
  }

  /** Checks the model: the contested question is reported (as information, not an error). */
  public static Report check(DisputeModel model) {
    return Checker.standard().check(model);
  }

  /** Writes the model as JSON (needs Jackson on the class path). */
  public static String toJson(DisputeModel model) {
    return JsonFormat.standard().write(model);
  }

  /** Runs the four steps and prints what each gives. */
  public static void main(String[] args) {
    DisputeModel model = model();
    Question question = whoStruckFirst(model);
    System.out.println("contested: " + question.isContested());
    question.versions().forEach(v -> System.out.println("  " + v.proposition()
        + " says " + v.speakers()));
    System.out.print(check(model).toText());
    String json = toJson(model);
    System.out.println(json.length() + " characters of JSON; read back equal: "
        + JsonFormat.standard().read(json).equals(model));
  }
}
