package dev.disputemodel.testing;

import static dev.disputemodel.testing.ModelEdit.filter;

import dev.disputemodel.Claim;
import dev.disputemodel.NoStatement;
import dev.disputemodel.PartyId;
import dev.disputemodel.Polarity;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.time.Certainty;
import java.util.List;
import java.util.Optional;

/**
 * {@link FaultKind#NO_STATEMENT_CONTRADICTED}: a new source says, after a party's statement on a
 * question, that the party made no statement on it.
 */
final class NoStatementContradictedFault implements Fault {
  @Override
  public FaultKind kind() {
    return FaultKind.NO_STATEMENT_CONTRADICTED;
  }

  @Override
  public InjectedFault inject(ModelEdit e) {
    Choices c = e.c;
    List<Claim> statements = filter(e.claims, k -> k.claimant().isPresent()
        && k.propositions().stream().anyMatch(p -> !(p instanceof NoStatement)));
    Claim statement;
    PartyId party;
    PropositionKey about;
    if (statements.isEmpty()) {
      TerritoryId t = e.newTerritory().id();
      party = e.party(0);
      statement = e.addClaim(Optional.of(party), e.source(), Polarity.ASSERTS,
          new Sovereignty(t, party), ModelEdit.FALLBACK_TIME);
      about = statement.propositions().get(0).key();
    } else {
      statement = c.pick(statements);
      party = statement.claimant().orElseThrow();
      about = c.pick(filter(statement.propositions(), p -> !(p instanceof NoStatement))).key();
    }
    Claim silence = e.addClaim(Optional.empty(), e.newSource(), Polarity.ASSERTS,
        new NoStatement(party, about), ModelEdit.after(statement.madeAt()));
    return e.fault(kind(), silence.id(), List.of(statement.id(), party), Certainty.DEFINITELY,
        silence.id() + " says " + party + " made no statement on " + about + ", after "
            + statement.id() + " in which it did");
  }
}
