package dev.disputemodel.testing;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.Claim;
import dev.disputemodel.Conflict;
import dev.disputemodel.ControlStatus;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Estimate;
import dev.disputemodel.Event;
import dev.disputemodel.Mediator;
import dev.disputemodel.Party;
import dev.disputemodel.PartyRelation;
import dev.disputemodel.PopulationStatus;
import dev.disputemodel.Proposition;
import dev.disputemodel.Provision;
import dev.disputemodel.Side;
import dev.disputemodel.Source;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.Supporter;
import dev.disputemodel.Territory;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import dev.disputemodel.time.Precision;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Generators of every domain type, valid by construction, and of whole consistent
 * {@link DisputeModel}s. Entity generators (parties, claims, conflicts, ...) draw an entity from a
 * generated model, so their values are realistic: their references resolve within that model.
 * Every generator shrinks toward simpler values (see {@link Sample#shrinks()}).
 *
 * <p>All methods return stateless, thread-safe generators.
 */
public final class Generators {
  private static final ModelConfig ENTITIES = ModelConfig.builder().conflicts(1, 3).claims(1, 20)
      .parties(4, 10).build();
  private static final long FROM = Times.seconds(ModelConfig.defaults().firstDay());
  private static final long TO = Times.seconds(ModelConfig.defaults().untilDay());
  private static final int[] EVERY_PRECISION = new int[Precision.values().length];

  static {
    Arrays.fill(EVERY_PRECISION, 1);
  }

  private Generators() {}

  /** Returns whole models with the {@linkplain ModelConfig#defaults() default} knobs. */
  public static Gen<DisputeModel> models() {
    return models(ModelConfig.defaults());
  }

  /**
   * Returns whole models with the given knobs: every reference resolves, and the facts are
   * mutually consistent (see {@link ModelConfig} and {@code docs/testing.md}); only contested
   * questions, where different claimants answer one question differently, disagree.
   */
  public static Gen<DisputeModel> models(ModelConfig config) {
    Objects.requireNonNull(config, "config");
    return c -> ModelPlanner.generate(c, config);
  }

  /** Returns fuzzy times of every precision between 1950 and 2024. */
  public static Gen<FuzzyTime> fuzzyTimes() {
    return c -> Times.within(c, FROM, TO, Times.precision(c, EVERY_PRECISION)).orElseThrow();
  }

  /** Returns fuzzy times of exactly {@code precision} between 1950 and 2024. */
  public static Gen<FuzzyTime> fuzzyTimes(Precision precision) {
    Objects.requireNonNull(precision, "precision");
    return c -> Times.within(c, FROM, TO, precision).orElseThrow();
  }

  /** Returns fuzzy periods of every shape: closed, ongoing (open end) and with unknown start. */
  public static Gen<FuzzyPeriod> fuzzyPeriods() {
    return c -> Times.anyShape(c, FROM, TO, Times.precision(c, EVERY_PRECISION)).orElseThrow();
  }

  /** Returns estimates of every {@link Estimate.Form}, some with the source's wording. */
  public static Gen<Estimate> estimates() {
    return c -> estimate(c, Estimate.Form.values()[c.nextInt(Estimate.Form.values().length)]);
  }

  /** Returns estimates of exactly {@code form}, some with the source's wording. */
  public static Gen<Estimate> estimates(Estimate.Form form) {
    Objects.requireNonNull(form, "form");
    return c -> estimate(c, form);
  }

  private static Estimate estimate(Choices c, Estimate.Form form) {
    long bound = 1 + 100L * (c.size() + 1);
    long a = c.nextLong(bound);
    long b = a + 1 + c.nextLong(bound);
    OptionalLong none = OptionalLong.empty();
    Estimate e;
    switch (form) {
      case EXACT:
        e = Estimate.exact(a);
        break;
      case ABOUT:
        e = Estimate.about(a);
        break;
      case AT_LEAST:
        e = Estimate.of(OptionalLong.of(a), c.nextBoolean(0.3) ? OptionalLong.of(b) : none, none);
        break;
      case AT_MOST:
        e = Estimate.of(none, c.nextBoolean(0.3) ? OptionalLong.of(a) : none, OptionalLong.of(b));
        break;
      case RANGE:
        e = c.nextBoolean(0.5) ? Estimate.range(a, b) : Estimate.range(a, a + c.nextLong(b - a + 1), b);
        break;
      default:
        e = Estimate.unknown();
        break;
    }
    return c.nextBoolean(0.3) ? e.withWording(c.pick(List.of("dozens", "some", "about " + a))) : e;
  }

  /** Returns parties of every kind. */
  public static Gen<Party> parties() {
    return from(DisputeModel::parties);
  }

  /** Returns relations between parties, of every kind. */
  public static Gen<PartyRelation> relations() {
    return from(DisputeModel::relations);
  }

  /** Returns territories, some within others, with sovereignty, control and population. */
  public static Gen<Territory> territories() {
    return from(DisputeModel::territories);
  }

  /** Returns sovereignty statuses, internationally recognized or by listed recognizers. */
  public static Gen<SovereigntyStatus> sovereigntyStatuses() {
    return from(m -> flat(m.territories(), Territory::sovereignty));
  }

  /** Returns control statuses. */
  public static Gen<ControlStatus> controlStatuses() {
    return from(m -> flat(m.territories(), Territory::control));
  }

  /** Returns population statuses. */
  public static Gen<PopulationStatus> populationStatuses() {
    return from(m -> flat(m.territories(), Territory::population));
  }

  /** Returns conflicts and episodes, with sides, supporters and fuzzy periods. */
  public static Gen<Conflict> conflicts() {
    return from(DisputeModel::conflicts);
  }

  /** Returns sides of conflicts. */
  public static Gen<Side> sides() {
    return from(m -> flat(m.conflicts(), Conflict::sides));
  }

  /** Returns supporters of sides. */
  public static Gen<Supporter> supporters() {
    return from(m -> flat(flat(m.conflicts(), Conflict::sides), Side::supporters));
  }

  /** Returns events of every kind. */
  public static Gen<Event> events() {
    return from(DisputeModel::events);
  }

  /** Returns ceasefires, with provisions and successions of earlier ones. */
  public static Gen<Ceasefire> ceasefires() {
    return from(DisputeModel::ceasefires);
  }

  /** Returns ceasefire provisions of every type. */
  public static Gen<Provision> provisions() {
    return from(m -> flat(m.ceasefires(), Ceasefire::provisions));
  }

  /** Returns mediator roles of every kind. */
  public static Gen<Mediator> mediators() {
    return from(DisputeModel::mediators);
  }

  /** Returns sources of every kind. */
  public static Gen<Source> sources() {
    return from(DisputeModel::sources);
  }

  /** Returns claims, asserted and denied, with propositions of every type. */
  public static Gen<Claim> claims() {
    return from(DisputeModel::claims);
  }

  /** Returns propositions of every type. */
  public static Gen<Proposition> propositions() {
    return from(m -> flat(m.claims(), Claim::propositions));
  }

  /**
   * Returns the default generator of values of {@code type}, if the kit has one: every domain
   * type ({@link DisputeModel}, {@link FuzzyTime}, {@link FuzzyPeriod}, {@link Estimate}, each
   * entity, {@link Side}, {@link Supporter}, the territory statuses, {@link Provision},
   * {@link Proposition}). Used by test-framework integrations to pick a generator by type.
   */
  @SuppressWarnings("unchecked") // each entry's generator produces exactly its key's type
  public static <T> java.util.Optional<Gen<T>> forType(Class<T> type) {
    Objects.requireNonNull(type, "type");
    return java.util.Optional.ofNullable((Gen<T>) BY_TYPE.get(type));
  }

  private static final com.google.common.collect.ImmutableMap<Class<?>, Gen<?>> BY_TYPE =
      com.google.common.collect.ImmutableMap.<Class<?>, Gen<?>>builder()
          .put(DisputeModel.class, models())
          .put(FuzzyTime.class, fuzzyTimes())
          .put(FuzzyPeriod.class, fuzzyPeriods())
          .put(Estimate.class, estimates())
          .put(Party.class, parties())
          .put(PartyRelation.class, relations())
          .put(Territory.class, territories())
          .put(SovereigntyStatus.class, sovereigntyStatuses())
          .put(ControlStatus.class, controlStatuses())
          .put(PopulationStatus.class, populationStatuses())
          .put(Conflict.class, conflicts())
          .put(Side.class, sides())
          .put(Supporter.class, supporters())
          .put(Event.class, events())
          .put(Ceasefire.class, ceasefires())
          .put(Provision.class, provisions())
          .put(Mediator.class, mediators())
          .put(Source.class, sources())
          .put(Claim.class, claims())
          .put(Proposition.class, propositions())
          .buildOrThrow();

  private static <E> Gen<E> from(Function<DisputeModel, List<E>> elements) {
    return models(ENTITIES).map(elements).filter(l -> !l.isEmpty()).flatMap(l -> c -> c.pick(l));
  }

  private static <A, B> List<B> flat(List<A> items, Function<A, List<B>> f) {
    ImmutableList.Builder<B> all = ImmutableList.builder();
    items.forEach(i -> all.addAll(f.apply(i)));
    return all.build();
  }
}
