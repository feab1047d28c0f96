package dev.disputemodel.text;

import dev.disputemodel.CasualtyKind;
import dev.disputemodel.Claim;
import dev.disputemodel.Conflict;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Entity;
import dev.disputemodel.EntityId;
import dev.disputemodel.Estimate;
import dev.disputemodel.Mediator;
import dev.disputemodel.Party;
import dev.disputemodel.Polarity;
import dev.disputemodel.Proposition;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.check.Finding;
import dev.disputemodel.check.Report;
import dev.disputemodel.index.Question;
import dev.disputemodel.index.Version;
import dev.disputemodel.query.Involvement;
import dev.disputemodel.time.Certainty;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A plain-text account of a {@link DisputeModel} for a person to read: its sources, parties and
 * whom they act for, relations, territories, conflicts with their episodes, events, ceasefires
 * with their terms and brokers, agreements and rulings (when the model has any), third parties,
 * every claim with its claimant, time, source, hedge, quote and propositions, the contradictions decidable from the types, and the standard
 * checker's report ({@link #toText()}); and readable forms of query results and findings
 * ({@code describe(...)}), with names beside ids.
 *
 * <p>Every printed id is qualified by its kind ({@code Claim:K4}, never a bare {@code K4} that
 * could be a conflict, an event or a claim), and named entities print as
 * {@code Armenia [Party:P1]}. The text is deterministic: it follows the model's order and
 * nothing else. Immutable and thread-safe.
 */
public final class ModelAccount {
  private final DisputeModel model;
  private final Labels names;
  private final Statements statements;

  private ModelAccount(DisputeModel model) {
    this.model = model;
    this.names = new Labels(model);
    this.statements = new Statements(model, names);
  }

  /** Returns the account of {@code model} (not null). */
  public static ModelAccount of(DisputeModel model) {
    return new ModelAccount(Objects.requireNonNull(model, "model"));
  }

  /** Returns the model this account describes. */
  public DisputeModel model() {
    return model;
  }

  /**
   * Returns the whole account, one fact per line, each line ending in {@code \n}: sources, then
   * the sections PARTIES, RELATIONS, TERRITORIES, CONFLICTS AND EPISODES, EVENTS, CEASEFIRES,
   * AGREEMENTS and RULINGS (only when the model has some), THIRD PARTIES, CLAIMS, CONTRADICTIONS
   * and CONSISTENCY REPORT (the standard rules' {@link #describe(Report) report}), each after a
   * blank line.
   */
  public String toText() {
    return new AccountText(model, names, statements, this::describe).write();
  }

  /** Returns {@link #toText()}. */
  @Override
  public String toString() {
    return toText();
  }

  // ---------------------------------------------------------------- results in words

  /**
   * Returns an involvement in one line: {@code Russia [Party:P5]: mediator (peacekeeping mission)
   * in Nagorno-Karabakh conflict [Conflict:C1], via [Mediator:M1], through Russian peacekeeping
   * force [Party:P6]}; a side's label follows {@code primary} or {@code supporter}.
   */
  public String describe(Involvement i) {
    Objects.requireNonNull(i, "i");
    return label(i.party()) + ": " + words(i.role())
        + i.side().map(s -> " on the " + s + " side").orElse("")
        + i.mediatorRole().map(r -> " (" + words(r) + ")").orElse("")
        + " in " + label(i.conflict()) + ", via " + label(i.via())
        + i.through().map(t -> ", through " + label(t)).orElse("");
  }

  /**
   * Returns one answer to a question and who gives it: {@code Armenia [Party:P1] started the
   * hostilities of ... : said by Azerbaijan [Party:P2] (Claim:K6); backed by Turkey [Party:P7]
   * (Claim:R3)}.
   */
  public String describe(Version v) {
    Objects.requireNonNull(v, "v");
    return (v.polarity() == Polarity.DENIES ? "not " : "") + describe(v.proposition())
        + ": said by " + labels(v.speakers()) + " (" + ids(v.claims()) + ")"
        + (v.backers().isEmpty() ? "" : "; backed by " + labels(v.backers()) + " ("
            + ids(v.backings()) + ")");
  }

