package dev.disputemodel.examples;

import dev.disputemodel.Mediator;
import dev.disputemodel.Recognition;
import dev.disputemodel.index.Question;
import dev.disputemodel.query.CeasefireAccount;
import dev.disputemodel.query.ResponseAnswer;
import dev.disputemodel.text.ModelAccount;
import java.util.List;
import java.util.stream.Collectors;

/** How the four dispute examples print the typed answers of the query module, one line each. */
final class Answers {
  private Answers() {}

  /** "Turkish Republic of Northern Cyprus [Party:P6] (definitely)", or "nobody". */
  static String recognitions(ModelAccount text, List<Recognition> answers) {
    if (answers.isEmpty()) {
      return "no answer";
    }
    return answers.stream()
        .map(r -> r.sovereign().map(text::label).orElse("no sovereign") + " (" + ModelAccount.words(r.certainty())
            + (r.named() ? "" : ", presumed among unnamed recognizers") + ")")
        .collect(Collectors.joining("; "));
  }

  /** A ceasefire's brokers, who says it holds, who disputes it, and the evidence of violations. */
  static String ceasefire(ModelAccount text, CeasefireAccount c) {
    return text.label(c.ceasefire().id()) + ": upheld by "
        + (c.upheldBy().isEmpty() ? "nobody" : text.labels(c.upheldBy()))
        + "; disputed by " + (c.disputedBy().isEmpty() ? "nobody" : text.labels(c.disputedBy()))
        + "; violation evidence: " + (c.violations().isEmpty() ? "none" : c.violations().stream()
            .map(e -> text.label(e.entity()) + " (" + ModelAccount.words(e.certainty()) + ")")
            .collect(Collectors.joining(", ")))
        + "\n";
  }

  /** Third-party roles: "UNFICYP [Party:P14] as peacekeeper". */
  static String roles(ModelAccount text, List<Mediator> roles) {
    return roles.stream().map(m -> text.label(m.party()) + " as " + ModelAccount.words(m.role()))
        .collect(Collectors.joining("; "));
  }

  /** Who accepts, rejects or ignores a ruling or an agreement. */
  static String responses(ModelAccount text, List<? extends ResponseAnswer> answers) {
    if (answers.isEmpty()) {
      return "nobody on record";
    }
    return answers.stream()
        .map(r -> text.label(r.party()) + " " + ModelAccount.words(r.response()) + " (" + r.claim().id()
            + ", " + ModelAccount.words(r.certainty()) + ")")
        .collect(Collectors.joining("; "));
  }

  /** The contested questions, each with its versions. */
  static String contested(ModelAccount text, List<Question> questions) {
    StringBuilder out = new StringBuilder("Contested questions:\n");
    for (Question q : questions) {
      out.append("  ").append(text.describe(q)).append('\n');
      q.versions().forEach(v -> out.append("    ").append(text.describe(v)).append('\n'));
    }
    return out.toString();
  }
}
