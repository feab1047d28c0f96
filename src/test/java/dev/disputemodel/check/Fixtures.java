package dev.disputemodel.check;

import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.Claim;
import dev.disputemodel.ClaimId;
import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Initiated;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorId;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Proposition;
import dev.disputemodel.Side;
import dev.disputemodel.Source;
import dev.disputemodel.SourceId;
import dev.disputemodel.SourceKind;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TerritoryKind;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;

/** Small hand-built models for the rule tests. */
final class Fixtures {
  private Fixtures() {}

  static final SourceId SRC = SourceId.of("S");
  static final Source SOURCE =
      Source.builder().id(SRC).kind(SourceKind.NEWS_REPORT).title("A report").build();

  static PartyId p(String id) {
    return PartyId.of(id);
  }

  static ConflictId c(String id) {
    return ConflictId.of(id);
  }

  static ClaimId k(String id) {
    return ClaimId.of(id);
  }

  static CeasefireId cf(String id) {
    return CeasefireId.of(id);
  }

  static FuzzyTime day(int y, int m, int d) {
    return FuzzyTime.onDay(LocalDate.of(y, m, d));
  }

  static FuzzyTime month(int y, int m) {
    return FuzzyTime.inMonth(YearMonth.of(y, m));
  }

  static FuzzyTime year(int y) {
    return FuzzyTime.inYear(Year.of(y));
  }

  /** The decade whose first year is {@code firstYear}. */
  static FuzzyTime decade(int firstYear) {
    return FuzzyTime.inDecade(Year.of(firstYear));
  }

  static Party state(String id) {
    return Party.builder().id(p(id)).name("State " + id).kind(PartyKind.STATE).build();
  }

  static Party party(String id, PartyKind kind) {
    return Party.builder().id(p(id)).name("Party " + id).kind(kind).build();
  }

  static Party actingFor(String id, PartyKind kind, String principal) {
    return Party.builder().id(p(id)).name("Party " + id).kind(kind).actsFor(p(principal)).build();
  }

  static Side side(String label, String... primaries) {
    Side.Builder b = Side.builder().label(label);
    for (String p : primaries) {
      b.addPrimary(p(p));
    }
    return b.build();
  }

  static Conflict.Builder conflict(String id) {
    return Conflict.builder().id(c(id)).name("Conflict " + id);
  }

  static Ceasefire.Builder ceasefire(String id, String conflict) {
    return Ceasefire.builder().id(cf(id)).name("Ceasefire " + id).conflict(c(conflict)).source(SRC);
  }

  /** The territory of the sovereignty and control tests. */
  static final TerritoryId T = TerritoryId.of("T");

  /** Returns a builder of territory {@code T}, a region with no statuses yet. */
  static Territory.Builder territoryT() {
    return Territory.builder().id(T).name("Region").kind(TerritoryKind.REGION);
  }

  /** Returns an internationally recognized sovereignty of {@code sovereign}; no period if null. */
  static SovereigntyStatus recognized(String sovereign, FuzzyPeriod period) {
    SovereigntyStatus.Builder b = SovereigntyStatus.builder().sovereign(p(sovereign))
        .internationallyRecognized(true).source(SRC);
    if (period != null) {
      b.period(period);
    }
    return b.build();
  }

  static Claim claim(String id, String claimant, FuzzyTime at, Proposition... props) {
    Claim.Builder b = Claim.builder().id(k(id)).source(SRC).madeAt(at).addPropositions(props);
    if (claimant != null) {
      b.claimant(p(claimant));
    }
    return b.build();
  }

  /** Returns a model builder that already holds the source. */
  static DisputeModel.Builder model() {
    return DisputeModel.builder().addSource(SOURCE);
  }

  /** Returns a model builder that holds the source and states A, B, R and X, for the party rules. */
  static DisputeModel.Builder states() {
    return model().addParties(state("A"), state("B"), state("R"), state("X"));
  }

  /** Returns {@code party} as BROKER in {@code conflict}; no period if {@code period} is null. */
  static Mediator broker(String id, String party, String conflict, FuzzyPeriod period) {
    Mediator.Builder b = Mediator.builder().id(MediatorId.of(id)).party(p(party))
        .role(MediatorRole.BROKER).conflict(c(conflict)).source(SRC);
    if (period != null) {
      b.period(period);
    }
    return b.build();
  }

  /** A model whose only finding is one contested question: A and B blame each other. */
  static final DisputeModel CONTESTED = model().addParties(state("A"), state("B"))
      .addConflict(conflict("C").build())
      .addClaims(claim("K1", "A", day(2022, 9, 13), new Initiated(c("C"), p("B"))),
          claim("K2", "B", day(2022, 9, 13), new Initiated(c("C"), p("A"))))
      .build();

  /**
   * Returns a model builder for the claim rules: states A, B and R; PM, a person acting for A;
   * MOD, a ministry acting for B; conflict C.
   */
  static DisputeModel.Builder claimants() {
    return model().addParties(state("A"), state("B"), state("R"))
        .addParty(actingFor("PM", PartyKind.PERSON, "A"))
        .addParty(actingFor("MOD", PartyKind.GOVERNMENT_BODY, "B"))
        .addConflict(conflict("C").build());
  }

  /**
   * Runs the standard checker with every standard rule but {@code ruleId} disabled, and returns
   * the findings, sorted, with the severities a user sees (possible findings of an ERROR rule
   * as WARNING). Goes through the public API only, so rule tests do not depend on how a rule is
   * built or what it reads.
   *
   * @throws IllegalArgumentException if {@code ruleId} is not a standard rule
   */
  static List<Finding> run(String ruleId, DisputeModel model) {
    Checker.Builder b = Checker.standard().toBuilder();
    boolean known = false;
    for (RuleDescriptor d : Checker.standard().rules()) {
      if (d.id().equals(ruleId)) {
        known = true;
      } else {
        b.disable(d.id());
      }
    }
    if (!known) {
      throw new IllegalArgumentException("not a standard rule: " + ruleId);
    }
    return b.build().check(model).findings();
  }

  /**
   * Runs {@code rule} alone, as a user's own rule would run, and returns the findings, sorted:
   * for a rule not (yet) among the standard ones.
   */
  static List<Finding> run(Rule rule, DisputeModel model) {
    return Checker.builder().addRule(rule).build().check(model).findings();
  }

  /** Returns the findings as their one-line text, for readable assertions. */
  static List<String> lines(List<Finding> findings) {
    return findings.stream().map(Finding::toString).collect(Collectors.toList());
  }

  /**
   * Returns what a rule test pins down of each finding, without the message:
   * {@code SEVERITY CERTAINTY focus.path = value [related, ...]} (no {@code .path} or
   * {@code = value} when the finding has none).
   */
  static List<String> summaries(List<Finding> findings) {
    return findings.stream()
        .map(f -> f.severity() + " " + f.certainty() + " "
            + f.focus().map(Object::toString).orElse("(model)")
            + f.path().map(p -> "." + p).orElse("")
            + f.value().map(v -> " = " + v).orElse("")
            + " " + f.related())
        .collect(Collectors.toList());
  }
}
