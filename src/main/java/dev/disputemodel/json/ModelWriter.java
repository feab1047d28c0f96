package dev.disputemodel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.disputemodel.Attack;
import dev.disputemodel.BacksAccount;
import dev.disputemodel.Casualties;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireStatus;
import dev.disputemodel.Claim;
import dev.disputemodel.Conflict;
import dev.disputemodel.Control;
import dev.disputemodel.ControlStatus;
import dev.disputemodel.Deployment;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.EntityId;
import dev.disputemodel.Estimate;
import dev.disputemodel.Event;
import dev.disputemodel.Initiated;
import dev.disputemodel.Mediator;
import dev.disputemodel.NoStatement;
import dev.disputemodel.OtherProvision;
import dev.disputemodel.Party;
import dev.disputemodel.PartyRelation;
import dev.disputemodel.Polarity;
import dev.disputemodel.PopulationStatus;
import dev.disputemodel.Proposition;
import dev.disputemodel.Provision;
import dev.disputemodel.Side;
import dev.disputemodel.Source;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.Stance;
import dev.disputemodel.Supporter;
import dev.disputemodel.Territory;
import dev.disputemodel.Withdrawal;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Writes a model as the JSON format of docs/json-format.md; one per document, not thread-safe. */
final class ModelWriter {
  private final JsonGenerator out;

  ModelWriter(JsonGenerator out) {
    this.out = out;
  }

  void write(DisputeModel model) throws IOException {
    out.writeStartObject();
    out.writeStringField("formatVersion", JsonFormat.FORMAT_VERSION);
    array("parties", model.parties(), this::party);
    array("relations", model.relations(), this::relation);
    array("territories", model.territories(), this::territory);
    array("conflicts", model.conflicts(), this::conflict);
    array("events", model.events(), this::event);
    array("ceasefires", model.ceasefires(), this::ceasefire);
    array("mediators", model.mediators(), this::mediator);
    array("claims", model.claims(), this::claim);
    array("sources", model.sources(), this::source);
    out.writeEndObject();
  }

  private interface Item<T> {
    void write(T value) throws IOException;
  }

  private <T> void array(String name, Collection<T> values, Item<T> item) throws IOException {
    if (values.isEmpty()) {
      return;
    }
    out.writeArrayFieldStart(name);
    for (T v : values) {
      item.write(v);
    }
    out.writeEndArray();
  }

  private void party(Party p) throws IOException {
    out.writeStartObject();
    id("id", p.id());
    out.writeStringField("name", p.name());
    out.writeStringField("kind", p.kind().name());
    strings("aliases", p.aliases());
    id("actsFor", p.actsFor());
    text("office", p.office());
    text("majorityReligion", p.majorityReligion());
    number("ucdpActorId", p.ucdpActorId());
    number("gleditschWardNumber", p.gleditschWardNumber());
    text("iso3166", p.iso3166());
    text("wikidataId", p.wikidataId());
    out.writeEndObject();
  }

  private void relation(PartyRelation r) throws IOException {
    out.writeStartObject();
    id("id", r.id());
    id("from", r.from());
    out.writeStringField("kind", r.kind().name());
    id("to", r.to());
    period("period", r.period());
    id("source", r.source());
    text("hedge", r.hedge());
    out.writeEndObject();
  }

  private void territory(Territory t) throws IOException {
    out.writeStartObject();
    id("id", t.id());
    out.writeStringField("name", t.name());
    out.writeStringField("kind", t.kind().name());
    strings("aliases", t.aliases());
    id("parent", t.parent());
    ids("adjacentTo", t.adjacentTo());
    array("sovereignty", t.sovereignty(), this::sovereigntyStatus);
    array("control", t.control(), this::controlStatus);
    array("population", t.population(), this::populationStatus);
    out.writeEndObject();
  }

  private void sovereigntyStatus(SovereigntyStatus s) throws IOException {
    out.writeStartObject();
    id("sovereign", s.sovereign());
    if (s.internationallyRecognized()) {
      out.writeBooleanField("internationallyRecognized", true);
    }
    ids("recognizers", s.recognizers());
    period("period", s.period());
    id("source", s.source());
    out.writeEndObject();
  }

  private void controlStatus(ControlStatus c) throws IOException {
    out.writeStartObject();
    id("controller", c.controller());
    out.writeStringField("kind", c.kind().name());
    period("period", c.period());
    id("source", c.source());
    out.writeEndObject();
  }

  private void populationStatus(PopulationStatus p) throws IOException {
    out.writeStartObject();
    out.writeStringField("group", p.group());
    id("kinState", p.kinState());
    estimate("size", p.size());
    period("period", p.period());
    id("source", p.source());
    out.writeEndObject();
  }

