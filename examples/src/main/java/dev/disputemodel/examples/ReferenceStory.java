package dev.disputemodel.examples;

import dev.disputemodel.CasualtyKind;
import dev.disputemodel.Claim;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Mediator;
import dev.disputemodel.index.Question;
import dev.disputemodel.query.CasualtyEstimate;
import dev.disputemodel.query.CasualtyFigure;
import dev.disputemodel.query.CasualtyFigures;
import dev.disputemodel.query.CeasefireAccount;
import dev.disputemodel.query.Divergence;
import dev.disputemodel.query.MediatorAlliance;
import dev.disputemodel.query.Timeline;
import dev.disputemodel.query.TimelineEntry;
import dev.disputemodel.text.ModelAccount;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyTime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The reference example: builds the model of the September 2022 Armenia–Azerbaijan border
 * clashes ({@link BorderClash2022}) and prints the library's plain-text account of it
 * ({@link ModelAccount}), followed by the answers to the story's questions ({@link StoryAnswers}).
 *
 * <p>The account is deterministic: it follows the model's order and nothing else.
 */
public final class ReferenceStory {
  private ReferenceStory() {}

  /**
   * Prints the account of the reference story, loaded from its JSON file
   * ({@link BorderClash2022Json}), to standard output, and writes its three pictures
   * ({@link StoryPictures}) into the directory {@code args[0]}, or {@code target/pictures} when no
   * argument is given; where they went is said on standard error.
   *
   * @throws UncheckedIOException if a picture cannot be written
   */
  public static void main(String[] args) {
    DisputeModel model = BorderClash2022Json.load();
    System.out.print(account(model));
    Path directory = Path.of(args.length > 0 ? args[0] : "target/pictures");
    try {
      StoryPictures.write(model, directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.err.println("The story's pictures are in " + directory.toAbsolutePath());
  }

  /**
   * Returns the plain-text account of {@code model}: a title, the library's
   * {@link ModelAccount#toText() account} (sources, parties, ..., contradictions, the
   * consistency report), then the ANSWERS section.
   */
  public static String account(DisputeModel model) {
    ModelAccount text = ModelAccount.of(model);
    StringBuilder out = new StringBuilder();
    line(out, "THE REFERENCE STORY: the September 2022 Armenia–Azerbaijan border clashes");
    line(out, "Claims are dated from the start of what they report to the article's latest possible"
        + " publication; the article's own statements, to its publication.");
    line(out, "");
    out.append(text.toText());
    line(out, "");
    line(out, "ANSWERS (dev.disputemodel.query)");
    answers(text, out);
    return out.toString();
  }

  /** The reference story's questions (issue #4), answered through the query API. */
  private static void answers(ModelAccount text, StringBuilder out) {
    StoryAnswers a = StoryAnswers.of(text.model());
    line(out, "Who fights over Nagorno-Karabakh (conflicts about it: "
        + text.labels(a.conflictsOverNagornoKarabakh()) + "), and on which side:");
    a.whoFights().forEach(i -> line(out, "  " + text.describe(i)));
    Question first = a.whoStruckFirst();
    line(out, "Who struck first in September 2022 (" + first.key() + ", "
        + (first.isContested() ? "contested" : "not contested") + "):");
    first.versions().forEach(v -> line(out, "  " + text.describe(v)));
    line(out, "Ceasefires definitely in effect on 14 September 2022, and who disputes that they hold:");
    for (CeasefireAccount c : a.ceasefireAccounts()) {
      line(out, "  " + text.label(c.ceasefire().id()) + ": brokered by "
          + (c.brokers().isEmpty() ? "nobody recorded" : text.labels(c.brokers().stream().map(Mediator::party).collect(Collectors.toList())))
          + "; upheld by " + (c.upheldBy().isEmpty() ? "nobody" : text.labels(c.upheldBy()))
          + "; disputed by " + (c.disputedBy().isEmpty() ? "nobody" : text.labels(c.disputedBy()))
          + (c.violations().isEmpty() ? "" : "; violation evidence: " + c.violations().stream()
              .map(e -> text.label(e.entity()) + " (" + ModelAccount.words(e.certainty()) + ")").collect(Collectors.joining(", "))));
    }
    line(out, "Mediators allied with a belligerent:");
    for (MediatorAlliance m : a.alliedMediators()) {
      line(out, "  [" + m.mediator().id() + "] " + text.label(m.mediator().party()) + " as "
          + ModelAccount.words(m.mediator().role()) + " in " + text.label(m.mediator().conflict()) + ": "
          + text.label(m.principal()) + " is allied to " + text.label(m.belligerent()) + " ("
          + m.alliance().id() + "), " + ModelAccount.words(m.certainty()) + " at the same time");
    }
    CasualtyFigures figures = a.casualties2022();
    line(out, "Casualty figures for " + text.label(figures.conflict()) + ", by party and claimant:");
    for (CasualtyFigure f : figures.figures()) {
      line(out, "  " + f.party().map(text::label).orElse("all sides") + ", " + ModelAccount.casualtyWords(f.kind())
          + ": " + ModelAccount.figure(f.count()) + ", said by " + text.label(f.speaker()) + " (" + f.claim().id() + ")");
    }
    for (CasualtyKind kind : CasualtyKind.values()) {
      CasualtyEstimate e = figures.estimate(kind);
      if (e.byParty().isEmpty() && e.allSides().isEmpty()) {
        continue;
      }
      line(out, "  combined " + ModelAccount.casualtyWords(kind) + ": "
          + e.byParty().entrySet().stream().map(x -> text.label(x.getKey()) + " " + ModelAccount.figure(x.getValue()))
              .collect(Collectors.joining(" + "))
          + e.partySum().map(s -> " = " + ModelAccount.figure(s)).orElse("")
          + e.allSides().map(s -> (e.byParty().isEmpty() ? "" : "; ") + "all sides (not added) "
              + ModelAccount.figure(s)).orElse(""));
    }
    Timeline timeline = a.timeline();
    line(out, "Timeline of the Nagorno-Karabakh conflict:");
    for (TimelineEntry t : timeline.entries()) {
      line(out, "  " + ModelAccount.when(t.time()) + ": " + ModelAccount.words(t.mark()) + " " + text.label(t.entity()));
    }
    if (!timeline.undated().isEmpty()) {
      line(out, "  undated: " + text.labels(timeline.undated()));
    }
    line(out, "Where sovereignty and population or control possibly differ on 14 September 2022:");
    for (Divergence d : a.divergences()) {
      line(out, "  " + text.label(d.territory()) + ": sovereign " + text.labels(d.sovereigns())
          + (d.controllers().isEmpty() ? "" : "; held by " + text.labels(d.controllers()))
          + (d.kinStates().isEmpty() ? "" : "; inhabited by kin of " + text.labels(d.kinStates())));
    }
    line(out, "What Azerbaijan had said about its casualties in the 2022 clashes, as known on:");
    for (FuzzyTime day : List.of(
        FuzzyTime.onDay(java.time.LocalDate.of(2022, 9, 12)), StoryAnswers.SEPTEMBER_14,
        FuzzyTime.onDay(java.time.LocalDate.of(2022, 10, 1)))) {
      for (Certainty c : List.of(Certainty.DEFINITELY, Certainty.POSSIBLY)) {
        List<Claim> said = a.azerbaijaniCasualtyClaimsKnownOn(day, c);
        line(out, "  " + ModelAccount.when(day) + ", " + ModelAccount.words(c) + ": " + (said.isEmpty() ? "nothing" : said.stream()
            .map(k -> k.id().toString() + " " + text.claimantName(k)).collect(Collectors.joining(", "))));
      }
    }
  }

  private static void line(StringBuilder out, String text) {
    out.append(text).append('\n');
  }
}
