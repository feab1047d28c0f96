package dev.disputemodel.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
import dev.disputemodel.Attack;
import dev.disputemodel.BacksAccount;
import dev.disputemodel.Casualties;
import dev.disputemodel.CasualtyKind;
import dev.disputemodel.Ceasefire;
import dev.disputemodel.CeasefireId;
import dev.disputemodel.CeasefireState;
import dev.disputemodel.CeasefireStatus;
import dev.disputemodel.Claim;
import dev.disputemodel.ClaimId;
import dev.disputemodel.Conflict;
import dev.disputemodel.ConflictId;
import dev.disputemodel.ConflictType;
import dev.disputemodel.Control;
import dev.disputemodel.ControlKind;
import dev.disputemodel.ControlStatus;
import dev.disputemodel.Deployment;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.DisputeModelException;
import dev.disputemodel.Entity;
import dev.disputemodel.EntityId;
import dev.disputemodel.Estimate;
import dev.disputemodel.Event;
import dev.disputemodel.EventId;
import dev.disputemodel.EventKind;
import dev.disputemodel.Incompatibility;
import dev.disputemodel.Initiated;
import dev.disputemodel.Intensity;
import dev.disputemodel.InvalidModelException;
import dev.disputemodel.InvalidValueException;
import dev.disputemodel.Mediator;
import dev.disputemodel.MediatorId;
import dev.disputemodel.MediatorRole;
import dev.disputemodel.NoStatement;
import dev.disputemodel.OtherProvision;
import dev.disputemodel.Outcome;
import dev.disputemodel.Party;
import dev.disputemodel.PartyId;
import dev.disputemodel.PartyKind;
import dev.disputemodel.PartyRelation;
import dev.disputemodel.Polarity;
import dev.disputemodel.PopulationStatus;
import dev.disputemodel.Problem;
import dev.disputemodel.Proposition;
import dev.disputemodel.PropositionKey;
import dev.disputemodel.PropositionType;
import dev.disputemodel.Provision;
import dev.disputemodel.Reference;
import dev.disputemodel.RelationId;
import dev.disputemodel.RelationKind;
import dev.disputemodel.Side;
import dev.disputemodel.Source;
import dev.disputemodel.SourceId;
import dev.disputemodel.SourceKind;
import dev.disputemodel.Sovereignty;
import dev.disputemodel.SovereigntyStatus;
import dev.disputemodel.Stance;
import dev.disputemodel.StanceKind;
import dev.disputemodel.SupportType;
import dev.disputemodel.Supporter;
import dev.disputemodel.Territory;
import dev.disputemodel.TerritoryId;
import dev.disputemodel.TerritoryKind;
import dev.disputemodel.Withdrawal;
import dev.disputemodel.time.FuzzyPeriod;
import dev.disputemodel.time.FuzzyTime;
import dev.disputemodel.time.Precision;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Maps a parsed JSON tree to a {@link DisputeModel} by explicit code, collecting every problem
 * with its JSON path. One per document; not thread-safe.
 */
