package dev.disputemodel.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.disputemodel.DisputeModel;
import dev.disputemodel.testing.FaultInjector;
import dev.disputemodel.testing.FaultKind;
import dev.disputemodel.testing.Generators;
import dev.disputemodel.testing.InjectedFault;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The fault injector covers every rule and applies to any model, even an empty one. */
class FaultInjectorTest {
  @Test
  void everyStandardRuleHasAFaultKindAndEveryKindNamesOne() {
    Set<String> rules = Checker.standard().rules().stream().map(RuleDescriptor::id)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> kinds = Arrays.stream(FaultKind.values()).map(FaultKind::ruleId)
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(rules, kinds);
  }

  @ParameterizedTest
  @EnumSource(FaultKind.class)
  void everyKindAppliesToAnEmptyModelByAddingWhatItNeeds(FaultKind kind) {
    InjectedFault fault = FaultInjector.inject(DisputeModel.empty(), kind);
    assertEquals(kind, fault.kind());
    assertNotEquals(fault.original(), fault.model());
    FaultAssertions.assertReported(fault);
  }

  @ParameterizedTest
  @EnumSource(FaultKind.class)
  void injectionWithoutChoicesIsDeterministic(FaultKind kind) {
    DisputeModel model = Generators.models().sample(7, 30).value();
    InjectedFault once = FaultInjector.inject(model, kind);
    InjectedFault again = FaultInjector.inject(model, kind);
    assertEquals(once.model(), again.model());
    assertEquals(once.toString(), again.toString());
    FaultAssertions.assertReported(once);
  }
}
