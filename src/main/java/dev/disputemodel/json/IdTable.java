package dev.disputemodel.json;

import dev.disputemodel.EntityId;

/**
 * The ids of one kind read from one document, looked up by the characters of their text as the
 * parser holds them: a reference to an entity met before costs a hash of its characters and no
 * new object, and every reference to the entity shares one id object. Open addressing with
 * linear probing; not thread-safe.
 */
final class IdTable {
  private EntityId[] ids = new EntityId[1024];
  /** The text of each id, as characters: compared without going through the id and its string. */
  private char[][] texts = new char[1024][];
  private int[] hashes = new int[1024];
  private int size;
  /** {@code 32 - log2(capacity)}: a slot is the top bits of the mixed hash. */
  private int shift = 32 - 10;

  /** Returns the id whose text is {@code chars[offset, offset + length)}, or null if none yet. */
  EntityId find(char[] chars, int offset, int length, int hash) {
    int mask = ids.length - 1;
    for (int i = slot(hash); ; i = (i + 1) & mask) {
      EntityId id = ids[i];
      if (id == null) {
        return null;
      }
      if (hashes[i] == hash && sameText(texts[i], chars, offset, length)) {
        return id;
      }
    }
  }

  /** Adds {@code id}, whose text's {@link String#hashCode()} is {@code hash} and is not here yet. */
  void add(EntityId id, int hash) {
    if (2 * (size + 1) > ids.length) {
      grow();
    }
    insert(id, id.value().toCharArray(), hash);
    size++;
  }

  /** Returns {@link String#hashCode()} of the text {@code chars[offset, offset + length)}. */
  static int hash(char[] chars, int offset, int length) {
    int h = 0;
    for (int i = offset; i < offset + length; i++) {
      h = 31 * h + chars[i];
    }
    return h;
  }

  private void insert(EntityId id, char[] text, int hash) {
    int mask = ids.length - 1;
    int i = slot(hash);
    while (ids[i] != null) {
      i = (i + 1) & mask;
    }
    ids[i] = id;
    texts[i] = text;
    hashes[i] = hash;
  }

  private void grow() {
    EntityId[] oldIds = ids;
    char[][] oldTexts = texts;
    int[] oldHashes = hashes;
    ids = new EntityId[oldIds.length * 2];
    texts = new char[oldIds.length * 2][];
    hashes = new int[oldIds.length * 2];
    shift--;
    for (int i = 0; i < oldIds.length; i++) {
      if (oldIds[i] != null) {
        insert(oldIds[i], oldTexts[i], oldHashes[i]);
      }
    }
  }

  /**
   * Returns the home slot of {@code hash}: the top bits of the hash times the golden ratio. Ids
   * such as K1 to K99999 have string hashes in regular runs, which the low bits alone would pile
   * into long probe sequences.
   */
  private int slot(int hash) {
    return (hash * 0x9E3779B9) >>> shift;
  }

  /** A loop, not {@code Arrays.equals}: ids are a few characters, below its vectorized sizes. */
  private static boolean sameText(char[] text, char[] chars, int offset, int length) {
    if (text.length != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (text[i] != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }
}
