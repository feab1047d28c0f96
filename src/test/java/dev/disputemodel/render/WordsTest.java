package dev.disputemodel.render;

import static dev.disputemodel.render.PictureFixtures.NORTHLAND;
import static dev.disputemodel.render.PictureFixtures.SOUTHLAND;
import static dev.disputemodel.render.PictureFixtures.VALLEY;
import static dev.disputemodel.render.PictureFixtures.WAR;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.disputemodel.AgreementId;
import dev.disputemodel.AgreementStatus;
import dev.disputemodel.AgreementStage;
import dev.disputemodel.Attack;
import dev.disputemodel.Casualties;
import dev.disputemodel.CasualtyKind;
import dev.disputemodel.Control;
import dev.disputemodel.Estimate;
import dev.disputemodel.EventKind;
import dev.disputemodel.NoStatement;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.PropositionType;
import dev.disputemodel.Recognizes;
import dev.disputemodel.Stance;
import dev.disputemodel.StanceKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The exact words pictures use for each kind of proposition and for figures, on the small
 * invented dispute of {@link PictureFixtures}: a picture that showed an empty label instead of
 * "Northland controls Valley" would still be well-formed SVG, so only the words themselves tell.
 */
class WordsTest {
  private final Words words = new Words(PictureFixtures.model());

  @Test
  void propositionsReadAsShortSentencesNamingEntitiesByName() {
    assertAll(
        () -> assertEquals("at least 49 killed (Northland)",
            words.proposition(Casualties.of(WAR, NORTHLAND, CasualtyKind.KILLED, Estimate.atLeast(49)))),
        () -> assertEquals("clash by Northland on Southland at Valley", words.proposition(new Attack(
            WAR, NORTHLAND, EventKind.CLASH, Optional.of(SOUTHLAND), Optional.of(VALLEY), Optional.empty()))),
        () -> assertEquals("Southland: condemns", words.proposition(Stance.of(SOUTHLAND, StanceKind.CONDEMNATION, WAR))),
        () -> assertEquals("Northland silent on control", words.proposition(
            new NoStatement(NORTHLAND, PropositionKey.of(PropositionType.CONTROL, VALLEY)))),
        () -> assertEquals("Northland controls Valley", words.proposition(new Control(VALLEY, NORTHLAND))),
        () -> assertEquals("Agreement:A9 signed", words.proposition(new AgreementStatus(AgreementId.of("A9"), AgreementStage.SIGNED))),
        () -> assertEquals("Southland recognizes Northland over Valley",
            words.proposition(new Recognizes(SOUTHLAND, VALLEY, NORTHLAND))));
  }

  @Test
  void figuresKeepTheSourcesWordingElseTheirForm() {
    assertAll(
        () -> assertEquals("dozens", Words.figure(Estimate.atLeast(24).withWording("dozens"))),
        () -> assertEquals("about 50", Words.figure(Estimate.about(50))),
        () -> assertEquals("at least 24", Words.figure(Estimate.atLeast(24))),
        () -> assertEquals("an unknown number", Words.figure(Estimate.unknown())));
  }
}
