package dev.disputemodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.disputemodel.Claim;
import dev.disputemodel.ClaimId;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Ending;
import dev.disputemodel.Estimate;
import dev.disputemodel.IdScheme;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.Source;
import dev.disputemodel.SourceId;
import dev.disputemodel.SourceKind;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TerritoryKind;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Format 1.1 (positions, recognition per observer, external ids) and reading 1.0 unchanged. Test data. */
class JsonPositionsTest {
  static final JsonFormat JSON = JsonFormat.standard();
  static final PartyId A = PartyId.of("A");
  static final PartyId UN = PartyId.of("UN");
  static final TerritoryId T = TerritoryId.of("T");
  static final SourceId S = SourceId.of("S");

  static DisputeModel model() {
    return DisputeModel.builder()
        .addParties(Party.builder().id(A).name("A").kind(PartyKind.STATE).ucdpActorId(64).wikidataId("Q227")
                .putExternalId(IdScheme.of("acled-actor"), "Military Forces of A").build(),
            Party.builder().id(UN).name("UN").kind(PartyKind.INTERNATIONAL_ORGANIZATION).build())
        .addTerritories(Territory.builder().id(T).name("T").kind(TerritoryKind.REGION)
            .putExternalId(IdScheme.ISO_3166, "EH")
            .addSovereignty(SovereigntyStatus.builder().addRecognizers(UN).source(S).build(),
                SovereigntyStatus.builder().sovereign(A).recognizerCount(Estimate.atLeast(24).withWording("dozens"))
                    .source(S).build())
            .build())
        .addSources(Source.builder().id(S).kind(SourceKind.NEWS_REPORT).title("Report").build())
        .addClaims(
            Claim.builder().id(ClaimId.of("K1")).claimant(A).source(S).madeAt(FuzzyTime.onDay(LocalDate.of(1990, 5, 1)))
                .heldDuring(FuzzyPeriod.since(FuzzyTime.inYear(Year.of(1946))))
                .addPropositions(new Sovereignty(T, A)).build(),
            Claim.builder().id(ClaimId.of("K2")).claimant(A).source(S).madeAt(FuzzyTime.inMonth(YearMonth.of(2005, 3)))
                .addEnds(Ending.withdraws(ClaimId.of("K1")).withEffective(FuzzyTime.onDay(LocalDate.of(2006, 1, 1))))
                .build())
        .build();
  }

  @Test
  void everythingNewRoundTripsInBothLayouts() {
    DisputeModel m = model();
    assertEquals(m, JSON.read(JSON.write(m)));
    String compact = JSON.withPretty(false).write(m);
    assertEquals(m, JSON.read(compact));
    assertTrue(compact.contains("\"externalIds\":{\"acled-actor\":\"Military Forces of A\",\"ucdp-actor\":\"64\","
        + "\"wikidata\":\"Q227\"}"), compact);
    assertTrue(compact.contains("\"ends\":[{\"kind\":\"WITHDRAWS\",\"claim\":\"K1\",\"effective\":\"2006-01-01\"}]"),
        compact);
    assertTrue(compact.contains("\"heldDuring\":{\"start\":\"1946\"}"), compact);
    assertTrue(compact.contains("{\"recognizers\":[\"UN\"],\"source\":\"S\"}"), "no sovereign: " + compact);
    assertTrue(compact.contains("\"recognizerCount\":{\"low\":24,\"wording\":\"dozens\"}"), compact);
    assertTrue(compact.startsWith("{\"formatVersion\":\"1.3\""), compact);
  }

  @Test
  void aFormat10DocumentReadsAsBefore() {
    String v10 = "{\"formatVersion\":\"1.0\",\"parties\":[{\"id\":\"A\",\"name\":\"A\",\"kind\":\"STATE\","
        + "\"ucdpActorId\":64,\"gleditschWardNumber\":373,\"iso3166\":\"AZE\",\"wikidataId\":\"Q227\"}],"
        + "\"sources\":[{\"id\":\"S\",\"kind\":\"NEWS_REPORT\",\"title\":\"Report\"}],"
        + "\"claims\":[{\"id\":\"K1\",\"claimant\":\"A\",\"source\":\"S\",\"madeAt\":\"2022\","
        + "\"propositions\":[{\"type\":\"initiated\",\"conflict\":\"C\",\"initiator\":\"A\"}]},"
        + "{\"id\":\"K2\",\"claimant\":\"A\",\"source\":\"S\",\"madeAt\":\"2023\",\"revises\":\"K1\","
        + "\"propositions\":[{\"type\":\"initiated\",\"conflict\":\"C\",\"initiator\":\"A\"}]}],"
        + "\"conflicts\":[{\"id\":\"C\",\"name\":\"C\"}]}";
    DisputeModel m = JSON.read(v10);
    Party a = m.party(A).orElseThrow();
    assertEquals(Map.of(IdScheme.UCDP_ACTOR, "64", IdScheme.GLEDITSCH_WARD, "373", IdScheme.ISO_3166, "AZE",
        IdScheme.WIKIDATA, "Q227"), a.externalIds());
    assertEquals(List.of(Ending.replaces(ClaimId.of("K1"))), m.claim(ClaimId.of("K2")).orElseThrow().ends());
    String again = JSON.withPretty(false).write(m);
    assertTrue(again.contains("\"ends\":[{\"kind\":\"REPLACES\",\"claim\":\"K1\"}]"), again);
    assertEquals(m, JSON.read(again));
  }

  @Test
  void aFormat10IdThatDiffersFromExternalIdsIsReported() {
    String doc = "{\"formatVersion\":\"1.1\",\"parties\":[{\"id\":\"A\",\"name\":\"A\",\"kind\":\"STATE\","
        + "\"externalIds\":{\"iso-3166\":\"AZ\"},\"iso3166\":\"AZE\"}]}";
    JsonFormatException e = assertThrows(JsonFormatException.class, () -> JSON.read(doc));
    assertTrue(e.getMessage().contains("Party.iso3166 = \"AZE\": differs from externalIds[iso-3166] (AZ)"),
        e.getMessage());
    JsonFormatException badScheme = assertThrows(JsonFormatException.class, () -> JSON.read(
        doc.replace("\"iso-3166\":\"AZ\"}", "\"ISO\":\"AZ\"}")));
    assertEquals("$.parties[0].externalIds.ISO", badScheme.problems().get(0).path());
  }
}
