package dev.disputemodel;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.disputemodel.internal.Checks;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * A system of identifiers that a dataset or registry gives to parties and territories: UCDP actor
 * ids, Gleditsch–Ward country numbers, Correlates of War state codes, ISO 3166 codes, Wikidata
 * items. Entities hold their ids as a map from scheme to value ({@link Party#externalIds()},
 * {@link Territory#externalIds()}), so a new dataset's ids need no new attribute:
 * {@code IdScheme.of("acled-actor")} names one.
 *
 * <p>A scheme is named by lower-case words joined by {@code -}. The well-known schemes, the
 * constants of this class, check the form of their values (a Wikidata id is {@code Q} and
 * digits); any other scheme accepts any non-blank value without surrounding white space.
 * {@link #of(String)} returns the well-known constant for its name. Two schemes are equal when
 * their names are. Immutable and thread-safe.
 */
public final class IdScheme implements Comparable<IdScheme> {
  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern POSITIVE = Pattern.compile("[1-9][0-9]{0,8}");
  private static final String POSITIVE_REASON = "must be a positive whole number below 10^9";

  /** UCDP's actor id ({@code ActorId} in the UCDP datasets), a positive number: Azerbaijan is 64. */
  public static final IdScheme UCDP_ACTOR = new IdScheme("ucdp-actor", POSITIVE, POSITIVE_REASON);
  /** The Gleditsch–Ward country number of a state, a positive number: Azerbaijan is 373. */
  public static final IdScheme GLEDITSCH_WARD =
      new IdScheme("gleditsch-ward", POSITIVE, POSITIVE_REASON);
  /** The Correlates of War state code ({@code ccode}), a positive number: Canada is 20. */
  public static final IdScheme COW_STATE_CODE =
      new IdScheme("cow-state-code", POSITIVE, POSITIVE_REASON);
  /** The Correlates of War state abbreviation ({@code stateabb}), three capital letters: {@code CAN}. */
  public static final IdScheme COW_STATE_ABBREVIATION = new IdScheme(
      "cow-state-abbreviation", Pattern.compile("[A-Z]{3}"), "must be 3 capital letters");
  /** An ISO 3166 country code, alpha-2 or alpha-3: {@code AM}, {@code AZE}. */
  public static final IdScheme ISO_3166 =
      new IdScheme("iso-3166", Pattern.compile("[A-Z]{2,3}"), "must be 2 or 3 capital letters");
  /** A Wikidata item id, {@code Q} and digits: Armenia is {@code Q399}. */
  public static final IdScheme WIKIDATA =
      new IdScheme("wikidata", Pattern.compile("Q[1-9][0-9]*"), "must be Q followed by digits");

  private static final ImmutableMap<String, IdScheme> WELL_KNOWN = ImmutableMap.of(
      UCDP_ACTOR.name, UCDP_ACTOR, GLEDITSCH_WARD.name, GLEDITSCH_WARD,
      COW_STATE_CODE.name, COW_STATE_CODE, COW_STATE_ABBREVIATION.name, COW_STATE_ABBREVIATION,
      ISO_3166.name, ISO_3166, WIKIDATA.name, WIKIDATA);

  private final String name;
  private final Pattern form; // null: any text
  private final String reason;

  private IdScheme(String name, Pattern form, String reason) {
    this.name = name;
    this.form = form;
    this.reason = reason;
  }

  /**
   * Returns the scheme named {@code name}: the well-known constant of that name, or a scheme that
   * accepts any non-blank value.
   *
   * @throws InvalidValueException if {@code name} is not lower-case words joined by {@code -}
   */
  public static IdScheme of(String name) {
    IdScheme known = WELL_KNOWN.get(Objects.requireNonNull(name, "name"));
    if (known != null) {
      return known;
    }
    if (!NAME.matcher(name).matches()) {
      throw new InvalidValueException(
          "IdScheme", "name", name, "must be lower-case letters and digits, words joined by '-'");
    }
    return new IdScheme(name, null, "");
  }

  /** Returns the well-known schemes, the constants of this class, ordered by name. */
  public static ImmutableSet<IdScheme> wellKnown() {
    return ImmutableSet.copyOf(WELL_KNOWN.values().stream().sorted().toList());
  }

  /** Returns the scheme's name ({@code wikidata}, {@code ucdp-actor}). */
  public String name() {
    return name;
  }

  /**
   * Returns {@code value} if it is a valid id in this scheme.
   *
   * @param type the type that holds the id, for the exception ("Party")
   * @throws InvalidValueException naming {@code type.externalIds[name]} and the value, if the
   *     value is blank, has surrounding white space, or does not have the scheme's form
   */
  public String check(String type, String value) {
    String field = "externalIds[" + name + "]";
    Checks.text(type, field, value);
    if (form != null && !form.matcher(value).matches()) {
      throw new InvalidValueException(type, field, value, reason);
    }
    return value;
  }

  /**
   * Returns the id in this scheme among {@code ids} as a number, if present: the typed accessors
   * of the numeric schemes ({@link Party#ucdpActorId()}).
   *
   * @throws NumberFormatException if the id is not a whole number (never for a checked id of a
   *     numeric well-known scheme)
   */
  OptionalInt numberIn(Map<IdScheme, String> ids) {
    String value = ids.get(this);
    return value == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(value));
  }

  @Override
  public int compareTo(IdScheme other) {
    return name.compareTo(other.name);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IdScheme s && s.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /** Returns the name. */
  @Override
  public String toString() {
    return name;
  }
}
