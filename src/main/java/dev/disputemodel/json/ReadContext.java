package dev.disputemodel.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The state of reading one document: the parser, every problem found so far, and the ids read.
 * Paths are not tracked while reading; a problem's JSON path is worked out from the parser's
 * context only when the problem is reported, so a valid document pays nothing for them.
 *
 * <p>One per document; not thread-safe.
 */
final class ReadContext {
  /** Renders values and copies objects; never reads the caller's input. */
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final int LONGEST_VALUE = JsonProblem.LONGEST_VALUE;

  private JsonParser parser;
  /** The path of the parser's root: {@code $}, or the object a copy was made of. */
  private String root = "$";
  /** The first {@link #maxProblems} problems found. */
  private final List<JsonProblem> problems = new ArrayList<>();
  private final int maxProblems;
  /** Every problem found, those beyond {@link #maxProblems} included. */
  private int problemCount;
  /** The ids read so far, one table per kind ({@link IdCodec#index}). */
  private final IdTable[] ids = new IdTable[Ids.ALL.size()];
  /** The view {@link #text()} returns, set again for each string. */
  private final ParserText text = new ParserText();

  ReadContext(JsonParser parser, int maxProblems) {
    this.parser = parser;
    this.maxProblems = maxProblems;
  }

  /**
   * A context reading another part of a document with {@code parser}, from the ids of
   * {@link #copyIds()}, which it goes on adding to ({@link SplitRead}).
   */
  ReadContext(JsonParser parser, int maxProblems, IdTable[] ids) {
    this(parser, maxProblems);
    System.arraycopy(ids, 0, this.ids, 0, this.ids.length);
  }

  /**
   * Returns copies of the tables of the ids read so far, one per kind (null for a kind with none
   * yet), for a context that reads another part of the same document on another thread.
   */
  IdTable[] copyIds() {
    IdTable[] copies = new IdTable[ids.length];
    for (int i = 0; i < ids.length; i++) {
      copies[i] = ids[i] == null ? null : new IdTable(ids[i]);
    }
    return copies;
  }

  JsonParser parser() {
    return parser;
  }

  JsonToken token() {
    return parser.currentToken();
  }

  /**
   * Returns the text of the current string token, viewed in the parser's buffer without a copy:
   * valid only until the parser moves, and the same object each call.
   */
  CharSequence text() throws IOException {
    return text.of(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
  }

  /** Returns the problems kept: the first {@link #maxProblems()} found. */
  List<JsonProblem> problems() {
    return problems;
  }

  /** Returns the number of problems found, those not kept included. */
  int problemCount() {
    return problemCount;
  }

  int maxProblems() {
    return maxProblems;
  }

  /** Returns true once more problems were found than are kept. */
  boolean overflowed() {
    return problemCount > maxProblems;
  }

  /** Reports a problem; beyond {@link #maxProblems()} it is only counted. */
  void problemAt(String path, String value, String message) {
    if (++problemCount <= maxProblems) {
      problems.add(new JsonProblem(path, value, message));
    }
  }

  /** Reports the current value as {@code value}: {@code message}. */
  void problem(String value, String message) {
    problemAt(path(), value, message);
  }

  /**
   * Reports the current value with {@code message}, consuming it, and returns null (for a codec
   * to return).
   */
  <T> T reject(String message) throws IOException {
    String at = path();
    problemAt(at, render(), message);
    return null;
  }

  /**
   * Returns the JSON path of the current value: at the start or end of an object or array, the
   * path of that object or array.
   */
  String path() {
    JsonStreamContext context = parser.getParsingContext();
    JsonToken t = parser.currentToken();
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      context = context.getParent();
    }
    return pathOf(context);
  }

  /**
   * Returns the JSON path where the parser stopped, for a problem that ends the read (the
   * parser may be anywhere, even before its first token).
   */
  String pathOrRoot() {
    return parser.currentToken() == null ? root : path();
  }

