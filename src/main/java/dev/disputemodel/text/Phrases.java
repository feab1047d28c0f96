package dev.disputemodel.text;

import dev.disputemodel.CasualtyKind;
import dev.disputemodel.Estimate;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * How the account says values: figures with the source's own words, times as sources give them,
 * periods, kinds of casualty and enum constants in lower-case words. Stateless.
 */
final class Phrases {
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private Phrases() {}

  /** Returns a figure in words, with the source's own words first: {@code "dozens" (at least 24)}. */
  static String figure(Estimate e) {
    String bounds;
    switch (e.form()) {
      case EXACT:
        bounds = Long.toString(e.low().getAsLong());
        break;
      case ABOUT:
        bounds = "about " + e.best().getAsLong();
        break;
      case AT_LEAST:
        bounds = "at least " + e.low().getAsLong();
        break;
      case AT_MOST:
        bounds = "at most " + e.high().getAsLong();
        break;
      case RANGE:
        bounds = "between " + e.low().getAsLong() + " and " + e.high().getAsLong();
        break;
      default:
        bounds = "an unstated number";
        break;
    }
    return e.wording().map(w -> "\"" + w + "\" (" + bounds + ")").orElse(bounds);
  }

  /** Returns a time as a source says it ({@code 2022-09-12 NIGHT}), or its bounds when it has no name. */
  static String when(FuzzyTime t) {
    String said = t.toString();
    return said.startsWith("[")
        ? "between " + minute(t.earliest()) + " and " + minute(t.latest())
        : said;
  }

  /** Returns a period in words: {@code since 1980s (ongoing)}, {@code from 2020-09-27 to 2020-11-10}. */
  static String period(FuzzyPeriod p) {
    if (p.start().isEmpty()) {
      return "until " + when(p.end().orElseThrow());
    }
    if (p.isOngoing()) {
      return "since " + when(p.start().get()) + " (ongoing)";
    }
    return p.start().equals(p.end())
        ? "at " + when(p.start().get())
        : "from " + when(p.start().get()) + " to " + when(p.end().get());
  }

  private static String minute(LocalDateTime t) {
    return MINUTE.format(t);
  }

  static String withArticle(String noun) {
    return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
  }

  static String hedged(Optional<String> hedge) {
    return hedge.map(h -> ", hedged \"" + h + "\"").orElse("");
  }

  /** Returns a kind of casualty in words; unspecified ones say that killed or wounded is not said. */
  static String casualtyWords(CasualtyKind kind) {
    return kind == CasualtyKind.UNSPECIFIED ? "casualties (killed or wounded, not said which)"
        : words(kind);
  }

  /** Returns an enum constant in lower-case words: {@code PEACEKEEPING_MISSION} is "peacekeeping mission". */
  static String words(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