  private void conflict(Conflict c) throws IOException {
    out.writeStartObject();
    id("id", c.id());
    out.writeStringField("name", c.name());
    strings("aliases", c.aliases());
    id("parent", c.parent());
    if (c.type().isPresent()) {
      out.writeStringField("type", c.type().get().name());
    }
    if (c.incompatibility().isPresent()) {
      out.writeStringField("incompatibility", c.incompatibility().get().name());
    }
    array("sides", c.sides(), this::side);
    ids("territoriesAtStake", c.territoriesAtStake());
    period("period", c.period());
    if (c.intensity().isPresent()) {
      out.writeStringField("intensity", c.intensity().get().name());
    }
    if (!c.intensityByYear().isEmpty()) {
      out.writeObjectFieldStart("intensityByYear");
      for (Map.Entry<Integer, ?> e : c.intensityByYear().entrySet()) {
        out.writeStringField(Integer.toString(e.getKey()), ((Enum<?>) e.getValue()).name());
      }
      out.writeEndObject();
    }
    if (c.outcome().isPresent()) {
      out.writeStringField("outcome", c.outcome().get().name());
    }
    ids("sources", c.sources());
    out.writeEndObject();
  }

  private void side(Side s) throws IOException {
    out.writeStartObject();
    out.writeStringField("label", s.label());
    ids("primaries", s.primaries());
    array("supporters", s.supporters(), this::supporter);
    out.writeEndObject();
  }

  private void supporter(Supporter s) throws IOException {
    out.writeStartObject();
    id("party", s.party());
    out.writeStringField("type", s.type().name());
    period("period", s.period());
    id("source", s.source());
    out.writeEndObject();
  }

  private void event(Event e) throws IOException {
    out.writeStartObject();
    id("id", e.id());
    id("conflict", e.conflict());
    out.writeStringField("kind", e.kind().name());
    time("time", e.time());
    ids("places", e.places());
    ids("participants", e.participants());
    estimate("troops", e.troops());
    text("description", e.description());
    id("source", e.source());
    out.writeEndObject();
  }

  private void ceasefire(Ceasefire c) throws IOException {
    out.writeStartObject();
    id("id", c.id());
    out.writeStringField("name", c.name());
    id("conflict", c.conflict());
    ids("signatories", c.signatories());
    time("agreed", c.agreed());
    time("effective", c.effective());
    time("ended", c.ended());
    array("provisions", c.provisions(), this::provision);
    // format 1.0 has only the predecessor: an undated succession of a ceasefire
    id("predecessor", c.links().stream()
        .filter(l -> l.kind() == dev.disputemodel.ChainLinkKind.SUCCEEDS && l.date().isEmpty()
            && l.earlier() instanceof dev.disputemodel.CeasefireId)
        .map(dev.disputemodel.ChainLink::earlier).findFirst());
    id("source", c.source());
    out.writeEndObject();
  }

  private void provision(Provision p) throws IOException {
    out.writeStartObject();
    if (p instanceof Withdrawal w) {
      out.writeStringField("type", Names.WITHDRAWAL);
      id("party", w.party());
      id("from", w.from());
    } else if (p instanceof Deployment d) {
      out.writeStringField("type", Names.DEPLOYMENT);
      id("force", d.force());
      id("to", d.to());
      estimate("troops", d.troops());
    } else {
      out.writeStringField("type", Names.OTHER_PROVISION);
      out.writeStringField("description", ((OtherProvision) p).description());
    }
    out.writeEndObject();
  }

  private void mediator(Mediator m) throws IOException {
    out.writeStartObject();
    id("id", m.id());
    id("party", m.party());
    out.writeStringField("role", m.role().name());
    id("conflict", m.conflict());
    id("ceasefire", m.ceasefire());
    period("period", m.period());
    estimate("forceSize", m.forceSize());
    id("attestedBy", m.attestedBy());
    id("source", m.source());
    out.writeEndObject();
  }

  private void claim(Claim c) throws IOException {
    out.writeStartObject();
    id("id", c.id());
    id("claimant", c.claimant());
    id("source", c.source());
    time("madeAt", c.madeAt());
    if (c.polarity() != Polarity.ASSERTS) {
      out.writeStringField("polarity", c.polarity().name());
    }
    array("propositions", c.propositions(), this::proposition);
    text("quote", c.quote());
    text("hedge", c.hedge());
    id("revises", c.revises());
    out.writeEndObject();
  }

