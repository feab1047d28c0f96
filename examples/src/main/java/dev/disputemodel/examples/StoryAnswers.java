package dev.disputemodel.examples;

import static dev.disputemodel.examples.BorderClash2022.AZERBAIJAN;
import static dev.disputemodel.examples.BorderClash2022.CLASHES_2022;
import static dev.disputemodel.examples.BorderClash2022.DISPUTE;
import static dev.disputemodel.examples.BorderClash2022.NAGORNO_KARABAKH;

import dev.disputemodel.Ceasefire;
import dev.disputemodel.Claim;
import dev.disputemodel.ConflictId;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.PropositionType;
import dev.disputemodel.index.Question;
import dev.disputemodel.query.CasualtyFigures;
import dev.disputemodel.query.CeasefireAccount;
import dev.disputemodel.query.Divergence;
import dev.disputemodel.query.Involvement;
import dev.disputemodel.query.MediatorAlliance;
import dev.disputemodel.query.ModelQueries;
import dev.disputemodel.query.Role;
import dev.disputemodel.query.Timeline;
import dev.disputemodel.query.When;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The questions issue #4 asks of the reference story, each answered through the query API
 * ({@link ModelQueries}) and returned as typed data; {@link ReferenceStory} prints them and the
 * example tests assert them.
 */
public final class StoryAnswers {
  /** 14 September 2022, the day after the ceasefire took effect. */
  public static final FuzzyTime SEPTEMBER_14 = FuzzyTime.onDay(LocalDate.of(2022, 9, 14));

  private final ModelQueries q;

  private StoryAnswers(DisputeModel model) {
    this.q = ModelQueries.over(model);
  }

  /** Returns the answers for {@code model} (normally {@link BorderClash2022#model()}). */
  public static StoryAnswers of(DisputeModel model) {
    return new StoryAnswers(model);
  }

  /** Returns the query API over the model, for questions of one's own. */
  public ModelQueries queries() {
    return q;
  }

  /** Returns the conflicts about Nagorno-Karabakh (at stake there, or with events there). */
  public List<ConflictId> conflictsOverNagornoKarabakh() {
    return q.conflictsAbout(NAGORNO_KARABAKH).stream().map(c -> c.id()).collect(Collectors.toList());
  }

  /** Who fights over Nagorno-Karabakh, and on which side: primaries and supporters of the dispute and its episodes. */
  public List<Involvement> whoFights() {
    return q.involvement(DISPUTE).withEpisodes().inRoles(Role.PRIMARY, Role.SUPPORTER).list();
  }

  /** Who claims what about who struck first in September 2022, and who backs each version. */
  public Question whoStruckFirst() {
    return q.question(PropositionKey.of(PropositionType.INITIATOR, CLASHES_2022));
  }

  /** The ceasefires definitely in effect on 14 September 2022. */
  public List<Ceasefire> ceasefiresInEffectOnSeptember14() {
    return q.ceasefiresInEffect(When.definitelyOn(SEPTEMBER_14));
  }

  /** What the model says about each ceasefire in effect on 14 September 2022, in model order. */
  public List<CeasefireAccount> ceasefireAccounts() {
    return ceasefiresInEffectOnSeptember14().stream().map(c -> q.ceasefire(c.id())).collect(Collectors.toList());
  }

  /** Mediators, brokers and peacekeepers allied with a belligerent of the dispute or its episodes. */
  public List<MediatorAlliance> alliedMediators() {
    return q.mediatorAlliances(DISPUTE);
  }

  /** The casualty figures for the 2022 clashes, by party and claimant. */
  public CasualtyFigures casualties2022() {
    return q.casualties(CLASHES_2022);
  }

  /** The timeline of the Nagorno-Karabakh conflict with its episodes. */
  public Timeline timeline() {
    return q.timeline(DISPUTE);
  }

  /**
   * Where sovereignty and population (or control) possibly differ on 14 September 2022: the
   * article states no periods for them, so no difference is definite on any date.
   */
  public List<Divergence> divergences() {
    return q.divergences(When.possiblyOn(SEPTEMBER_14));
  }

  /** What Azerbaijan (or anyone speaking for it) had said about its casualties in the 2022 clashes, as known on {@code date}. */
  public List<Claim> azerbaijaniCasualtyClaimsKnownOn(FuzzyTime date, Certainty certainty) {
    return q.claims().by(AZERBAIJAN)
        .on(PropositionKey.of(PropositionType.CASUALTIES, CLASHES_2022, AZERBAIJAN))
        .asKnownOn(date, certainty)
        .list();
  }
}