  /**
   * Returns a question and its versions: a first line with the question in words and whether it
   * is contested, then one indented line per {@link #describe(Version) version}; no final line
   * break.
   */
  public String describe(Question q) {
    Objects.requireNonNull(q, "q");
    StringBuilder s = new StringBuilder(describe(q.key()))
        .append(q.isContested() ? " (contested):" : " (not contested):");
    q.versions().forEach(v -> s.append("\n  ").append(describe(v)));
    return s.toString();
  }

  /**
   * Returns a finding in one line with names beside ids: {@code WARNING mediator-belligerent
   * Russia [Party:P5] ... : message [related: ...]}; the focus is {@code (model)} for a finding
   * about the check itself.
   */
  public String describe(Finding f) {
    Objects.requireNonNull(f, "f");
    StringBuilder s = new StringBuilder();
    s.append(f.severity()).append(' ').append(f.rule()).append(' ');
    s.append(f.focus().map(this::label).orElse("(model)"));
    f.path().ifPresent(p -> s.append(", at ").append(p));
    f.value().ifPresent(v -> s.append(" = ").append(v));
    if (f.certainty() == Certainty.POSSIBLY) {
      s.append(" (possible)");
    }
    s.append(": ").append(f.message());
    if (!f.related().isEmpty()) {
      s.append(" [related: ").append(labels(f.related())).append(']');
    }
    return s.toString();
  }

  /**
   * Returns a report as its summary line ({@code 3 findings: 1 error, 1 warning, 1 info}) and one
   * {@link #describe(Finding) described} finding per line, each line ending in {@code \n}.
   */
  public String describe(Report r) {
    Objects.requireNonNull(r, "r");
    String text = r.toText();
    StringBuilder s = new StringBuilder(text.substring(0, text.indexOf('\n') + 1));
    r.findings().forEach(f -> s.append(describe(f)).append('\n'));
    return s.toString();
  }

  private static String ids(List<? extends Entity> entities) {
    return entities.stream().map(e -> e.id().toString()).collect(Collectors.joining(", "));
  }

  // ---------------------------------------------------------------- values in words

  /**
   * Returns {@code p} in words, with names beside ids: {@code Azerbaijan [Party:P2] started the
   * hostilities of September 2022 border clashes [Conflict:C4]}.
   */
  public String describe(Proposition p) {
    return statements.proposition(Objects.requireNonNull(p, "p"));
  }

  /**
   * Returns a question in words: the losses of a party in a conflict, or its type and subjects
   * by name.
   */
  public String describe(PropositionKey key) {
    return statements.question(Objects.requireNonNull(key, "key"));
  }

  /** Returns the name of who speaks in {@code k}, or "the article" for a source's own voice. */
  public String claimantName(Claim k) {
    return names.claimantName(Objects.requireNonNull(k, "k"));
  }

  /** Returns a figure in words, with the source's own words first: {@code "dozens" (at least 24)}. */
  public static String figure(Estimate e) {
    return Phrases.figure(Objects.requireNonNull(e, "e"));
  }

  /** Returns a time as a source says it ({@code 2022-09-12 NIGHT}), or its bounds when it has no name. */
  public static String when(FuzzyTime t) {
    return Phrases.when(Objects.requireNonNull(t, "t"));
  }

  /** Returns a period in words: {@code since 1980s (ongoing)}, {@code from 2020-09-27 to 2020-11-10}. */
  public static String period(FuzzyPeriod p) {
    return Phrases.period(Objects.requireNonNull(p, "p"));
  }

  /** Returns a kind of casualty in words; unspecified ones say that killed or wounded is not said. */
  public static String casualtyWords(CasualtyKind kind) {
    return Phrases.casualtyWords(Objects.requireNonNull(kind, "kind"));
  }

  /** Returns an enum constant in lower-case words: {@code PEACEKEEPING_MISSION} is "peacekeeping mission". */
  public static String words(Enum<?> constant) {
    return Phrases.words(Objects.requireNonNull(constant, "constant"));
  }

  // ---------------------------------------------------------------- names

  /**
   * Returns an entity by name with its kind and id: {@code Armenia [Party:P1]}; a claim by its
   * speaker ({@code claim by Armenia [Claim:K5]}); the bracketed id alone if it has no name or is
   * not in the model.
   */
  public String label(EntityId id) {
    return names.label(id);
  }

  /** Returns the {@link #label labels} of {@code ids}, in order, separated by commas. */
  public String labels(Collection<? extends EntityId> ids) {
    return names.labels(Objects.requireNonNull(ids, "ids"));
  }
}
