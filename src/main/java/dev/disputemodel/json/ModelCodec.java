package dev.disputemodel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.EntityId;
import dev.disputemodel.InvalidModelException;
import dev.disputemodel.Parallelism;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole document: {@code formatVersion} and one array per kind of entity. Reading collects
 * every problem of every entity, then builds the model, whose integrity problems (duplicate ids,
 * dangling references) {@link IntegrityProblems} maps back to JSON paths; one
 * {@link JsonFormatException} lists them all.
 */
final class ModelCodec {
  private ModelCodec() {}

  private static final String VERSION = "formatVersion";
  private static final Pattern MAJOR_MINOR = Pattern.compile("(\\d+)\\.(\\d+)");

  private static final ImmutableList<EntityArray<?>> ARRAYS = ImmutableList.of(
      new EntityArray<>("parties", PartyCodec.CODEC, PartyCodec.ID,
          DisputeModel::parties, DisputeModel.Builder::addAllParties),
      new EntityArray<>("relations", RelationCodec.CODEC, RelationCodec.ID,
          DisputeModel::relations, DisputeModel.Builder::addAllRelations),
      new EntityArray<>("territories", TerritoryCodec.CODEC, TerritoryCodec.ID,
          DisputeModel::territories, DisputeModel.Builder::addAllTerritories),
      new EntityArray<>("conflicts", ConflictCodec.CODEC, ConflictCodec.ID,
          DisputeModel::conflicts, DisputeModel.Builder::addAllConflicts),
      new EntityArray<>("events", EventCodec.CODEC, EventCodec.ID,
          DisputeModel::events, DisputeModel.Builder::addAllEvents),
      new EntityArray<>("ceasefires", CeasefireCodec.CODEC, CeasefireCodec.ID,
          DisputeModel::ceasefires, DisputeModel.Builder::addAllCeasefires),
      new EntityArray<>("agreements", AgreementCodec.CODEC, AgreementCodec.ID,
          DisputeModel::agreements, DisputeModel.Builder::addAllAgreements),
      new EntityArray<>("rulings", RulingCodec.CODEC, RulingCodec.ID,
          DisputeModel::rulings, DisputeModel.Builder::addAllRulings),
      new EntityArray<>("mediators", MediatorCodec.CODEC, MediatorCodec.ID,
          DisputeModel::mediators, DisputeModel.Builder::addAllMediators),
      new EntityArray<>("claims", ClaimCodec.CODEC, ClaimCodec.ID,
          DisputeModel::claims, DisputeModel.Builder::addAllClaims),
      new EntityArray<>("sources", SourceCodec.CODEC, SourceCodec.ID,
          DisputeModel::sources, DisputeModel.Builder::addAllSources),
      new EntityArray<>("territorialChanges", TerritorialChangeCodec.CODEC,
          TerritorialChangeCodec.ID, DisputeModel::territorialChanges,
          DisputeModel.Builder::addAllTerritorialChanges));

  private static final ImmutableMap<String, EntityArray<?>> BY_NAME =
      ARRAYS.stream().collect(ImmutableMap.toImmutableMap(a -> a.name, a -> a));

  private static final String UNKNOWN = "unknown field; expected one of "
      + ImmutableList.builder().add(VERSION).addAll(BY_NAME.keySet()).build();

  static void write(DisputeModel model, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField(VERSION, JsonFormat.FORMAT_VERSION);
    for (EntityArray<?> array : ARRAYS) {
      array.write(model, out);
    }
    out.writeEndObject();
  }

  /**
   * Reads the document from {@code in}'s parser, from its first token to its end.
   *
   * @throws JsonFormatException listing every problem, if it is not a valid model
   * @throws IOException if the input fails or is not well-formed JSON
   */
  static DisputeModel read(ReadContext in) throws IOException {
    Document doc = new Document();
    readFields(in, doc, start(in), null);
    return finish(in, doc);
  }

  /**
   * Reads the document's first token, which must open an object, and returns its first field
   * name (null if it has none).
   */
  static String start(ReadContext in) throws IOException {
    JsonParser p = in.parser();
    JsonToken first = p.nextToken();
    if (first == null) {
      throw refuse("$", "(empty)", "no JSON document in the input");
    }
    if (first != JsonToken.START_OBJECT) {
      throw refuse("$", in.render(), "a dispute model must be a JSON object");
    }
    return p.nextFieldName();
  }

  /** What has been read of a document's fields so far. Not thread-safe. */
  static final class Document {
    final List<EntityArray.Read<?>> read;
    final Map<EntityId, String> broken;
    final Set<String> seen;

    Document() {
      this.read = new ArrayList<>();
      this.broken = new HashMap<>();
      this.seen = new HashSet<>();
    }

    /** A copy, from which another thread reads the rest of the document. */
    Document(Document at) {
      this.read = new ArrayList<>(at.read);
      this.broken = new HashMap<>(at.broken);
      this.seen = new HashSet<>(at.seen);
    }
  }