  private String pathOf(JsonStreamContext context) {
    if (context == null || context.inRoot()) {
      return root;
    }
    String parent = pathOf(context.getParent());
    return context.inArray()
        ? parent + "[" + context.getCurrentIndex() + "]"
        : child(parent, context.getCurrentName());
  }

  /**
   * Returns the path of the field {@code name} of the object at {@code path}: {@code $.a.b}, or
   * {@code $.a['b c']} for a name that cannot follow a dot (the empty name too: {@code $['']}). A
   * name that is a path already (a reference field such as {@code propositions[0].conflict}) is
   * appended as it is.
   */
  static String child(String path, String name) {
    if (isPathName(name)) {
      return path + "." + name;
    }
    return path + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  /** Returns true if {@code name} matches {@code [A-Za-z_][A-Za-z0-9_.\[\]]*}. */
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

  /**
   * Returns the current value as JSON text for a problem report, shortened to 80 characters,
   * and consumes it.
   */
  String render() throws IOException {
    JsonToken t = parser.currentToken();
    String text;
    if (t == JsonToken.VALUE_STRING) {
      text = quote(parser.getText());
    } else if (t != null && t.isScalarValue()) {
      text = parser.getText();
    } else {
      Prefix out = new Prefix();
      try (JsonGenerator g = FACTORY.createGenerator(out)) {
        g.copyCurrentStructure(parser);
      }
      text = out.text.toString();
    }
    return shorten(text);
  }

  /** Keeps the first characters written to it, enough to render a value, and drops the rest. */
  private static final class Prefix extends Writer {
    final StringBuilder text = new StringBuilder();

    @Override
    public void write(char[] chars, int offset, int length) {
      text.append(chars, offset, Math.max(0, Math.min(length, LONGEST_VALUE + 1 - text.length())));
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  /** Returns {@code text} as a JSON string literal, shortened to {@value #LONGEST_VALUE}. */
  static String quote(String text) {
    String head = text.substring(0, Math.min(text.length(), LONGEST_VALUE));
    return shorten("\"" + new String(JsonStringEncoder.getInstance().quoteAsString(head)) + "\"");
  }

  private static String shorten(String text) {
    return JsonProblem.head(text, LONGEST_VALUE);
  }

  /**
   * Consumes the rest of the current object, whose first field name {@code first} has just been
   * read (null if the object is empty), and returns a copy of the whole object as JSON bytes.
   */
  byte[] copyRestOfObject(String first) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator g = FACTORY.createGenerator(bytes)) {
      g.writeStartObject();
      if (first != null) {
        do {
          g.copyCurrentStructure(parser); // the field name and its value
        } while (parser.nextToken() == JsonToken.FIELD_NAME);
      }
      g.writeEndObject();
    }
    return bytes.toByteArray();
  }

  /**
   * Reads {@code copy}, a copy of the object at {@code path} made by {@link #copyRestOfObject},
   * with {@code codec}; problems are reported with paths under {@code path}.
   */
  <T> T reread(byte[] copy, String path, Reader<T> reader) throws IOException {
    JsonParser original = parser;
    String originalRoot = root;
    try (JsonParser p = FACTORY.createParser(copy)) {
      parser = p;
      root = path;
      p.nextToken();
      return reader.read(this);
    } finally {
      parser = original;
      root = originalRoot;
    }
  }

  /** Reads something from the parser of a {@link ReadContext}, as {@link ValueCodec#read} does. */
  interface Reader<T> {
    T read(ReadContext in) throws IOException;
  }

  /** Consumes the rest of the current object, after one of its values. */
  void skipRestOfObject() throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      parser.nextToken();
      parser.skipChildren();
    }
  }

  /** Returns the table of the ids of the kind {@code index} read so far. */
  IdTable ids(int index) {
    IdTable table = ids[index];
    if (table == null) {
      table = new IdTable();
      ids[index] = table;
    }
    return table;
  }
}
