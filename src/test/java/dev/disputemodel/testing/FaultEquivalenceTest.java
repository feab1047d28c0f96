package dev.disputemodel.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.DisputeModel;
import org.junit.jupiter.api.Test;

/** Temporary, while splitting the injector: one class per kind injects what the switch did. */
class FaultEquivalenceTest {
  @Test
  void sameFaultsAsTheLegacyInjector() {
    Gen<DisputeModel> models = Gen.choose(Generators.models(), GeneratedModelProperties.LARGER);
    for (long seed = 0; seed < 300; seed++) {
      DisputeModel model = models.sample(seed, 30).value();
      for (FaultKind kind : FaultKind.values()) {
        long[] script = {seed % 7, seed % 3, seed % 5, 1, 0, 2};
        assertEquals(LegacyFaultInjector.inject(model, kind, Choices.random(seed, 30)).toString(),
            FaultInjector.inject(model, kind, Choices.random(seed, 30)).toString());
        InjectedFault legacy = LegacyFaultInjector.inject(model, kind, Choices.replay(script, 30));
        InjectedFault now = FaultInjector.inject(model, kind, Choices.replay(script, 30));
        assertEquals(legacy.toString(), now.toString(), kind + " seed " + seed);
        assertEquals(legacy.model(), now.model(), kind + " seed " + seed);
      }
      DisputeModel empty = DisputeModel.empty();
      for (FaultKind kind : FaultKind.values()) {
        assertEquals(LegacyFaultInjector.inject(empty, kind).model(),
            FaultInjector.inject(empty, kind).model(), kind.toString());
      }
    }
  }
}
