package dev.disputemodel;

/**
 * The typed vocabulary of {@link Characterization}s: what a party says an event or a ruling is.
 * Each kind belongs to one {@link CharacterAspect}; two kinds of the same aspect contradict unless
 * they are {@linkplain #isCompatibleWith compatible} (a neutral kind, such as
 * {@link #MILITARY_OPERATION}, is compatible with every kind of its aspect).
 */
public enum CharacterKind {
  /**
   * An armed entry into another's territory without its consent: the "Turkish invasion of Cyprus"
   * of 20 July 1974, as Sputnik called it in 2019.
   */
  INVASION(CharacterAspect.USE_OF_FORCE, false),
  /**
   * An operation to restore or keep peace, under a right the acting party invokes: Turkey's
   * "20 July Cyprus Peace Operation", conducted "within the framework of Turkey's rights and
   * obligations stemming from international treaties" (its foreign ministry, 20 July 2017).
   */
  PEACE_OPERATION(CharacterAspect.USE_OF_FORCE, false),
  /**
   * A military operation, without saying whether it was lawful: the United Nations' wording for
   * the same landing. Neutral: compatible with every kind of use of force.
   */
  MILITARY_OPERATION(CharacterAspect.USE_OF_FORCE, true),
  /**
   * The incorporation of another's territory by one state's act: Israel's Golan Heights Law of
   * 14 December 1981, in the Reagan Administration's words the same day. Its denial (Begin's "You
   * use the word 'annexation.' I do not use it") is a claim that denies it.
   */
  ANNEXATION(CharacterAspect.STATUS_CHANGE, false),
  /** The dead were civilians: Račak's dead, in the Spanish press of 17 January 1999. */
  CIVILIANS(CharacterAspect.VICTIMS, false),
  /** The dead were combatants: Račak's dead as "terrorists" of the UÇK, in the Serbian version. */
  COMBATANTS(CharacterAspect.VICTIMS, false),
  /** The ruling binds the parties it addresses. */
  BINDING(CharacterAspect.LEGAL_FORCE, false),
  /** The ruling does not bind: a recommendation, an advisory opinion. */
  NOT_BINDING(CharacterAspect.LEGAL_FORCE, false);

  private final CharacterAspect aspect;
  private final boolean neutral;

  CharacterKind(CharacterAspect aspect, boolean neutral) {
    this.aspect = aspect;
    this.neutral = neutral;
  }

  /** Returns the question this kind answers. */
  public CharacterAspect aspect() {
    return aspect;
  }

  /**
   * Returns true if an entity can be both this and {@code other}: the same kind, kinds of different
   * aspects, or a neutral kind and any kind of its aspect. Symmetric.
   *
   * @throws NullPointerException if {@code other} is null
   */
  public boolean isCompatibleWith(CharacterKind other) {
    return this == other || aspect != other.aspect || neutral || other.neutral;
  }
}
