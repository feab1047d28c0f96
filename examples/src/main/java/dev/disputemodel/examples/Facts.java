package dev.disputemodel.examples;

import dev.disputemodel.Claim;
import dev.disputemodel.ClaimId;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Side;
import dev.disputemodel.Source;
import dev.disputemodel.SourceId;
import dev.disputemodel.SourceKind;
import dev.disputemodel.check.Checker;
import dev.disputemodel.check.Report;
import dev.disputemodel.text.ModelAccount;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;

/**
 * Small builders shared by the four dispute examples ({@link Cyprus1974}, {@link Kosovo},
 * {@link GolanHeights}, {@link Essequibo}): times at the precision their fact sheets state, and
 * the parties, sources and claims the sheets list. Nothing here adds a fact.
 */
final class Facts {
  private Facts() {}

  /** A day ({@code (day)} in the fact sheets). */
  static FuzzyTime day(int year, int month, int day) {
    return FuzzyTime.onDay(LocalDate.of(year, month, day));
  }

  /** A month ({@code (month)}). */
  static FuzzyTime month(int year, int month) {
    return FuzzyTime.inMonth(YearMonth.of(year, month));
  }

  /** A year ({@code (year)}). */
  static FuzzyTime year(int year) {
    return FuzzyTime.inYear(Year.of(year));
  }

  /** An hour on a day ({@code (time of day)}), local time. */
  static FuzzyTime hour(int year, int month, int day, int hour) {
    return FuzzyTime.atHour(LocalDateTime.of(year, month, day, hour, 0));
  }

  static Source source(SourceId id, SourceKind kind, String title, String citation) {
    return Source.builder().id(id).kind(kind).title(title).citation(citation).build();
  }

  static Source source(SourceId id, SourceKind kind, String title, FuzzyTime published, String citation) {
    return Source.builder().id(id).kind(kind).title(title).published(published).citation(citation).build();
  }

  static Party party(PartyId id, String name, PartyKind kind) {
    return Party.builder().id(id).name(name).kind(kind).build();
  }

  static Party person(PartyId id, String name, String office, PartyId actsFor) {
    return Party.builder().id(id).name(name).kind(PartyKind.PERSON).office(office).actsFor(actsFor).build();
  }

  static Side side(String label, PartyId... primaries) {
    return Side.builder().label(label).addPrimaries(primaries).build();
  }

  static Claim.Builder claim(String id, PartyId claimant, SourceId source, FuzzyTime madeAt) {
    return Claim.builder().id(ClaimId.of(id)).claimant(claimant).source(source).madeAt(madeAt);
  }

  /**
   * The library's account of a dispute (which ends with the standard checker's consistency
   * report), then the answers to its questions, as one text.
   */
  static String print(String title, DisputeModel model, String answers) {
    return title + "\n\n" + ModelAccount.of(model).toText() + "\nANSWERS (dev.disputemodel.query)\n"
        + answers;
  }

  /** The standard checker's report on {@code model}. */
  static Report report(DisputeModel model) {
    return Checker.standard().check(model);
  }
}
