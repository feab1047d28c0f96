package dev.disputemodel.example.modular;

import dev.disputemodel.DisputeModel;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.check.Checker;
import dev.disputemodel.check.Report;
import java.util.List;

/** Uses the library's exported packages from a named module: the domain and the checker. */
public final class ModularUse {
  private ModularUse() {}

  /** Returns a model of two states (Armenia and Azerbaijan, from the reference story). */
  public static DisputeModel model() {
    return DisputeModel.builder()
        .addParties(
            Party.builder().id(PartyId.of("armenia")).name("Armenia").kind(PartyKind.STATE)
                .build(),
            Party.builder().id(PartyId.of("azerbaijan")).name("Azerbaijan")
                .kind(PartyKind.STATE).build())
        .build();
  }

  /** Returns the names of the model's parties. */
  public static List<String> partyNames(DisputeModel model) {
    return model.parties().stream().map(Party::name).toList();
  }

  /** Returns the consistency report of {@code model}. */
  public static Report check(DisputeModel model) {
    return Checker.standard().check(model);
  }

  /** Prints the parties and the report. */
  public static void main(String[] args) {
    DisputeModel model = model();
    System.out.println(partyNames(model));
    System.out.print(check(model).toText());
  }
}
