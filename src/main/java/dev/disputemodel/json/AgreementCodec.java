package dev.disputemodel.json;

import dev.disputemodel.Agreement;
import dev.disputemodel.AgreementDocument;
import dev.disputemodel.AgreementId;
import dev.disputemodel.AgreementKind;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.ChainLink;
import dev.disputemodel.ConflictId;
import dev.disputemodel.EntityId;
import dev.disputemodel.PartyId;
import dev.disputemodel.Provision;
import dev.disputemodel.SourceId;
import dev.disputemodel.time.FuzzyTime;
import java.util.List;
import java.util.Optional;

/**
 * An {@link Agreement} in JSON (format 1.1; {@code proposed}, {@code proposer}, {@code lapsed} and
 * {@code documents} in format 1.3).
 */
final class AgreementCodec {
  private AgreementCodec() {}

  private static final Fields<Agreement> FIELDS = Fields.of();
  static final Slot<AgreementId> ID = FIELDS.required("id", Agreement::id, Ids.AGREEMENT);
  private static final Slot<String> NAME = FIELDS.required("name", Agreement::name, Values.STRING);
  private static final Slot<AgreementKind> KIND =
      FIELDS.required("kind", Agreement::kind, Values.enumOf(AgreementKind.class));
  private static final Slot<ConflictId> CONFLICT =
      FIELDS.required("conflict", Agreement::conflict, Ids.CONFLICT);
  private static final Slot<List<PartyId>> SIGNATORIES =
      FIELDS.list("signatories", Agreement::signatories, Ids.PARTY);
  private static final Slot<Optional<FuzzyTime>> AGREED =
      FIELDS.optional("agreed", Agreement::agreed, TimeCodec.CODEC);
  private static final Slot<Optional<FuzzyTime>> EFFECTIVE =
      FIELDS.optional("effective", Agreement::effective, TimeCodec.CODEC);
  private static final Slot<Optional<FuzzyTime>> ENDED =
      FIELDS.optional("ended", Agreement::ended, TimeCodec.CODEC);
  private static final Slot<Optional<FuzzyTime>> PROPOSED =
      FIELDS.optional("proposed", Agreement::proposed, TimeCodec.CODEC);
  private static final Slot<Optional<EntityId>> PROPOSER =
      FIELDS.optional("proposer", Agreement::proposer, SubjectCodec.CODEC);
  private static final Slot<Optional<FuzzyTime>> LAPSED =
      FIELDS.optional("lapsed", Agreement::lapsed, TimeCodec.CODEC);
  private static final Slot<List<AgreementDocument>> DOCUMENTS =
      FIELDS.list("documents", Agreement::documents, AgreementDocumentCodec.CODEC);
  private static final Slot<List<Provision>> PROVISIONS =
      FIELDS.list("provisions", Agreement::provisions, ProvisionCodec.CODEC);
  private static final Slot<List<CeasefireId>> CEASEFIRES =
      FIELDS.list("ceasefires", Agreement::ceasefires, Ids.CEASEFIRE);
  private static final Slot<List<ChainLink>> LINKS =
      FIELDS.list("links", Agreement::links, ChainLinkCodec.CODEC);
  private static final Slot<SourceId> SOURCE =
      FIELDS.required("source", Agreement::source, Ids.SOURCE);

  static final ObjectCodec<Agreement> CODEC = FIELDS.codec(s -> Agreement.builder()
      .id(s.get(ID)).name(s.get(NAME)).kind(s.get(KIND)).conflict(s.get(CONFLICT))
      .addAllSignatories(s.get(SIGNATORIES)).agreed(s.get(AGREED)).effective(s.get(EFFECTIVE))
      .ended(s.get(ENDED)).proposed(s.get(PROPOSED)).proposer(s.get(PROPOSER))
      .lapsed(s.get(LAPSED)).addAllDocuments(s.get(DOCUMENTS)).addAllProvisions(s.get(PROVISIONS)).addAllCeasefires(s.get(CEASEFIRES))
      .addAllLinks(s.get(LINKS)).source(s.get(SOURCE)).build());
}
