package dev.disputemodel;

/** How a conflict or episode ended. */
public enum Outcome {
  /** A peace agreement was concluded. */
  PEACE_AGREEMENT,
  /** A ceasefire agreement ended the fighting. */
  CEASEFIRE,
  /** One side won; see the conflict's sides. */
  VICTORY,
  /** Fighting fell below the counting threshold. */
  LOW_ACTIVITY,
  /** A party ceased to exist. */
  ACTOR_CEASED,
  /** Another or an unclear outcome. */
  OTHER;
}