  private void proposition(Proposition p) throws IOException {
    out.writeStartObject();
    if (p instanceof Sovereignty s) {
      out.writeStringField("type", Names.SOVEREIGNTY);
      id("territory", s.territory());
      id("sovereign", s.sovereign());
    } else if (p instanceof Control c) {
      out.writeStringField("type", Names.CONTROL);
      id("territory", c.territory());
      id("controller", c.controller());
    } else if (p instanceof Casualties c) {
      out.writeStringField("type", Names.CASUALTIES);
      id("conflict", c.conflict());
      id("party", c.party());
      out.writeStringField("kind", c.kind().name());
      estimate("count", c.count());
    } else if (p instanceof Initiated i) {
      out.writeStringField("type", Names.INITIATED);
      id("conflict", i.conflict());
      id("initiator", i.initiator());
    } else if (p instanceof Attack a) {
      out.writeStringField("type", Names.ATTACK);
      id("conflict", a.conflict());
      id("attacker", a.attacker());
      out.writeStringField("kind", a.kind().name());
      id("target", a.target());
      id("place", a.place());
    } else if (p instanceof CeasefireStatus s) {
      out.writeStringField("type", Names.CEASEFIRE_STATUS);
      id("ceasefire", s.ceasefire());
      out.writeStringField("state", s.state().name());
    } else if (p instanceof Stance s) {
      out.writeStringField("type", Names.STANCE);
      id("holder", s.holder());
      out.writeStringField("kind", s.kind().name());
      id("conflict", s.conflict());
      id("addressee", s.addressee());
    } else if (p instanceof BacksAccount b) {
      out.writeStringField("type", Names.BACKS_ACCOUNT);
      id("backer", b.backer());
      id("account", b.account());
    } else {
      NoStatement n = (NoStatement) p;
      out.writeStringField("type", Names.NO_STATEMENT);
      id("party", n.party());
      out.writeObjectFieldStart("about");
      out.writeStringField("type", n.about().type().name());
      out.writeArrayFieldStart("subjects");
      for (EntityId subject : n.about().subjects()) {
        out.writeStartObject();
        out.writeStringField("kind", Names.kindOf(subject));
        out.writeStringField("id", subject.value());
        out.writeEndObject();
      }
      out.writeEndArray();
      if (!n.about().qualifier().isEmpty()) {
        out.writeStringField("qualifier", n.about().qualifier());
      }
      out.writeEndObject();
    }
    out.writeEndObject();
  }

  private void source(Source s) throws IOException {
    out.writeStartObject();
    id("id", s.id());
    out.writeStringField("kind", s.kind().name());
    out.writeStringField("title", s.title());
    text("publisher", s.publisher());
    time("published", s.published());
    text("citation", s.citation());
    out.writeEndObject();
  }

  // ---- values

  private void id(String name, EntityId id) throws IOException {
    out.writeStringField(name, id.value());
  }

  private void id(String name, Optional<? extends EntityId> id) throws IOException {
    if (id.isPresent()) {
      id(name, id.get());
    }
  }

  private void ids(String name, Collection<? extends EntityId> ids) throws IOException {
    if (ids.isEmpty()) {
      return;
    }
    out.writeArrayFieldStart(name);
    for (EntityId id : ids) {
      out.writeString(id.value());
    }
    out.writeEndArray();
  }

  private void strings(String name, List<String> values) throws IOException {
    if (values.isEmpty()) {
      return;
    }
    out.writeArrayFieldStart(name);
    for (String v : values) {
      out.writeString(v);
    }
    out.writeEndArray();
  }

  private void text(String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      out.writeStringField(name, value.get());
    }
  }

  private void number(String name, OptionalInt value) throws IOException {
    if (value.isPresent()) {
      out.writeNumberField(name, value.getAsInt());
    }
  }

  private void time(String name, Optional<FuzzyTime> time) throws IOException {
    if (time.isPresent()) {
      time(name, time.get());
    }
  }

  private void time(String name, FuzzyTime time) throws IOException {
    out.writeFieldName(name);
    timeValue(time);
  }

  private void timeValue(FuzzyTime time) throws IOException {
    Optional<String> compact = Times.compact(time);
    if (compact.isPresent()) {
      out.writeString(compact.get());
      return;
    }
    out.writeStartObject();
    out.writeStringField("earliest", time.earliest().toString());
    out.writeStringField("latest", time.latest().toString());
    out.writeStringField("precision", time.precision().name());
    out.writeEndObject();
  }

  private void period(String name, Optional<FuzzyPeriod> period) throws IOException {
    if (period.isEmpty()) {
      return;
    }
    out.writeObjectFieldStart(name);
    time("start", period.get().start());
    time("end", period.get().end());
    out.writeEndObject();
  }

  private void estimate(String name, Optional<Estimate> estimate) throws IOException {
    if (estimate.isPresent()) {
      estimate(name, estimate.get());
    }
  }

  private void estimate(String name, Estimate e) throws IOException {
    out.writeObjectFieldStart(name);
    count("low", e.low());
    count("best", e.best());
    count("high", e.high());
    text("wording", e.wording());
    out.writeEndObject();
  }

  private void count(String name, OptionalLong value) throws IOException {
    if (value.isPresent()) {
      out.writeNumberField(name, value.getAsLong());
    }
  }
}
