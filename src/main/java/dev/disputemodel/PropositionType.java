package dev.disputemodel;

/** The kinds of question a {@link Proposition} answers; part of its {@link PropositionKey}. */
public enum PropositionType {
  /** Who is sovereign over a territory. */
  SOVEREIGNTY,
  /** Who controls a territory. */
  CONTROL,
  /** How many of a party were killed, wounded or hurt in a conflict. */
  CASUALTIES,
  /** Who initiated (struck first in) a conflict or episode. */
  INITIATOR,
  /** Whether an attack happened. */
  ATTACK,
  /** What state a ceasefire is in. */
  CEASEFIRE_STATE,
  /** What position a party takes. */
  STANCE,
  /** Whether a party backs another's account. */
  BACKING,
  /** Whether a party has made no statement on a question. */
  NO_STATEMENT,
  /** How a party responds to a ruling: accepts, rejects or ignores it. */
  RULING_RESPONSE,
  /** When another entity started, ended, took effect or happened ({@link FactTime}). */
  FACT_TIME,
  /** A figure of another entity, such as a ruling's vote ({@link FactFigure}). */
  FACT_FIGURE,
  /** Whom a party recognizes as sovereign over a territory ({@link Recognizes}). */
  RECOGNITION,
  /** By how many parties a sovereign is recognized over a territory ({@link RecognitionCount}). */
  RECOGNITION_COUNT,
  /** How a party responds to an agreement: accepts, rejects or ignores it ({@link AgreementResponse}). */
  AGREEMENT_RESPONSE,
  /** How far an agreement went: proposed, signed, in force, ended, never in force ({@link AgreementStatus}). */
  AGREEMENT_STAGE,
  /** What an event or ruling is, in one aspect ({@link Characterization}). */
  CHARACTERIZATION;
}