final class ModelReader {
  private static final String ABSENT = "(absent)";
  private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)");
  private static final Pattern YEAR_KEY = Pattern.compile("-?[0-9]{1,9}");
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final List<JsonProblem> problems = new ArrayList<>();
  /** Every id declared in the document (even by an entity that failed), with its path. */
  private final Map<EntityId, String> declared = new HashMap<>();
  /** Every id read so far, each under itself: see {@link #canonical}. */
  private final Map<EntityId, EntityId> ids = new HashMap<>();
  /** Every entity built, with its path, for the reference check. */
  private final List<Map.Entry<String, Entity>> built = new ArrayList<>();

  DisputeModel read(JsonNode root) {
    if (!root.isObject()) {
      throw new JsonFormatException(
          List.of(new JsonProblem("$", render(root), "a dispute model must be a JSON object")));
    }
    Obj doc = new Obj(root, "$", FieldSet.of(
        "formatVersion", "parties", "relations", "territories", "conflicts", "events",
        "ceasefires", "mediators", "claims", "sources"));
    version(doc);
    DisputeModel.Builder model = DisputeModel.builder();
    model.addAllParties(doc.list("parties", this::party));
    model.addAllRelations(doc.list("relations", this::relation));
    model.addAllTerritories(doc.list("territories", this::territory));
    model.addAllConflicts(doc.list("conflicts", this::conflict));
    model.addAllEvents(doc.list("events", this::event));
    model.addAllCeasefires(doc.list("ceasefires", this::ceasefire));
    model.addAllMediators(doc.list("mediators", this::mediator));
    model.addAllClaims(doc.list("claims", this::claim));
    model.addAllSources(doc.list("sources", this::source));
    checkReferences();
    if (!problems.isEmpty()) {
      throw new JsonFormatException(problems);
    }
    try {
      return model.build();
    } catch (InvalidModelException e) {
      // Not expected after the checks above; reported with paths all the same, never swallowed.
      Map<EntityId, String> paths = new HashMap<>();
      built.forEach(b -> paths.put(b.getValue().id(), b.getKey()));
      for (Problem p : e.problems()) {
        problems.add(new JsonProblem(
            paths.getOrDefault(p.entity(), "$") + child("", p.field()), p.value(), p.message()));
      }
      throw new JsonFormatException(problems);
    }
  }

  private void version(Obj doc) {
    JsonNode v = doc.node.get("formatVersion");
    String at = doc.at("formatVersion");
    if (v == null) {
      problem(at, ABSENT, "required field missing: the format version, such as \""
          + JsonFormat.FORMAT_VERSION + "\"");
      return;
    }
    Matcher m = v.isTextual() ? VERSION.matcher(v.textValue()) : null;
    if (m == null || !m.matches()) {
      problem(at, render(v), "expected a version string MAJOR.MINOR, such as \""
          + JsonFormat.FORMAT_VERSION + "\"");
      return;
    }
    int major;
    try {
      major = Integer.parseInt(m.group(1));
    } catch (NumberFormatException e) {
      major = Integer.MAX_VALUE;
    }
    if (major > JsonFormat.FORMAT_MAJOR) {
      // A newer major version may mean anything: refuse at once rather than guess.
      throw new JsonFormatException(List.of(new JsonProblem(at, render(v),
          "format version " + v.textValue() + " is newer than this reader supports ("
              + JsonFormat.FORMAT_MAJOR + ".x); use a newer dispute-model to read it")));
    }
    if (major < JsonFormat.FORMAT_MAJOR) {
      problem(at, render(v), "unknown format version; this reader reads "
          + JsonFormat.FORMAT_MAJOR + ".x");
    }
  }

  // ---- entities

  private Party party(JsonNode n, String path) {
    Obj o = object(n, path, PARTY);
    if (o == null) {
      return null;
    }
    PartyId id = o.entityId("id", PartyId::of);
    String name = o.text("name");
    PartyKind kind = o.enumValue("kind", PartyKind.class);
    List<String> aliases = o.texts("aliases");
    Optional<PartyId> actsFor = o.optId("actsFor", PartyId::of);
    Optional<String> office = o.optText("office");
    Optional<String> religion = o.optText("majorityReligion");
    OptionalInt ucdp = o.optInt("ucdpActorId");
    OptionalInt gw = o.optInt("gleditschWardNumber");
    Optional<String> iso = o.optText("iso3166");
    Optional<String> wikidata = o.optText("wikidataId");
    return entity(o, () -> {
      Party.Builder b = Party.builder().id(id).name(name).kind(kind).addAllAliases(aliases)
          .actsFor(actsFor).office(office).majorityReligion(religion).iso3166(iso)
          .wikidataId(wikidata);
      ucdp.ifPresent(b::ucdpActorId);
      gw.ifPresent(b::gleditschWardNumber);
      return b.build();
    });
  }

  private PartyRelation relation(JsonNode n, String path) {
    Obj o = object(n, path, RELATION);
    if (o == null) {
      return null;
    }
    RelationId id = o.entityId("id", RelationId::of);
    PartyId from = o.id("from", PartyId::of);
    RelationKind kind = o.enumValue("kind", RelationKind.class);
    PartyId to = o.id("to", PartyId::of);
    Optional<FuzzyPeriod> period = o.optPeriod("period");
    SourceId source = o.id("source", SourceId::of);
    Optional<String> hedge = o.optText("hedge");
    return entity(o, () -> PartyRelation.builder().id(id).from(from).kind(kind).to(to)
        .period(period).source(source).hedge(hedge).build());
  }

  private Territory territory(JsonNode n, String path) {
    Obj o = object(n, path, TERRITORY);
    if (o == null) {
      return null;
    }
    TerritoryId id = o.entityId("id", TerritoryId::of);
    String name = o.text("name");
    TerritoryKind kind = o.enumValue("kind", TerritoryKind.class);
    List<String> aliases = o.texts("aliases");
    Optional<TerritoryId> parent = o.optId("parent", TerritoryId::of);
    List<TerritoryId> adjacent = o.ids("adjacentTo", TerritoryId::of);
    List<SovereigntyStatus> sovereignty = o.list("sovereignty", this::sovereigntyStatus);
    List<ControlStatus> control = o.list("control", this::controlStatus);
    List<PopulationStatus> population = o.list("population", this::populationStatus);
    return entity(o, () -> Territory.builder().id(id).name(name).kind(kind)
        .addAllAliases(aliases).parent(parent).addAllAdjacentTo(adjacent)
        .addAllSovereignty(sovereignty).addAllControl(control).addAllPopulation(population)
        .build());
  }

  private SovereigntyStatus sovereigntyStatus(JsonNode n, String path) {
    Obj o = object(n, path, SOVEREIGNTY_STATUS);
    if (o == null) {
      return null;
    }
    PartyId sovereign = o.id("sovereign", PartyId::of);
    boolean recognized = o.bool("internationallyRecognized");
    List<PartyId> recognizers = o.ids("recognizers", PartyId::of);
    Optional<FuzzyPeriod> period = o.optPeriod("period");
    SourceId source = o.id("source", SourceId::of);
    return value(o, () -> SovereigntyStatus.builder().sovereign(sovereign)
        .internationallyRecognized(recognized).addAllRecognizers(recognizers).period(period)
        .source(source).build());
  }

  private ControlStatus controlStatus(JsonNode n, String path) {
    Obj o = object(n, path, CONTROL_STATUS);
    if (o == null) {
      return null;
    }
    PartyId controller = o.id("controller", PartyId::of);
    ControlKind kind = o.enumValue("kind", ControlKind.class);
    Optional<FuzzyPeriod> period = o.optPeriod("period");
    SourceId source = o.id("source", SourceId::of);
    return value(o, () -> ControlStatus.builder().controller(controller).kind(kind)
        .period(period).source(source).build());
  }

  private PopulationStatus populationStatus(JsonNode n, String path) {
    Obj o = object(n, path, POPULATION_STATUS);
    if (o == null) {
      return null;
    }
    String group = o.text("group");
    Optional<PartyId> kinState = o.optId("kinState", PartyId::of);
    Optional<Estimate> size = o.optEstimate("size");
    Optional<FuzzyPeriod> period = o.optPeriod("period");
    SourceId source = o.id("source", SourceId::of);
    return value(o, () -> PopulationStatus.builder().group(group).kinState(kinState).size(size)
        .period(period).source(source).build());
  }

  private Conflict conflict(JsonNode n, String path) {
    Obj o = object(n, path, CONFLICT);
    if (o == null) {
      return null;
    }
    ConflictId id = o.entityId("id", ConflictId::of);
    String name = o.text("name");
    List<String> aliases = o.texts("aliases");
    Optional<ConflictId> parent = o.optId("parent", ConflictId::of);
    Optional<ConflictType> type = o.optEnum("type", ConflictType.class);
    Optional<Incompatibility> incompatibility = o.optEnum("incompatibility", Incompatibility.class);
    List<Side> sides = o.list("sides", this::side);
    List<TerritoryId> atStake = o.ids("territoriesAtStake", TerritoryId::of);
    Optional<FuzzyPeriod> period = o.optPeriod("period");
    Optional<Intensity> intensity = o.optEnum("intensity", Intensity.class);
    Map<Integer, Intensity> byYear = o.intensityByYear("intensityByYear");
    Optional<Outcome> outcome = o.optEnum("outcome", Outcome.class);
    List<SourceId> sources = o.ids("sources", SourceId::of);
    return entity(o, () -> Conflict.builder().id(id).name(name).addAllAliases(aliases)
        .parent(parent).type(type).incompatibility(incompatibility).addAllSides(sides)
        .addAllTerritoriesAtStake(atStake).period(period).intensity(intensity)
        .putAllIntensityByYear(byYear).outcome(outcome).addAllSources(sources).build());
  }

  private Side side(JsonNode n, String path) {
    Obj o = object(n, path, SIDE);
    if (o == null) {
      return null;
    }
    String label = o.text("label");
    List<PartyId> primaries = o.ids("primaries", PartyId::of);
    List<Supporter> supporters = o.list("supporters", this::supporter);
    return value(o, () -> Side.builder().label(label).addAllPrimaries(primaries)
        .addAllSupporters(supporters).build());
  }

  private Supporter supporter(JsonNode n, String path) {
    Obj o = object(n, path, SUPPORTER);
    if (o == null) {
      return null;
    }
    PartyId party = o.id("party", PartyId::of);
    SupportType type = o.enumValue("type", SupportType.class);
    Optional<FuzzyPeriod> period = o.optPeriod("period");
    Optional<SourceId> source = o.optId("source", SourceId::of);
    return value(o, () -> Supporter.builder().party(party).type(type).period(period)
        .source(source).build());
  }

  private Event event(JsonNode n, String path) {
    Obj o = object(n, path, EVENT);
    if (o == null) {
      return null;
    }
    EventId id = o.entityId("id", EventId::of);
    ConflictId conflict = o.id("conflict", ConflictId::of);
    EventKind kind = o.enumValue("kind", EventKind.class);
    FuzzyTime time = o.time("time");
    List<TerritoryId> places = o.ids("places", TerritoryId::of);
    List<PartyId> participants = o.ids("participants", PartyId::of);
    Optional<Estimate> troops = o.optEstimate("troops");
    Optional<String> description = o.optText("description");
    SourceId source = o.id("source", SourceId::of);
    return entity(o, () -> Event.builder().id(id).conflict(conflict).kind(kind).time(time)
        .addAllPlaces(places).addAllParticipants(participants).troops(troops)
        .description(description).source(source).build());
  }

  private Ceasefire ceasefire(JsonNode n, String path) {
    Obj o = object(n, path, CEASEFIRE);
    if (o == null) {
      return null;
    }
    CeasefireId id = o.entityId("id", CeasefireId::of);
    String name = o.text("name");
    ConflictId conflict = o.id("conflict", ConflictId::of);
    List<PartyId> signatories = o.ids("signatories", PartyId::of);
    Optional<FuzzyTime> agreed = o.optTime("agreed");
    Optional<FuzzyTime> effective = o.optTime("effective");
    Optional<FuzzyTime> ended = o.optTime("ended");
    List<Provision> provisions = o.list("provisions", this::provision);
    Optional<CeasefireId> predecessor = o.optId("predecessor", CeasefireId::of);
    SourceId source = o.id("source", SourceId::of);
    return entity(o, () -> Ceasefire.builder().id(id).name(name).conflict(conflict)
        .addAllSignatories(signatories).agreed(agreed).effective(effective).ended(ended)
        .addAllProvisions(provisions).source(source)
        .addAllLinks(predecessor.map(dev.disputemodel.ChainLink::succeeds).stream().toList())
        .build());
  }

  private Provision provision(JsonNode n, String path) {
    String type = discriminator(n, path, PROVISION_TYPES);
    if (type == null) {
      return null;
    }
    switch (type) {
      case Names.WITHDRAWAL: {
        Obj o = object(n, path, WITHDRAWAL);
        PartyId party = o.id("party", PartyId::of);
        TerritoryId from = o.id("from", TerritoryId::of);
        return value(o, () -> new Withdrawal(party, from));
      }
      case Names.DEPLOYMENT: {
        Obj o = object(n, path, DEPLOYMENT);
        PartyId force = o.id("force", PartyId::of);
        TerritoryId to = o.id("to", TerritoryId::of);
        Estimate troops = o.estimate("troops");
        return value(o, () -> new Deployment(force, to, troops));
      }
      default: {
        Obj o = object(n, path, OTHER_PROVISION);
        String description = o.text("description");
        return value(o, () -> new OtherProvision(description));
      }
    }
  }

  private Mediator mediator(JsonNode n, String path) {
    Obj o = object(n, path, MEDIATOR);
    if (o == null) {
      return null;
    }
    MediatorId id = o.entityId("id", MediatorId::of);
    PartyId party = o.id("party", PartyId::of);
    MediatorRole role = o.enumValue("role", MediatorRole.class);
    ConflictId conflict = o.id("conflict", ConflictId::of);
    Optional<CeasefireId> ceasefire = o.optId("ceasefire", CeasefireId::of);
    Optional<FuzzyPeriod> period = o.optPeriod("period");
    Optional<Estimate> forceSize = o.optEstimate("forceSize");
    Optional<ClaimId> attestedBy = o.optId("attestedBy", ClaimId::of);
    SourceId source = o.id("source", SourceId::of);
    return entity(o, () -> Mediator.builder().id(id).party(party).role(role).conflict(conflict)
        .ceasefire(ceasefire).period(period).forceSize(forceSize).attestedBy(attestedBy)
        .source(source).build());
  }

  private Claim claim(JsonNode n, String path) {
    Obj o = object(n, path, CLAIM);
    if (o == null) {
      return null;
    }
    ClaimId id = o.entityId("id", ClaimId::of);
    Optional<PartyId> claimant = o.optId("claimant", PartyId::of);
    SourceId source = o.id("source", SourceId::of);
    FuzzyTime madeAt = o.time("madeAt");
    Polarity polarity = o.optEnum("polarity", Polarity.class).orElse(Polarity.ASSERTS);
    List<Proposition> propositions = o.list("propositions", this::proposition);
    if (!o.node.has("propositions")) {
      problem(o.at("propositions"), ABSENT, "required field missing");
    }
    Optional<String> quote = o.optText("quote");
    Optional<String> hedge = o.optText("hedge");
    Optional<ClaimId> revises = o.optId("revises", ClaimId::of);
    return entity(o, () -> Claim.builder().id(id).claimant(claimant).source(source)
        .madeAt(madeAt).polarity(polarity).addAllPropositions(propositions).quote(quote)
        .hedge(hedge).revises(revises).build());
  }

  private Proposition proposition(JsonNode n, String path) {
    String type = discriminator(n, path, PROPOSITION_TYPES);
    if (type == null) {
      return null;
    }
    switch (type) {
      case Names.SOVEREIGNTY: {
        Obj o = object(n, path, SOVEREIGNTY);
        TerritoryId territory = o.id("territory", TerritoryId::of);
        PartyId sovereign = o.id("sovereign", PartyId::of);
        return value(o, () -> new Sovereignty(territory, sovereign));
      }
      case Names.CONTROL: {
        Obj o = object(n, path, CONTROL);
        TerritoryId territory = o.id("territory", TerritoryId::of);
        PartyId controller = o.id("controller", PartyId::of);
        return value(o, () -> new Control(territory, controller));
      }
      case Names.CASUALTIES: {
        Obj o = object(n, path, CASUALTIES);
        ConflictId conflict = o.id("conflict", ConflictId::of);
        Optional<PartyId> party = o.optId("party", PartyId::of);
        CasualtyKind kind = o.enumValue("kind", CasualtyKind.class);
        Estimate count = o.estimate("count");
        return value(o, () -> new Casualties(conflict, party, kind, count));
      }
      case Names.INITIATED: {
        Obj o = object(n, path, INITIATED);
        ConflictId conflict = o.id("conflict", ConflictId::of);
        PartyId initiator = o.id("initiator", PartyId::of);
        return value(o, () -> new Initiated(conflict, initiator));
      }
      case Names.ATTACK: {
        Obj o = object(n, path, ATTACK);
        ConflictId conflict = o.id("conflict", ConflictId::of);
        PartyId attacker = o.id("attacker", PartyId::of);
        EventKind kind = o.enumValue("kind", EventKind.class);
        Optional<PartyId> target = o.optId("target", PartyId::of);
        Optional<TerritoryId> place = o.optId("place", TerritoryId::of);
        return value(o, () -> new Attack(conflict, attacker, kind, target, place));
      }
      case Names.CEASEFIRE_STATUS: {
        Obj o = object(n, path, CEASEFIRE_STATUS);
        CeasefireId ceasefire = o.id("ceasefire", CeasefireId::of);
        CeasefireState state = o.enumValue("state", CeasefireState.class);
        return value(o, () -> new CeasefireStatus(ceasefire, state));
      }
      case Names.STANCE: {
        Obj o = object(n, path, STANCE);
        PartyId holder = o.id("holder", PartyId::of);
        StanceKind kind = o.enumValue("kind", StanceKind.class);
        ConflictId conflict = o.id("conflict", ConflictId::of);
        Optional<PartyId> addressee = o.optId("addressee", PartyId::of);
        return value(o, () -> new Stance(holder, kind, conflict, addressee));
      }
      case Names.BACKS_ACCOUNT: {
        Obj o = object(n, path, BACKS_ACCOUNT);
        PartyId backer = o.id("backer", PartyId::of);
        ClaimId account = o.id("account", ClaimId::of);
        return value(o, () -> new BacksAccount(backer, account));
      }
      default: {
        Obj o = object(n, path, NO_STATEMENT);
        PartyId party = o.id("party", PartyId::of);
        PropositionKey about = o.required("about", this::propositionKey);
        return value(o, () -> new NoStatement(party, about));
      }
    }
  }

  private PropositionKey propositionKey(JsonNode n, String path) {
    Obj o = object(n, path, PROPOSITION_KEY);
    if (o == null) {
      return null;
    }
    PropositionType type = o.enumValue("type", PropositionType.class);
    List<EntityId> subjects = o.list("subjects", this::subject);
    String qualifier = o.node.has("qualifier") ? o.text("qualifier") : "";
    return value(o, () -> new PropositionKey(type, subjects, qualifier));
  }

  private EntityId subject(JsonNode n, String path) {
    Obj o = object(n, path, SUBJECT);
    if (o == null) {
      return null;
    }
    String kind = o.text("kind");
    String id = o.text("id");
    if (kind != null && !Names.ID_KINDS.containsKey(kind)) {
      problem(o.at("kind"), render(o.node.get("kind")),
          "unknown entity kind; expected one of " + Names.ID_KINDS.keySet());
    }
    return value(o, () -> canonical(Names.ID_KINDS.get(kind).apply(id)));
  }

  private Source source(JsonNode n, String path) {
    Obj o = object(n, path, SOURCE);
    if (o == null) {
      return null;
    }
    SourceId id = o.entityId("id", SourceId::of);
    SourceKind kind = o.enumValue("kind", SourceKind.class);
    String title = o.text("title");
    Optional<String> publisher = o.optText("publisher");
    Optional<FuzzyTime> published = o.optTime("published");
    Optional<String> citation = o.optText("citation");
    return entity(o, () -> Source.builder().id(id).kind(kind).title(title).publisher(publisher)
        .published(published).citation(citation).build());
  }

  // ---- values

  private FuzzyTime time(JsonNode n, String path) {
    if (n.isTextual()) {
      try {
        Optional<FuzzyTime> t = Times.parse(n.textValue());
        if (t.isEmpty()) {
          problem(path, render(n), "not a time; expected \"2022-09-13T08:00\", \"2022-09-13 "
              + "MORNING\", \"2022-09-13\", \"2022-09\", \"2022\", \"1980s\" or an object with "
              + "earliest, latest and precision");
        }
        return t.orElse(null);
      } catch (DateTimeParseException e) {
        problem(path, render(n), "not a real date: " + e.getMessage());
      } catch (DisputeModelException e) {
        problem(path, render(n), e.getMessage());
      }
      return null;
    }
    Obj o = object(n, path, TIME_BOUNDS);
    if (o == null) {
      return null;
    }
    LocalDateTime earliest = o.dateTime("earliest");
    LocalDateTime latest = o.dateTime("latest");
    Precision precision = o.enumValue("precision", Precision.class);
    return value(o, () -> FuzzyTime.of(earliest, latest, precision));
  }

  private FuzzyPeriod period(JsonNode n, String path) {
    Obj o = object(n, path, PERIOD);
    if (o == null) {
      return null;
    }
    Optional<FuzzyTime> start = o.optTime("start");
    Optional<FuzzyTime> end = o.optTime("end");
    if (!o.node.has("start") && !o.node.has("end")) {
      problem(path, render(n), "a period needs a start, an end, or both");
    }
    return value(o, () -> start.isPresent()
        ? end.map(e -> FuzzyPeriod.of(start.get(), e)).orElseGet(() -> FuzzyPeriod.since(start.get()))
        : FuzzyPeriod.until(end.get()));
  }

  private Estimate estimate(JsonNode n, String path) {
    Obj o = object(n, path, ESTIMATE);
    if (o == null) {
      return null;
    }
    OptionalLong low = o.optCount("low");
    OptionalLong best = o.optCount("best");
    OptionalLong high = o.optCount("high");
    Optional<String> wording = o.optText("wording");
    return value(o, () -> {
      Estimate e = Estimate.of(low, best, high);
      return wording.isPresent() ? e.withWording(wording.get()) : e;
    });
  }

  // ---- building, with invariant violations reported at their path

  private <T extends Entity> T entity(Obj o, Supplier<T> build) {
    T e = value(o, build);
    if (e != null) {
      built.add(Map.entry(o.path, e));
    }
    return e;
  }

  private <T> T value(Obj o, Supplier<T> build) {
    if (o == null || o.failed()) {
      return null;
    }
    try {
      return build.get();
    } catch (InvalidValueException e) {
      String at = o.node.has(e.field()) ? o.at(e.field()) : o.path;
      problem(at, e.value(), e.getMessage());
    } catch (DisputeModelException e) {
      problem(o.path, render(o.node), e.getMessage());
    }
    return null;
  }

  private void checkReferences() {
    for (Map.Entry<String, Entity> b : built) {
      for (Reference r : b.getValue().references()) {
        if (!declared.containsKey(r.target())) {
          problem(b.getKey() + child("", r.field()), "\"" + r.target().value() + "\"",
              "no " + Names.kindOf(r.target()) + " with this id in the document");
        }
      }
    }
  }

  private String discriminator(JsonNode n, String path, Set<String> allowed) {
    if (!n.isObject()) {
      problem(path, render(n), "expected an object");
      return null;
    }
    JsonNode type = n.get("type");
    if (type == null) {
      problem(path + ".type", ABSENT, "required field missing; one of " + allowed);
      return null;
    }
    if (!type.isTextual() || !allowed.contains(type.textValue())) {
      problem(path + ".type", render(type), "unknown type; expected one of " + allowed);
      return null;
    }
    return type.textValue();
  }

  private Obj object(JsonNode n, String path, FieldSet fields) {
    if (!n.isObject()) {
      problem(path, render(n), "expected an object");
      return null;
    }
    Obj o = new Obj(n, path, fields);
    return o;
  }

  private void problem(String path, String value, String message) {
    problems.add(new JsonProblem(path, value, message));
  }

  static String render(JsonNode n) {
    String text = n.toString();
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }

  private static String child(String path, String name) {
    if (name.isEmpty()) {
      return path;
    }
    // Reference fields such as "propositions[0].conflict" are paths already.
    if (isPathName(name)) {
      return path + "." + name;
    }
    return path + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  /**
   * Returns true if {@code name} matches {@code [A-Za-z_][A-Za-z0-9_.\[\]]*}, so it can follow a
   * dot in a path. A loop, not a regular expression: every field read builds a path, and
   * compiling a pattern per call was most of the time of reading a large document.
   */
  private static boolean isPathName(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
      boolean more = (c >= '0' && c <= '9') || c == '.' || c == '[' || c == ']';
      if (!(letter || (i > 0 && more))) {
        return false;
      }
    }
    return true;
  }

  /** The fields one kind of JSON object may have. */
  private static final class FieldSet {
    final ImmutableSet<String> names;

    private FieldSet(ImmutableSet<String> names) {
      this.names = names;
    }

    static FieldSet of(String... names) {
      return new FieldSet(ImmutableSet.copyOf(names));
    }
  }

  private static final FieldSet PARTY = FieldSet.of("id", "name", "kind", "aliases", "actsFor",
      "office", "majorityReligion", "ucdpActorId", "gleditschWardNumber", "iso3166", "wikidataId");
  private static final FieldSet RELATION =
      FieldSet.of("id", "from", "kind", "to", "period", "source", "hedge");
  private static final FieldSet TERRITORY = FieldSet.of("id", "name", "kind", "aliases", "parent",
      "adjacentTo", "sovereignty", "control", "population");
  private static final FieldSet SOVEREIGNTY_STATUS = FieldSet.of(
      "sovereign", "internationallyRecognized", "recognizers", "period", "source");
  private static final FieldSet CONTROL_STATUS =
      FieldSet.of("controller", "kind", "period", "source");
  private static final FieldSet POPULATION_STATUS =
      FieldSet.of("group", "kinState", "size", "period", "source");
  private static final FieldSet CONFLICT = FieldSet.of("id", "name", "aliases", "parent", "type",
      "incompatibility", "sides", "territoriesAtStake", "period", "intensity", "intensityByYear",
      "outcome", "sources");
  private static final FieldSet SIDE = FieldSet.of("label", "primaries", "supporters");
  private static final FieldSet SUPPORTER = FieldSet.of("party", "type", "period", "source");
  private static final FieldSet EVENT = FieldSet.of("id", "conflict", "kind", "time", "places",
      "participants", "troops", "description", "source");
  private static final FieldSet CEASEFIRE = FieldSet.of("id", "name", "conflict", "signatories",
      "agreed", "effective", "ended", "provisions", "predecessor", "source");
  private static final FieldSet MEDIATOR = FieldSet.of("id", "party", "role", "conflict",
      "ceasefire", "period", "forceSize", "attestedBy", "source");
  private static final FieldSet CLAIM = FieldSet.of("id", "claimant", "source", "madeAt",
      "polarity", "propositions", "quote", "hedge", "revises");
  private static final FieldSet SOURCE =
      FieldSet.of("id", "kind", "title", "publisher", "published", "citation");
  // Field sets of nested objects: built once, not once per object read.
  private static final FieldSet WITHDRAWAL = FieldSet.of("type", "party", "from");
  private static final FieldSet DEPLOYMENT = FieldSet.of("type", "force", "to", "troops");
  private static final FieldSet OTHER_PROVISION = FieldSet.of("type", "description");
  private static final FieldSet SOVEREIGNTY = FieldSet.of("type", "territory", "sovereign");
  private static final FieldSet CONTROL = FieldSet.of("type", "territory", "controller");
  private static final FieldSet CASUALTIES =
      FieldSet.of("type", "conflict", "party", "kind", "count");
  private static final FieldSet INITIATED = FieldSet.of("type", "conflict", "initiator");
  private static final FieldSet ATTACK =
      FieldSet.of("type", "conflict", "attacker", "kind", "target", "place");
  private static final FieldSet CEASEFIRE_STATUS = FieldSet.of("type", "ceasefire", "state");
  private static final FieldSet STANCE =
      FieldSet.of("type", "holder", "kind", "conflict", "addressee");
  private static final FieldSet BACKS_ACCOUNT = FieldSet.of("type", "backer", "account");
  private static final FieldSet NO_STATEMENT = FieldSet.of("type", "party", "about");
  private static final FieldSet PROPOSITION_KEY = FieldSet.of("type", "subjects", "qualifier");
  private static final FieldSet SUBJECT = FieldSet.of("kind", "id");
  private static final FieldSet TIME_BOUNDS = FieldSet.of("earliest", "latest", "precision");
  private static final FieldSet PERIOD = FieldSet.of("start", "end");
  private static final FieldSet ESTIMATE = FieldSet.of("low", "best", "high", "wording");
  private static final ImmutableSet<String> PROPOSITION_TYPES = ImmutableSet.of(
      Names.SOVEREIGNTY, Names.CONTROL, Names.CASUALTIES, Names.INITIATED, Names.ATTACK,
      Names.CEASEFIRE_STATUS, Names.STANCE, Names.BACKS_ACCOUNT, Names.NO_STATEMENT);
  private static final ImmutableSet<String> PROVISION_TYPES =
      ImmutableSet.of(Names.WITHDRAWAL, Names.DEPLOYMENT, Names.OTHER_PROVISION);

  /** A function from a JSON node and its path to a value, or null after reporting a problem. */
  private interface Mapper<T> {
    T map(JsonNode node, String path);
  }

  /**
   * One JSON object being read: reports unknown fields on creation, and reads fields, reporting
   * each problem at its path. Every getter returns null (or empty) after reporting a problem;
   * {@link #failed()} tells whether this object or anything inside it had a problem.
   */
  private final class Obj {
    final JsonNode node;
    final String path;
    final int start;

    Obj(JsonNode node, String path, FieldSet fields) {
      this.node = node;
      this.path = path;
      this.start = problems.size();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String name = field.getKey();
        if (!fields.names.contains(name)) {
          problem(child(path, name), render(node.get(name)),
              "unknown field; expected one of " + fields.names);
        }
      }
    }

    boolean failed() {
      return problems.size() > start;
    }

    String at(String name) {
      return child(path, name);
    }

    /** Returns the field's node, or null after reporting it missing or null. */
    private JsonNode required(String name) {
      JsonNode v = node.get(name);
      if (v == null) {
        problem(at(name), ABSENT, "required field missing");
        return null;
      }
      if (v.isNull()) {
        problem(at(name), "null", "null is not allowed; give a value");
        return null;
      }
      return v;
    }

    /** Returns the field's node, or null if absent; an explicit null is reported. */
    private JsonNode optional(String name) {
      JsonNode v = node.get(name);
      if (v != null && v.isNull()) {
        problem(at(name), "null", "null is not allowed; omit the field instead");
        return null;
      }
      return v;
    }

    <T> T required(String name, Mapper<T> mapper) {
      JsonNode v = required(name);
      return v == null ? null : mapper.map(v, at(name));
    }

    <T> Optional<T> optional(String name, Mapper<T> mapper) {
      JsonNode v = optional(name);
      return v == null ? Optional.empty() : Optional.ofNullable(mapper.map(v, at(name)));
    }

    String text(String name) {
      return required(name, ModelReader.this::string);
    }

    Optional<String> optText(String name) {
      return optional(name, ModelReader.this::string);
    }

    <T extends EntityId> T id(String name, Function<String, T> factory) {
      return required(name, (v, p) -> ModelReader.this.id(v, p, factory));
    }

    <T extends EntityId> Optional<T> optId(String name, Function<String, T> factory) {
      return optional(name, (v, p) -> ModelReader.this.id(v, p, factory));
    }

    /** Reads an entity's own id and declares it, reporting a duplicate. */
    <T extends EntityId> T entityId(String name, Function<String, T> factory) {
      T id = id(name, factory);
      if (id != null) {
        String first = declared.putIfAbsent(id, path);
        if (first != null) {
          problem(at(name), render(node.get(name)),
              "duplicate " + Names.kindOf(id) + " id; first declared at " + first);
        }
      }
      return id;
    }

    <T extends EntityId> List<T> ids(String name, Function<String, T> factory) {
      return list(name, (v, p) -> ModelReader.this.id(v, p, factory));
    }

    List<String> texts(String name) {
      return list(name, ModelReader.this::string);
    }

    <T> List<T> list(String name, Mapper<T> item) {
      JsonNode v = optional(name);
      if (v == null) {
        return List.of();
      }
      if (!v.isArray()) {
        problem(at(name), render(v), "expected an array");
        return List.of();
      }
      List<T> out = new ArrayList<>(v.size());
      for (int i = 0; i < v.size(); i++) {
        T t = item.map(v.get(i), at(name) + "[" + i + "]");
        if (t != null) {
          out.add(t);
        }
      }
      return out;
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type) {
      return required(name, (v, p) -> ModelReader.this.enumValue(v, p, type));
    }

    <E extends Enum<E>> Optional<E> optEnum(String name, Class<E> type) {
      return optional(name, (v, p) -> ModelReader.this.enumValue(v, p, type));
    }

    boolean bool(String name) {
      JsonNode v = optional(name);
      if (v == null) {
        return false;
      }
      if (!v.isBoolean()) {
        problem(at(name), render(v), "expected true or false");
        return false;
      }
      return v.booleanValue();
    }

    OptionalInt optInt(String name) {
      JsonNode v = optional(name);
      if (v == null) {
        return OptionalInt.empty();
      }
      if (!v.isIntegralNumber() || !v.canConvertToInt()) {
        problem(at(name), render(v), "expected a whole number from -2^31 to 2^31-1");
        return OptionalInt.empty();
      }
      return OptionalInt.of(v.intValue());
    }

    OptionalLong optCount(String name) {
      JsonNode v = optional(name);
      if (v == null) {
        return OptionalLong.empty();
      }
      if (!v.isIntegralNumber() || !v.canConvertToLong()) {
        problem(at(name), render(v), "expected a whole number");
        return OptionalLong.empty();
      }
      return OptionalLong.of(v.longValue());
    }

    LocalDateTime dateTime(String name) {
      return required(name, (v, p) -> {
        String s = string(v, p);
        if (s == null) {
          return null;
        }
        try {
          return LocalDateTime.parse(s);
        } catch (DateTimeParseException e) {
          problem(p, render(v), "expected a local date-time such as \"2022-09-13T06:00\"");
          return null;
        }
      });
    }

    FuzzyTime time(String name) {
      return required(name, ModelReader.this::time);
    }

    Optional<FuzzyTime> optTime(String name) {
      return optional(name, ModelReader.this::time);
    }

    Optional<FuzzyPeriod> optPeriod(String name) {
      return optional(name, ModelReader.this::period);
    }

    Estimate estimate(String name) {
      return required(name, ModelReader.this::estimate);
    }

    Optional<Estimate> optEstimate(String name) {
      return optional(name, ModelReader.this::estimate);
    }

    Map<Integer, Intensity> intensityByYear(String name) {
      JsonNode v = optional(name);
      if (v == null) {
        return Map.of();
      }
      if (!v.isObject()) {
        problem(at(name), render(v), "expected an object from year to intensity");
        return Map.of();
      }
      Map<Integer, Intensity> out = new TreeMap<>();
      for (Map.Entry<String, JsonNode> e : v.properties()) {
        String p = child(at(name), e.getKey());
        Intensity intensity = ModelReader.this.enumValue(e.getValue(), p, Intensity.class);
        if (!YEAR_KEY.matcher(e.getKey()).matches()) {
          problem(p, "\"" + e.getKey() + "\"", "a key must be a year");
        } else if (intensity != null) {
          out.put(Integer.parseInt(e.getKey()), intensity);
        }
      }
      return out;
    }
  }

  private String string(JsonNode v, String path) {
    if (!v.isTextual()) {
      problem(path, render(v), "expected a string");
      return null;
    }
    return v.textValue();
  }

  private <T extends EntityId> T id(JsonNode v, String path, Function<String, T> factory) {
    String s = string(v, path);
    if (s == null) {
      return null;
    }
    try {
      return canonical(factory.apply(s));
    } catch (DisputeModelException e) {
      problem(path, render(v), e.getMessage());
      return null;
    }
  }

  /**
   * Returns the first id read that equals {@code id}: every reference to an entity shares one id
   * object, so a large model holds each id once and index lookups find ids identical.
   */
  @SuppressWarnings("unchecked") // equal ids are of the same class
  private <T extends EntityId> T canonical(T id) {
    EntityId first = ids.putIfAbsent(id, id);
    return first == null ? id : (T) first;
  }

  private <E extends Enum<E>> E enumValue(JsonNode v, String path, Class<E> type) {
    String s = string(v, path);
    if (s == null) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(s)) {
        return constant;
      }
    }
    problem(path, render(v), "unknown " + type.getSimpleName() + "; expected one of "
        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toList()));
    return null;
  }
}
