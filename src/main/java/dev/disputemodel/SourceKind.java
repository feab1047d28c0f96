package dev.disputemodel;

/** What kind of publication a {@link Source} is. */
public enum SourceKind {
  /** A news article or broadcast. */
  NEWS_REPORT,
  /** A statement by a government or organization. */
  OFFICIAL_STATEMENT,
  /** A release of a dataset, such as UCDP/PRIO ACD 23.1. */
  DATASET_RELEASE,
  /** A scholarly publication. */
  RESEARCH,
  /** Any other source. */
  OTHER;
}
