package dev.disputemodel.json;

import com.google.common.collect.ImmutableSet;
import dev.disputemodel.AgreementDocument;
import dev.disputemodel.PartyId;
import dev.disputemodel.SourceId;
import dev.disputemodel.time.FuzzyTime;
import java.util.List;
import java.util.Optional;

/**
 * An {@link AgreementDocument}: {@code {"name", "signatories", "signed", "source"}}, the signing
 * time optional (format 1.3).
 */
final class AgreementDocumentCodec {
  private AgreementDocumentCodec() {}

  private static final Fields<AgreementDocument> FIELDS = Fields.of();
  private static final Slot<String> NAME = FIELDS.required("name", AgreementDocument::name, Values.STRING);
  private static final Slot<List<PartyId>> SIGNATORIES =
      FIELDS.list("signatories", AgreementDocument::signatories, Ids.PARTY);
  private static final Slot<Optional<FuzzyTime>> SIGNED =
      FIELDS.optional("signed", AgreementDocument::signed, TimeCodec.CODEC);
  private static final Slot<SourceId> SOURCE =
      FIELDS.required("source", AgreementDocument::source, Ids.SOURCE);

  static final ObjectCodec<AgreementDocument> CODEC = FIELDS.codec(s -> new AgreementDocument(
      s.get(NAME), ImmutableSet.copyOf(s.get(SIGNATORIES)), s.get(SIGNED), s.get(SOURCE)));
}
