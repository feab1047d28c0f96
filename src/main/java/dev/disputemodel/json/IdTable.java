package dev.disputemodel.json;

import dev.disputemodel.EntityId;
import java.util.Arrays;

/**
 * The ids of one kind read from one document, looked up by the characters of their text as the
 * parser holds them: a reference to an entity met before costs a pass over its characters and no
 * new object, and every reference to the entity shares one id object. Open addressing with
 * linear probing; not thread-safe.
 *
 * <p>The text of an id of at most 8 ASCII characters (such as {@code P153} or {@code K1000000}) is
 * packed, with its length, into the table's {@code long} key itself: a lookup then reads one
 * key and, on a match, one id, without following a pointer to the text. Longer texts keep their
 * characters, and their key is their string hash with the sign bit set, which no packed key has.
 * Packed ids that differ only in their last digit have their home slots side by side
 * ({@link #slot}), so that sequential ids are looked up in the cache lines of the ones before.
 */
final class IdTable {
  /** The most characters a packed key holds: 7 bits each, the length above them. */
  private static final int PACKED_CHARS = 8;
  /** The slots of a block of ids that differ only in their last digit: a power of two above 10. */
  private static final int BLOCK = 16;
  /** The key of an empty slot; every key of a text is non-zero. */
  private static final long EMPTY = 0L;

  private long[] keys = new long[1024];
  private EntityId[] ids = new EntityId[1024];
  /** The characters of each text too long to pack; null until there is one. */
  private char[][] texts;
  private int size;
  /** {@code 64 - log2(capacity)}: a slot is the top bits of the mixed key. */
  private int shift = 64 - 10;

  /** An empty table. */
  IdTable() {}

  /**
   * A table holding the ids of {@code other}, which it does not share: each goes on
   * separately, as when two threads read parts of one document ({@link SplitRead}).
   */
  IdTable(IdTable other) {
    keys = other.keys.clone();
    ids = other.ids.clone();
    texts = other.texts == null ? null : other.texts.clone(); // the texts themselves never change
    size = other.size;
    shift = other.shift;
  }

  /** Returns the id whose text is {@code chars[offset, offset + length)}, or null if none yet. */
  EntityId find(char[] chars, int offset, int length) {
    long key = key(chars, offset, length);
    int mask = keys.length - 1;
    for (int i = slot(key); ; i = (i + 1) & mask) {
      long k = keys[i];
      if (k == EMPTY) {
        return null;
      }
      if (k == key && (key > 0 || sameText(texts[i], chars, offset, length))) {
        return ids[i];
      }
    }
  }

  /**
   * Adds {@code id}, whose text is {@code chars[offset, offset + length)} and is not here yet.
   */
  void add(EntityId id, char[] chars, int offset, int length) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    long key = key(chars, offset, length);
    char[] text = key > 0 ? null : Arrays.copyOfRange(chars, offset, offset + length);
    insert(key, id, text);
    size++;
  }

  /**
   * Returns the key of a text: its characters and length packed, if it has at most
   * {@value #PACKED_CHARS} characters from U+0001 to U+007F; else its string hash with the sign
   * bit set.
   */
  static long key(char[] chars, int offset, int length) {
    if (length > 0 && length <= PACKED_CHARS) {
      long packed = 0;
      int i = 0;
      for (; i < length; i++) {
        char c = chars[offset + i];
        if (c == 0 || c >= 0x80) {
          break;
        }
        packed = packed << 7 | c;
      }
      if (i == length) {
        return packed | (long) length << (7 * PACKED_CHARS);
      }
    }
    int h = 0;
    for (int i = offset; i < offset + length; i++) {
      h = 31 * h + chars[i];
    }
    return Long.MIN_VALUE | (h & 0xFFFF_FFFFL);
  }

  private void insert(long key, EntityId id, char[] text) {
    int mask = keys.length - 1;
    int i = slot(key);
    while (keys[i] != EMPTY) {
      i = (i + 1) & mask;
    }
    keys[i] = key;
    ids[i] = id;
    if (text != null) {
      if (texts == null) {
        texts = new char[keys.length][];
      }
      texts[i] = text;
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    EntityId[] oldIds = ids;
    char[][] oldTexts = texts;
    keys = new long[oldKeys.length * 2];
    ids = new EntityId[oldKeys.length * 2];
    texts = null; // made again by insert, at the new size, for the first text kept
    shift--;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        insert(oldKeys[i], oldIds[i], oldTexts == null ? null : oldTexts[i]);
      }
    }
  }

  /**
   * Returns the home slot of {@code key}: the top bits of the key times the golden ratio, so that
   * ids such as K1 to K99999, whose keys come in regular runs, do not pile into long probe
   * sequences. A packed text that ends with a digit, though, is placed by the rest of its key
   * into a {@value #BLOCK}-slot block and by the digit within it: K12340 to K12349 share a block,
   * as sequential ids come in a document, so that a lookup of the next new id finds its slot in
   * the cache line of the one before instead of a random place of a large table.
   */
  int slot(long key) {
    long last = key & 0x7F;
    if (key > 0 && last >= '0' && last <= '9') {
      int block = (int) (((key ^ last) * 0x9E37_79B9_7F4A_7C15L) >>> shift) & -BLOCK;
      return block | (int) (last - '0');
    }
    return (int) ((key * 0x9E37_79B9_7F4A_7C15L) >>> shift);
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
