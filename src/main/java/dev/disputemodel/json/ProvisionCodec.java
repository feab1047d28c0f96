package dev.disputemodel.json;

import dev.disputemodel.Deployment;
import dev.disputemodel.OtherProvision;
import dev.disputemodel.Provision;
import dev.disputemodel.Withdrawal;

/** A ceasefire's {@link Provision}, one of the variants named by its {@code type}. */
final class ProvisionCodec {
  private ProvisionCodec() {}

  static final UnionCodec<Provision> CODEC = UnionCodec.<Provision>builder()
      .variant(Withdrawal.class, WithdrawalCodec.CODEC)
      .variant(Deployment.class, DeploymentCodec.CODEC)
      .variant(OtherProvision.class, OtherProvisionCodec.CODEC)
      .build();
}
