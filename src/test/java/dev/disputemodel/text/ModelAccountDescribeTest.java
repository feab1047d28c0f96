package dev.disputemodel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.disputemodel.BacksAccount;
import dev.disputemodel.Claim;
import dev.disputemodel.ClaimId;
import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Initiated;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Polarity;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.PropositionType;
import dev.disputemodel.Side;
import dev.disputemodel.Source;
import dev.disputemodel.SourceId;
import dev.disputemodel.SourceKind;
import dev.disputemodel.check.Checker;
import dev.disputemodel.check.Finding;
import dev.disputemodel.check.Report;
import dev.disputemodel.check.RuleDescriptor;
import dev.disputemodel.check.Severity;
import dev.disputemodel.index.ModelIndex;
import dev.disputemodel.index.Question;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import dev.disputemodel.query.Involvement;
import dev.disputemodel.query.Role;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The readable forms of findings, reports and answers with each optional part present and
 * absent: a finding's path, value, certainty and related ids; a denied version; backers.
 */
class ModelAccountDescribeTest {
  private static final SourceId S = SourceId.of("S");
  private static final PartyId A = PartyId.of("A");
  private static final PartyId B = PartyId.of("B");
  private static final PartyId M = PartyId.of("M");
  private static final ConflictId C = ConflictId.of("C");
  private static final FuzzyTime DAY = FuzzyTime.onDay(LocalDate.of(2022, 9, 13));
  private static final RuleDescriptor RULE = new RuleDescriptor("some-rule", Severity.WARNING, "a rule");

  /** A says B started C, B denies it, M backs A's account. */
  private static final DisputeModel MODEL = DisputeModel.builder()
      .addSource(Source.builder().id(S).kind(SourceKind.NEWS_REPORT).title("Report").build())
      .addParties(state(A, "Alpha"), state(B, "Beta"), state(M, "Em"))
      .addConflict(Conflict.builder().id(C).name("War")
          .addSides(Side.builder().label("one").addPrimaries(A).build(),
              Side.builder().label("two").addPrimaries(B).build()).build())
      .addClaims(claim("K1", A).addPropositions(new Initiated(C, B)).build(),
          claim("K2", B).polarity(Polarity.DENIES).addPropositions(new Initiated(C, B)).build(),
          claim("K3", M).addPropositions(new BacksAccount(M, ClaimId.of("K1"))).build())
      .build();

  private static Party state(PartyId id, String name) {
    return Party.builder().id(id).name(name).kind(PartyKind.STATE).build();
  }

  private static Claim.Builder claim(String id, PartyId claimant) {
    return Claim.builder().id(ClaimId.of(id)).source(S).madeAt(DAY).claimant(claimant);
  }

  private final ModelAccount account = ModelAccount.of(MODEL);

  @Test
  void aFindingWithPathValueAndPossibleCertaintyButNoFocusOrRelated() {
    Finding f = Finding.builder(RULE).certainty(Certainty.POSSIBLY).path("sides[0]").value(3).message("odd")
        .build();
    assertEquals("WARNING some-rule (model), at sides[0] = 3 (possible): odd", account.describe(f));
  }

  @Test
  void aDefiniteFindingWithFocusAndOneRelatedEntity() {
    Finding f = Finding.builder(RULE).severity(Severity.ERROR).focus(C).related(A).message("wrong").build();
    assertEquals("ERROR some-rule War [Conflict:C]: wrong [related: Alpha [Party:A]]", account.describe(f));
  }

  @Test
  void aReportIsItsSummaryLineAndOneLinePerFinding() {
    assertEquals("0 findings: 0 errors, 0 warnings, 0 info\n", account.describe(Report.of(List.of())));
    Finding one = Finding.builder(RULE).focus(A).message("one").build();
    Finding two = Finding.builder(RULE).severity(Severity.INFO).message("two").build();
    assertEquals("2 findings: 0 errors, 1 warning, 1 info\n"
        + "WARNING some-rule Alpha [Party:A]: one\n"
        + "INFO some-rule (model): two\n", account.describe(Report.of(List.of(one, two))));
  }

  @Test
  void aDeniedVersionSaysNotAndABackedOneNamesItsBackers() {
    Question q = ModelIndex.of(MODEL).questions().stream()
        .filter(x -> x.key().type() == PropositionType.INITIATOR).findFirst().orElseThrow();
    assertEquals("""
        the question of initiator about War [Conflict:C] (contested):
          Beta [Party:B] started the hostilities of War [Conflict:C]: said by Alpha [Party:A] (Claim:K1); backed by Em [Party:M] (Claim:K3)
          not Beta [Party:B] started the hostilities of War [Conflict:C]: said by Beta [Party:B] (Claim:K2)""",
        account.describe(q));
  }

  @Test
  void aQuestionWithOneAnswerIsNotContested() {
    DisputeModel one = DisputeModel.builder().from(MODEL).claims(List.of(MODEL.claims().get(0))).build();
    Question q = ModelIndex.of(one).question(new Initiated(C, B).key());
    assertEquals("""
        the question of initiator about War [Conflict:C] (not contested):
          Beta [Party:B] started the hostilities of War [Conflict:C]: said by Alpha [Party:A] (Claim:K1)""",
        ModelAccount.of(one).describe(q));
  }

  @Test
  void anInvolvementThroughAPartyActingForAnotherNamesBoth() {
    assertEquals("Alpha [Party:A]: claimant in War [Conflict:C], via claim by Alpha [Claim:K1], through Em [Party:M]",
        account.describe(new Involvement(A, Role.CLAIMANT, C, ClaimId.of("K1"), Optional.empty(), Optional.empty(),
            Optional.of(M))));
  }

  @Test
  void anAccountWithoutContradictionsSaysNone() {
    DisputeModel one = DisputeModel.builder().from(MODEL).claims(List.of(MODEL.claims().get(0))).build();
    String text = ModelAccount.of(one).toText();
    assertEquals("CONTRADICTIONS (decided from the types)\n  none\n\nCONSISTENCY REPORT",
        text.substring(text.indexOf("CONTRADICTIONS"), text.indexOf(" (standard rules)")));
  }

  @Test
  void theDelegatesGiveTheModelAndTheStatementsWords() {
    assertSame(MODEL, account.model());
    assertEquals("Beta [Party:B] started the hostilities of War [Conflict:C]", account.describe(new Initiated(C, B)));
    assertEquals("the question of initiator about War [Conflict:C]",
        account.describe(PropositionKey.of(PropositionType.INITIATOR, C)));
    assertEquals("Alpha", account.claimantName(MODEL.claim(ClaimId.of("K1")).orElseThrow()));
    assertEquals("Em [Party:M]", account.label(M));
    assertEquals("Em [Party:M], Beta [Party:B]", account.labels(List.of(M, B)));
  }

  @Test
  void nullsAreRefusedByName() {
    assertEquals("model", assertThrows(NullPointerException.class, () -> ModelAccount.of(null)).getMessage());
    assertEquals("p", assertThrows(NullPointerException.class,
        () -> account.describe((dev.disputemodel.Proposition) null)).getMessage());
    assertEquals("key", assertThrows(NullPointerException.class,
        () -> account.describe((PropositionKey) null)).getMessage());
  }

  @Test
  void theAccountEndsWithTheStandardChecksReportInWords() {
    String text = account.toText();
    assertEquals("CONSISTENCY REPORT (standard rules)\n" + account.describe(Checker.standard().check(MODEL)),
        text.substring(text.indexOf("CONSISTENCY REPORT")));
  }
}
