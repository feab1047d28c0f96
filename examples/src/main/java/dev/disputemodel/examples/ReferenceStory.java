package dev.disputemodel.examples;

/** Placeholder until the reference story lands; replaced by the full account. */
public final class ReferenceStory {
  private ReferenceStory() {}

  /** Prints the reference story's account. */
  public static void main(String[] args) {
    System.out.println("reference story: pending");
  }
}
