package dev.disputemodel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.CasualtyKind;
import dev.disputemodel.Estimate;
import dev.disputemodel.PartyKind;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import dev.disputemodel.time.PartOfDay;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the account says figures, times, periods and kinds: exact words for each form. */
class PhrasesTest {
  private static final FuzzyTime MONDAY = FuzzyTime.onDay(LocalDate.of(2022, 9, 12));
  private static final FuzzyTime TUESDAY = FuzzyTime.onDay(LocalDate.of(2022, 9, 13));

  @Test
  void everyFormOfAFigureHasItsWords() {
    assertEquals("7", Phrases.figure(Estimate.exact(7)));
    assertEquals("about 50", Phrases.figure(Estimate.about(50)));
    assertEquals("at least 24", Phrases.figure(Estimate.atLeast(24)));
    assertEquals("at most 2000", Phrases.figure(Estimate.atMost(2000)));
    assertEquals("between 3 and 9", Phrases.figure(Estimate.range(3, 9)));
    assertEquals("an unstated number", Phrases.figure(Estimate.unknown()));
  }

  @Test
  void aFigureWithTheSourcesWordsSaysThemFirst() {
    assertEquals("\"dozens\" (at least 24)", Phrases.figure(Estimate.atLeast(24).withWording("dozens")));
    assertEquals("\"almost 2,000\" (at most 2000)", ModelAccount.figure(Estimate.atMost(2000).withWording("almost 2,000")));
  }

  @Test
  void aNamedTimeIsSaidAsTheSourceSaysItAndAnUnnamedOneByItsBounds() {
    assertEquals("2022-09-12 NIGHT", Phrases.when(FuzzyTime.on(LocalDate.of(2022, 9, 12), PartOfDay.NIGHT)));
    assertEquals("2022", ModelAccount.when(FuzzyTime.inYear(Year.of(2022))));
    FuzzyTime unnamed = FuzzyTime.between(MONDAY, TUESDAY);
    assertEquals("between 2022-09-12 00:00 and 2022-09-14 00:00", Phrases.when(unnamed));
    FuzzyTime minutes = FuzzyTime.of(LocalDateTime.of(2022, 9, 12, 0, 5), LocalDateTime.of(2022, 9, 12, 0, 7),
        dev.disputemodel.time.Precision.MINUTE);
    assertEquals("between 2022-09-12 00:05 and 2022-09-12 00:07", Phrases.when(minutes));
  }

  @Test
  void everyShapeOfAPeriodHasItsWords() {
    assertEquals("until 2022-09-13", Phrases.period(FuzzyPeriod.until(TUESDAY)));
    assertEquals("since 2022-09-12 (ongoing)", Phrases.period(FuzzyPeriod.since(MONDAY)));
    assertEquals("at 2022-09-12", Phrases.period(FuzzyPeriod.at(MONDAY)));
    assertEquals("from 2022-09-12 to 2022-09-13", ModelAccount.period(FuzzyPeriod.of(MONDAY, TUESDAY)));
  }

  @Test
  void theArticleFollowsTheNounsFirstLetter() {
    for (String vowel : new String[] {"attack", "exchange", "invasion", "occupation", "uprising"}) {
      assertEquals("an " + vowel, Phrases.withArticle(vowel));
    }
    assertEquals("a clash", Phrases.withArticle("clash"));
    assertEquals("a bombing", Phrases.withArticle("bombing"));
  }

  @Test
  void aHedgeIsQuotedAfterACommaAndNoHedgeSaysNothing() {
    assertEquals(", hedged \"reportedly\"", Phrases.hedged(Optional.of("reportedly")));
    assertEquals("", Phrases.hedged(Optional.empty()));
  }

  @Test
  void kindsAndConstantsAreLowerCaseWords() {
    assertEquals("killed", Phrases.casualtyWords(CasualtyKind.KILLED));
    assertEquals("missing", ModelAccount.casualtyWords(CasualtyKind.MISSING));
    assertEquals("casualties (killed or wounded, not said which)", Phrases.casualtyWords(CasualtyKind.UNSPECIFIED));
    assertEquals("peacekeeping mission", Phrases.words(PartyKind.PEACEKEEPING_MISSION));
    assertEquals("court or tribunal", ModelAccount.words(PartyKind.COURT_OR_TRIBUNAL));
  }
}
