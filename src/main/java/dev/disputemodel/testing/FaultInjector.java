package dev.disputemodel.testing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import dev.disputemodel.DisputeModel;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Puts exactly one fault of a given {@link FaultKind} into a valid model, and says what the
 * consistency checker should report about it ({@link InjectedFault}): the proof that each rule
 * finds what it should.
 *
 * <p>The input is meant to be a valid model as {@link Generators#models} makes them (no ERROR or
 * WARNING finding). The injector changes or adds as little as it can: it prefers to change an
 * entity already in the model (an existing ceasefire gains a signatory, an existing event is
 * dated before its conflict), and adds the minimal entities a fault needs when the model has none
 * to change (a conflict with two sides, a ceasefire, a territory, a source speaking in its own
 * voice). So every kind applies to every generated model. Added entities get fresh ids ending in
 * {@code -fault-N}. The faulty model is built by {@link DisputeModel#builder()}, so it passes every
 * construction invariant: only faults the checker, not the builders, can see are injected.
 *
 * <p>Which entity is changed is drawn from {@link Choices}, so an {@link #faults(Gen) injected
 * fault generator} shrinks with its model. Stateless and thread-safe. (Each kind is injected by a
 * class of its own; this class picks it.)
 */
public final class FaultInjector {
  private static final ImmutableList<FaultKind> KINDS = ImmutableList.copyOf(FaultKind.values());
  private static final Map<FaultKind, Fault> FAULTS = byKind(List.of(
      new TimeOrderFault(), new OutsideConflictPeriodFault(), new HierarchyCycleFault(),
      new ActsForCycleFault(), new ChainCycleFault(), new SuccessionCycleFault(),
      new PartyOnBothSidesFault(), new PrimaryAndSupporterFault(), new SignatoryNotPartyFault(), new MediatorBelligerentFault(),
      new GuarantorOrPeacekeeperFightsFault(),
      new MediatorAlliedFault(), new ConflictTypeFault(), new RecognizedSovereignsOverlapFault(),
      new ContestedQuestionFault(), new ContestedThroughContainmentFault(),
      new SelfContradictionFault(),
      new EndingByOtherClaimantFault(), new EndingTimeOrderFault(),
      new NoStatementContradictedFault(), new ClaimContradictsFactFault(),
      new CeasefireViolatedFault(), new CeasefireNotInAgreementFault(),
      new CasualtyPartsExceedTotalFault(),
      new SuccessorBeforePredecessorFault(), new RoleOutsideExistenceFault()));

  private FaultInjector() {}

  private static Map<FaultKind, Fault> byKind(List<Fault> faults) {
    Map<FaultKind, Fault> byKind = new EnumMap<>(FaultKind.class);
    faults.forEach(f -> byKind.put(f.kind(), f));
    if (byKind.size() != KINDS.size()) {
      throw new AssertionError("a fault class per kind needed, missing: "
          + Maps.difference(Maps.toMap(KINDS, k -> k), Maps.toMap(byKind.keySet(), k -> k))
              .entriesOnlyOnLeft().keySet());
    }
    return byKind;
  }

  /**
   * Injects a fault of {@code kind} into {@code model}, making the simplest choice wherever there
   * is one (the first candidate entity): deterministic for a model and kind.
   *
   * @throws NullPointerException if an argument is null
   * @throws dev.disputemodel.InvalidModelException if {@code model} is not one the kit generates
   *     and the change cannot be built (not expected for generated models)
   */
  public static InjectedFault inject(DisputeModel model, FaultKind kind) {
    return inject(model, kind, Choices.replay(new long[0], 0));
  }

  /**
   * Injects a fault of {@code kind} into {@code model}, drawing which entity to change (and how)
   * from {@code choices}.
   *
   * @throws NullPointerException if an argument is null
   * @throws dev.disputemodel.InvalidModelException if {@code model} is not one the kit generates
   *     and the change cannot be built (not expected for generated models)
   */
  public static InjectedFault inject(DisputeModel model, FaultKind kind, Choices choices) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(choices, "choices");
    return FAULTS.get(kind).inject(new ModelEdit(model, choices));
  }

  /**
   * Returns a generator of models from {@code models}, each with one fault of a kind drawn from
   * every {@link FaultKind}: the pairs (valid model, fault) for properties of the checker.
   */
  public static Gen<InjectedFault> faults(Gen<DisputeModel> models) {
    Objects.requireNonNull(models, "models");
    return c -> {
      DisputeModel model = models.generate(c);
      return inject(model, c.pick(KINDS), c);
    };
  }

  /** Returns a generator of models from {@code models}, each with one fault of {@code kind}. */
  public static Gen<InjectedFault> faults(Gen<DisputeModel> models, FaultKind kind) {
    Objects.requireNonNull(models, "models");
    Objects.requireNonNull(kind, "kind");
    return c -> inject(models.generate(c), kind, c);
  }
}
