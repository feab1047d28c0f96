package dev.disputemodel.testing;

import dev.disputemodel.DisputeModel;
import dev.disputemodel.Mediator;
import java.util.List;

/**
 * Builds one whole, consistent {@link DisputeModel} from a stream of {@link Choices}: the single
 * algorithm behind {@link Generators#models(ModelConfig)} and {@link BulkModels}. It draws the
 * counts, then lets one planner per concept add its entities to a shared {@link ModelDraft}, each
 * consistent with what the earlier ones planned:
 *
 * <ol>
 *   <li>{@link SourcePlanner} and {@link PartyPlanner}: sources, and parties in two pools that
 *       never mix (belligerents and third parties);
 *   <li>{@link TerritoryPlanner}: territories with statuses in disjoint periods;
 *   <li>{@link ConflictPlanner}: conflicts, their events and episodes, and through
 *       {@link CeasefirePlanner} their ceasefires and mediator roles, everything certainly inside
 *       its conflict's period and in order;
 *   <li>{@link RelationPlanner}: relations within a pool;
 *   <li>{@link ClaimPlanner}: claims, made after every fact, one answer per question and claimant
 *       family, on questions each planned by one {@link Topic} class; then silences; last, the
 *       mediator roles' attestations by claims.
 * </ol>
 *
 * <p>What each planner keeps consistent is written on it; {@code docs/testing.md} lists it for
 * users. Last, {@link ModelConfig#faults()} faults may be injected ({@link FaultInjector}).
 */
final class ModelPlanner {
  private static final List<FaultKind> FAULT_KINDS = List.of(FaultKind.values());

  private ModelPlanner() {}

  /** Generates a model; every decision comes from {@code c}. */
  static DisputeModel generate(Choices c, ModelConfig config) {
    ModelDraft draft = new ModelDraft(c, config);
    // lengths drawn first, their elements after: shrinking drops an element and one off its length
    Choices.Length parties = length(c, config.parties());
    Choices.Length territories = length(c, config.territories());
    Choices.Length conflicts = length(c, config.conflicts());
    Choices.Length claims = length(c, config.claims());
    Choices.Length sources = c.length(1, config.maxSources());
    new SourcePlanner(draft).plan(sources);
    new PartyPlanner(draft).plan(parties);
    new TerritoryPlanner(draft).plan(territories);
    CeasefirePlanner ceasefires = new CeasefirePlanner(draft);
    new ConflictPlanner(draft, ceasefires).plan(conflicts);
    new RelationPlanner(draft).plan(c.length(0, config.maxRelations()));
    new ClaimPlanner(draft).plan(claims);
    List<Mediator> mediators = ceasefires.finishMediators();
    DisputeModel model = draft.build(mediators);
    int faults = between(c, config.faults());
    for (int i = 0; i < faults; i++) {
      model = FaultInjector.inject(model, c.pick(FAULT_KINDS), c).model();
    }
    return model;
  }

  private static Choices.Length length(Choices c, IntRange range) {
    return c.length(range.min(), range.max());
  }

  private static int between(Choices c, IntRange range) {
    return c.between(range.min(), range.max());
  }
}
