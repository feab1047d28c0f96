package dev.disputemodel;

import com.google.common.collect.ImmutableList;
import dev.disputemodel.internal.Checks;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.EqualBounds;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * An actor in a dispute: a state, a de facto state, a government body, an armed group, an
 * international organization or alliance, a peacekeeping mission, or a person who speaks for one
 * of these in an office. In the reference story Armenia and Azerbaijan are states, Azerbaijan's
 * Ministry of Defense is a government body acting for Azerbaijan, and Nikol Pashinyan is a person
 * who speaks for Armenia as Prime Minister.
 *
 * <p>A party may exist for a stated time only ({@link #existence()}): a state proclaimed on a day,
 * a mission dissolved by a resolution. Its existence may be interrupted ({@link #interruptions()}):
 * a state occupied and later restored, which the Correlates of War state list records as several
 * spells of one state. {@link #exists(FuzzyTime)} answers whether it existed at a time. The
 * consistency checker reports roles it plays outside its existence.
 *
 * <p>Immutable; build with {@link #builder()}, copy with {@code with*}. Invariants: the name and
 * aliases are not blank; an office only for a {@link PartyKind#PERSON}; a party does not act for
 * itself nor succeed itself, nor succeed one party twice; it is not dissolved definitely before it was proclaimed; each interruption has a start
 * and an end, lies within the existence (where one is stated) and begins after the previous one
 * ends; each external id has its
 * scheme's form ({@link IdScheme#check}: an ISO 3166 code is two or three capital letters, a
 * Wikidata id is {@code Q} and digits, UCDP and Gleditsch–Ward numbers are positive). Violations
 * throw {@link InvalidValueException}.
 */
@Value.Immutable
public abstract class Party implements Entity, Identified, WithParty {
  Party() {}

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Party}; {@code from(party)} starts from an existing one. Besides
   * {@code putExternalId(scheme, value)}, typed setters put the ids of the common schemes.
   */
  public static final class Builder extends ImmutableParty.Builder {
    /** Creates an empty builder, as {@link Party#builder()} does. */
    public Builder() {}

    /** Puts the {@link IdScheme#UCDP_ACTOR UCDP actor id}. */
    public Builder ucdpActorId(int id) {
      putExternalId(IdScheme.UCDP_ACTOR, Integer.toString(id));
      return this;
    }

    /** Puts the {@link IdScheme#GLEDITSCH_WARD Gleditsch–Ward number}. */
    public Builder gleditschWardNumber(int number) {
      putExternalId(IdScheme.GLEDITSCH_WARD, Integer.toString(number));
      return this;
    }

    /** Puts the {@link IdScheme#COW_STATE_CODE Correlates of War state code}. */
    public Builder cowStateCode(int code) {
      putExternalId(IdScheme.COW_STATE_CODE, Integer.toString(code));
      return this;
    }

    /** Puts the {@link IdScheme#ISO_3166 ISO 3166 code}. */
    public Builder iso3166(String code) {
      putExternalId(IdScheme.ISO_3166, code);
      return this;
    }

    /** Puts the {@link IdScheme#WIKIDATA Wikidata item id}. */
    public Builder wikidataId(String item) {
      putExternalId(IdScheme.WIKIDATA, item);
      return this;
    }
  }

  /** Returns the party's id. */
  @Override
  public abstract PartyId id();

  /** Returns the name the model uses for the party ("Armenia", "Nikol Pashinyan"). */
  public abstract String name();

  /** Returns the kind of actor. */
  public abstract PartyKind kind();

  /** Returns other names the party is known by ("Moscow" for Russia), in the order given. */
  public abstract List<String> aliases();

  /**
   * Returns the party this one acts for, if any: the state of a government body, the party a
   * person speaks for, the state that sends a peacekeeping mission.
   */
  public abstract Optional<PartyId> actsFor();

  /** Returns a person's office ("Prime Minister"), if the party is a person who holds one. */
  public abstract Optional<String> office();

  /** Returns the religion of the majority of the party's population, where a source states it. */
  public abstract Optional<String> majorityReligion();

  @Override
  public abstract Map<IdScheme, String> externalIds();

  /**
   * Returns when the party came into being, if a source states it: a state's proclamation of
   * independence, a mission's establishment, a movement's founding.
   */
  public abstract Optional<FuzzyTime> proclaimed();

  /** Returns when the party ceased to exist, if it has and a source states it. */
  public abstract Optional<FuzzyTime> dissolved();

  /**
   * Returns the period the party existed in, from {@link #proclaimed()} to {@link #dissolved()}
   * (ongoing if not dissolved, from an unstated start if not proclaimed), or empty when neither is
   * stated: a party with no stated existence is taken to exist whenever it acts.
   */
  public Optional<FuzzyPeriod> existence() {
    if (proclaimed().isPresent()) {
      FuzzyTime start = proclaimed().get();
      return Optional.of(dissolved().map(end -> FuzzyPeriod.of(start, end))
          .orElseGet(() -> FuzzyPeriod.since(start)));
    }
    return dissolved().map(FuzzyPeriod::until);
  }

  /**
   * Returns the periods within its {@linkplain #existence() existence} during which the party did
   * not exist, in time order: Cuba under United States administration from 26 September 1906 to
   * 22 January 1909, between its two spells in the Correlates of War state list. Each begins the
   * first moment the party no longer existed and ends the last; empty when its existence was not
   * interrupted. A party may have interruptions without a stated existence: the Netherlands,
   * in the state list from its first day (1816) to its last, with a gap from 1940 to 1945.
   */
  public abstract List<FuzzyPeriod> interruptions();

  /**
   * Returns whether the party existed at {@code time}: within its {@linkplain #existence()
   * existence} and in none of its {@linkplain #interruptions() interruptions}, three-valued.
   * A bound with the same bounds as {@code time} is the same moment: a state proclaimed on a day
   * exists on that day. {@code DEFINITELY} for a party with no stated existence (taken to exist
   * whenever it acts).
   * Cost: linear in the number of interruptions.
   *
   * @throws NullPointerException if {@code time} is null
   */
  public Certainty exists(FuzzyTime time) {
    Objects.requireNonNull(time, "time");
    Certainty exists = existence().map(e -> e.covers(time, EqualBounds.SAME_MOMENT))
        .orElse(Certainty.DEFINITELY);
    for (FuzzyPeriod gap : interruptions()) {
      exists = exists.and(gap.covers(time, EqualBounds.SAME_MOMENT).negate());
    }
    return exists;
  }

  /**
   * Returns the earlier parties this one succeeds, each with how and when, in the order given:
   * Serbia succeeds Serbia and Montenegro, which succeeds the Federal Republic of Yugoslavia;
   * Guyana succeeds British Guiana. Empty when it succeeds none.
   */
  public abstract List<Succession> succeeds();

  /** Returns the {@link IdScheme#UCDP_ACTOR UCDP actor id}, if known. */
  public OptionalInt ucdpActorId() {
    return IdScheme.UCDP_ACTOR.numberIn(externalIds());
  }

  /** Returns the {@link IdScheme#GLEDITSCH_WARD Gleditsch–Ward number} of a state, if known. */
  public OptionalInt gleditschWardNumber() {
    return IdScheme.GLEDITSCH_WARD.numberIn(externalIds());
  }

  /** Returns the {@link IdScheme#COW_STATE_CODE Correlates of War state code}, if known. */
  public OptionalInt cowStateCode() {
    return IdScheme.COW_STATE_CODE.numberIn(externalIds());
  }

  /** Returns {@link #actsFor()} and the predecessors it {@linkplain #succeeds() succeeds}. */
  @Override
  public List<Reference> references() {
    if (succeeds().isEmpty()) {
      return actsFor().map(p -> List.of(new Reference("actsFor", p))).orElse(ImmutableList.of());
    }
    ImmutableList.Builder<Reference> refs = ImmutableList.builder();
    actsFor().ifPresent(p -> refs.add(new Reference("actsFor", p)));
    for (int i = 0; i < succeeds().size(); i++) {
      String at = "succeeds[" + i + "].";
      succeeds().get(i).references().forEach(r -> refs.add(r.under(at)));
    }
    return refs.build();
  }

  @Value.Check
  void check() {
    Checks checks = Checks.of("Party")
        .text("name", name())
        .texts("aliases", aliases())
        .text("office", office())
        .text("majorityReligion", majorityReligion())
        .check(office().isEmpty() || kind() == PartyKind.PERSON,
            "office", office().orElse(""), "only a PERSON holds an office, not " + kind())
        .check(!actsFor().equals(Optional.of(id())), "actsFor", id(), "a party cannot act for itself");
    if (proclaimed().isPresent() && dissolved().isPresent()) {
      checks.check(
          !dissolved().get().isBefore(proclaimed().get()).isDefinite(), "dissolved",
          dissolved().get(), "must not be before proclaimed (" + proclaimed().get() + ")");
    }
    checkInterruptions(checks);
    java.util.Set<PartyId> predecessors = new java.util.HashSet<>();
    for (int i = 0; i < succeeds().size(); i++) {
      PartyId p = succeeds().get(i).predecessor();
      checks.check(!p.equals(id()), "succeeds[" + i + "].predecessor", p,
          "a party cannot succeed itself");
      checks.check(predecessors.add(p), "succeeds[" + i + "].predecessor", p,
          "succeeds the same party twice");
    }
    externalIds().forEach((scheme, value) -> checks.all(() -> scheme.check("Party", value)));
    checks.done();
  }

  private void checkInterruptions(Checks checks) {
    for (int i = 0; i < interruptions().size(); i++) {
      FuzzyPeriod gap = interruptions().get(i);
      String field = "interruptions[" + i + "]";
      if (gap.start().isEmpty() || gap.end().isEmpty()) {
        checks.check(false, field, gap, "must state its start and its end");
        continue;
      }
      checks.check(existence().map(e -> e.encloses(gap).isPossible()).orElse(true),
          field, gap, "must lie within the existence " + existence().map(Object::toString).orElse(""));
      Optional<FuzzyTime> previousEnd =
          i == 0 ? Optional.empty() : interruptions().get(i - 1).end();
      if (previousEnd.isPresent()) {
        checks.check(previousEnd.get().isBefore(gap.start().get()).isPossible(), field, gap,
            "must begin after the previous interruption ends (" + previousEnd.get() + ")");
      }
    }
  }
}
