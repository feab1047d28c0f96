package dev.disputemodel.check;

import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.Claim;
import dev.disputemodel.ClaimId;
import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Proposition;
import dev.disputemodel.Side;
import dev.disputemodel.Source;
import dev.disputemodel.SourceId;
import dev.disputemodel.SourceKind;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
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

  /** Runs one standard rule alone and returns its findings, sorted. */
  static List<Finding> run(Rule rule, DisputeModel model) {
    return Checker.builder().addRule(rule).build().check(model).findings();
  }

  /** Returns the findings as their one-line text, for readable assertions. */
  static List<String> lines(List<Finding> findings) {
    return findings.stream().map(Finding::toString).collect(Collectors.toList());
  }
}