  /** Reads one of the document's arrays in two parts at once ({@link SplitRead}). */
  interface Split {
    /** Returns true if {@code array} is the one to read in two parts, when it is large enough. */
    boolean wants(EntityArray<?> array);

    /**
     * Reads {@code array}, at the parser's current token (the array's start), and, if it reads
     * part of it on another thread, the rest of the document there too.
     *
     * @return true if the rest of the document was read there, false if the array was read
     *     here, whole, and the parser is at its end
     */
    boolean read(ReadContext in, Document doc, EntityArray<?> array) throws IOException;
  }

  /**
   * Reads the fields of the document's object, from the field {@code first} whose name has just
   * been read, to the end of the object; with {@code split}, the array it wants is read by it.
   *
   * @return false if {@code split} read the rest of the document
   */
  static boolean readFields(ReadContext in, Document doc, String first, Split split)
      throws IOException {
    JsonParser p = in.parser();
    for (String name = first; name != null; name = p.nextFieldName()) {
      p.nextToken();
      EntityArray<?> array = BY_NAME.get(name);
      if (array == null && !name.equals(VERSION)) {
        in.reject(UNKNOWN);
      } else if (!doc.seen.add(name)) {
        in.reject("duplicate field; a field may appear once in an object");
      } else if (array == null) {
        version(in);
      } else if (split != null && split.wants(array) && in.token() == JsonToken.START_ARRAY) {
        if (split.read(in, doc, array)) {
          return false;
        }
      } else {
        doc.read.add(array.read(in, doc.read.size(), doc.broken));
      }
    }
    return true;
  }

  /**
   * After the document's object: reports a missing format version, refuses content after the
   * object, and builds the model.
   */
  static DisputeModel finish(ReadContext in, Document doc) throws IOException {
    checkEnd(in, doc);
    return build(in, doc.read, doc.broken, Parallelism.callingThread());
  }

  /** Reports a missing format version and refuses content after the document's object. */
  static void checkEnd(ReadContext in, Document doc) throws IOException {
    JsonParser p = in.parser();
    if (!doc.seen.contains(VERSION)) {
      in.problemAt("$." + VERSION, "(absent)", "required field missing: the format version, "
          + "such as \"" + JsonFormat.FORMAT_VERSION + "\"");
    }
    if (p.nextToken() != null) {
      JsonLocation at = p.currentLocation();
      throw refuse("$", "(input)", "not well-formed JSON at line " + at.getLineNr() + ", column "
          + at.getColumnNr() + ": more content after the document");
    }
  }

  /**
   * Builds the model from what was read, its integrity proved on {@code parallelism}
   * ({@link DisputeModel.Builder#build(Parallelism)}), unless a problem was found.
   *
   * @throws JsonFormatException listing every problem, the model's integrity problems included
   */
  static DisputeModel build(ReadContext in, List<EntityArray.Read<?>> read,
      Map<EntityId, String> broken, Parallelism parallelism) {
    List<JsonProblem> problems = new ArrayList<>(in.problems());
    int found = in.problemCount();
    if (!in.overflowed()) { // past the limit, references are not checked: the rest is counted
      DisputeModel.Builder model = DisputeModel.builder();
      read.forEach(r -> r.addTo(model));
      try {
        DisputeModel built = model.build(parallelism);
        if (problems.isEmpty()) {
          return built;
        }
      } catch (InvalidModelException e) {
        List<JsonProblem> integrity = IntegrityProblems.of(e, read, broken);
        found += integrity.size();
        problems.addAll(integrity.subList(0, Math.min(integrity.size(),
            in.maxProblems() - problems.size())));
      }
    }
    throw new JsonFormatException(problems, found - problems.size());
  }

  private static void version(ReadContext in) throws IOException {
    String text = in.token() == JsonToken.VALUE_STRING ? in.parser().getText() : "";
    Matcher m = MAJOR_MINOR.matcher(text);
    if (!m.matches()) {
      in.reject("expected a version string MAJOR.MINOR, such as \""
          + JsonFormat.FORMAT_VERSION + "\"");
      return;
    }
    int major = m.group(1).length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(m.group(1));
    if (major > JsonFormat.FORMAT_MAJOR) {
      // A newer major version may mean anything: refuse at once rather than guess.
      throw refuse(in.path(), ReadContext.quote(text), "format version " + text
          + " is newer than this reader supports (" + JsonFormat.FORMAT_MAJOR
          + ".x); use a newer dispute-model to read it");
    }
    if (major < JsonFormat.FORMAT_MAJOR) {
      in.problem(ReadContext.quote(text),
          "unknown format version; this reader reads " + JsonFormat.FORMAT_MAJOR + ".x");
    }
  }

  private static JsonFormatException refuse(String path, String value, String message) {
    return new JsonFormatException(List.of(new JsonProblem(path, value, message)));
  }
}
