package dev.disputemodel.check;

import dev.disputemodel.index.ModelIndex;
import java.util.List;

/**
 * {@code guarantor-or-peacekeeper-fights}: a guarantor or peacekeeper that also fights in the
 * conflict, by the same definition as {@code mediator-belligerent} ({@link Belligerence}): it, or
 * a party it acts for, is a primary party or troop supporter of a side of the conflict or of one of
 * its episodes while the role may be played. Unlike an impartial mediator, a guarantor or a
 * peacekeeping force that fights is a fact the world has, not a modelling error: Turkey, a
 * guarantor of the 1960 Treaty of Guarantee of Cyprus, fought in 1974; NATO fought the 1999 air
 * campaign until 20 June while KFOR, acting for it, kept the peace in Kosovo from 12 June. So the
 * finding is INFO, for readers to see the partiality. Cost: as {@code mediator-belligerent}.
 */
final class GuarantorOrPeacekeeperFightsRule implements Rule {
  static final RuleDescriptor DESCRIPTOR =
      new RuleDescriptor("guarantor-or-peacekeeper-fights", Severity.INFO,
          "A guarantor or peacekeeper also fights in the conflict (a fact, not an error)");

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<Finding> check(ModelIndex index) {
    return Belligerence.findings(index, DESCRIPTOR,
        role -> !MediatorBelligerentRule.isImpartial(role),
        "Nothing to correct if so: a guarantor or peacekeeper that fights is partial, and readers"
            + " should know");
  }
}
