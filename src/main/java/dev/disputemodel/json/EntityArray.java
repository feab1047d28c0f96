package dev.disputemodel.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.disputemodel.DisputeModel;
import dev.disputemodel.Entity;
import dev.disputemodel.EntityId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One of the document's arrays of entities ({@code "parties"}, {@code "claims"}): its name, the
 * entities' codec and id field, and where the entities go in a {@link DisputeModel}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the kind of entity
 */
final class EntityArray<T extends Entity> {
  final String name;
  private final SerializedString key;
  private final ObjectCodec<T> codec;
  private final Slot<? extends EntityId> id;
  private final Function<DisputeModel, List<T>> getter;
  private final BiConsumer<DisputeModel.Builder, List<T>> adder;

  EntityArray(String name, ObjectCodec<T> codec, Slot<? extends EntityId> id,
      Function<DisputeModel, List<T>> getter, BiConsumer<DisputeModel.Builder, List<T>> adder) {
    this.name = name;
    this.key = new SerializedString(name);
    this.codec = codec;
    this.id = id;
    this.getter = getter;
    this.adder = adder;
  }

  /** Writes the model's entities of this kind, unless there are none. */
  void write(DisputeModel model, JsonGenerator out) throws IOException {
    List<T> entities = getter.apply(model);
    if (entities.isEmpty()) {
      return;
    }
    out.writeFieldName(key);
    out.writeStartArray();
    for (T e : entities) {
      codec.write(e, out);
    }
    out.writeEndArray();
  }

  /**
   * Reads the array at the parser's current token. The id of an entity that has a problem goes
   * to {@code broken}, with the entity's path, so references to it are not reported again.
   *
   * @param order the place of this array among the arrays of the document
   */
  Read<T> read(ReadContext in, int order, Map<EntityId, String> broken) throws IOException {
    Read<T> read = newRead(order);
    if (in.token() != JsonToken.START_ARRAY) {
      in.reject("expected an array");
      return read;
    }
    readElements(in, read, 0, Long.MAX_VALUE, broken);
    return read;
  }

  /** Returns an empty {@link Read} of this array. */
  Read<T> newRead(int order) {
    return new Read<>(this, order);
  }

  /**
   * Reads the elements of the array whose start or last element the parser is at, numbering them
   * from {@code first}, up to the end of the array, or up to the first element that begins at
   * byte {@code stopAt} or later ({@link SplitRead}), which is left unread.
   *
   * @return the index of the element it stopped before, or -1 at the end of the array
   */
  int readElements(ReadContext in, Read<T> read, int first, long stopAt,
      Map<EntityId, String> broken) throws IOException {
    JsonParser p = in.parser();
    for (int index = first; p.nextToken() != JsonToken.END_ARRAY; index++) {
      if (stopAt != Long.MAX_VALUE && p.currentTokenLocation().getByteOffset() >= stopAt) {
        return index;
      }
      readElement(in, read, index, broken);
    }
    return -1;
  }

  /**
   * Reads the rest of the array from the element {@code index} whose first token the parser is
   * at (where {@link #readElements} stopped), to the end of the array.
   */
  void readFrom(ReadContext in, Read<T> read, int index, Map<EntityId, String> broken)
      throws IOException {
    readElement(in, read, index, broken);
    readElements(in, read, index + 1, Long.MAX_VALUE, broken);
  }

  private void readElement(ReadContext in, Read<T> read, int index, Map<EntityId, String> broken)
      throws IOException {
    JsonParser p = in.parser();
    if (p.currentToken() != JsonToken.START_OBJECT) {
      in.reject("expected an object");
      return;
    }
    Slots values = codec.slots(in);
    codec.readFields(in, values, p.nextFieldName());
    T entity = codec.finish(in, values);
    if (entity != null) {
      read.add(entity, index);
    } else if (values.get(id) != null && !in.overflowed()) {
      // Each broken entity has a problem of its own: at most maxProblems of them are kept.
      broken.putIfAbsent(values.get(id), in.path());
    }
  }

  /** The entities read from one array, with their indexes in it. Not thread-safe. */
  static final class Read<T extends Entity> {
    final EntityArray<T> array;
    /** The place of the array among the arrays of the document. */
    final int order;
    final List<T> entities = new ArrayList<>();
    private int[] indexes = new int[16];

    private Read(EntityArray<T> array, int order) {
      this.array = array;
      this.order = order;
    }

    private void add(T entity, int index) {
      if (entities.size() == indexes.length) {
        indexes = Arrays.copyOf(indexes, indexes.length * 2);
      }
      indexes[entities.size()] = index;
      entities.add(entity);
    }

    /**
     * Adds the entities of {@code rest}, read from a later part of the same array, whose indexes
     * there are {@code offset} less than in the whole array.
     */
    void addAll(Read<T> rest, int offset) {
      int size = entities.size();
      int more = rest.entities.size();
      if (size + more > indexes.length) {
        indexes = Arrays.copyOf(indexes, size + more);
      }
      for (int i = 0; i < more; i++) {
        indexes[size + i] = rest.indexes[i] + offset;
      }
      entities.addAll(rest.entities);
    }

    /** Returns the JSON path of the {@code i}th entity read. */
    String path(int i) {
      return "$." + array.name + "[" + indexes[i] + "]";
    }

    /** Adds the entities to {@code model}. */
    void addTo(DisputeModel.Builder model) {
      array.adder.accept(model, entities);
    }
  }
}
