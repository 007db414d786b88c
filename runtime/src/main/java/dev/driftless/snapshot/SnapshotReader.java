package dev.driftless.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.InjectableValues;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.driftless.schema.Schema;
import java.io.IOException;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Reads snapshot text back into a schema, strictly: a key it does not know, a value of the wrong
 * type or a missing required key is an error naming the file, the JSON path and the line. A
 * reader that skipped or defaulted them would turn a typo ({@code "nullabel"}, {@code "nullable":
 * "no"}) into a wrong revision and a rewritten snapshot, with the build still green.
 */
final class SnapshotReader {
  private static final String WAY_OUT =
      " Fix the file (the README describes its format) or restore it from version control, then "
          + "build again.";

  /** Jackson, with every leniency of its defaults turned off: the file has one spelling. */
  private static final ObjectReader STRICT = strictMapper().readerFor(SnapshotJson.Document.class);
  private static final ObjectReader SHAPE = STRICT.with(
      new InjectableValues.Std().addValue(SnapshotJson.SHAPE_ONLY, true));
  private static final ObjectReader MODEL = STRICT.with(
      new InjectableValues.Std().addValue(SnapshotJson.SHAPE_ONLY, false));

  private SnapshotReader() {}

  private static JsonMapper strictMapper() {
    JsonMapper mapper = JsonMapper.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(MapperFeature.ALLOW_FINAL_FIELDS_AS_MUTATORS)
        .disable(MapperFeature.AUTO_DETECT_FIELDS)
        .disable(MapperFeature.AUTO_DETECT_GETTERS)
        .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
        .disable(MapperFeature.AUTO_DETECT_SETTERS)
        .build();
    // No number, boolean or empty string is read as another type ("nullable": "no", "name": 5).
    mapper.coercionConfigDefaults()
        .setAcceptBlankAsEmpty(false)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.TryConvert)
        .setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
    return mapper;
  }

  /**
   * Parses snapshot text.
   *
   * @param source where the text came from, for error messages
   * @throws SnapshotFormatException on merge-conflict markers, bad JSON, an unknown format or
   *     anything but the snapshot's own keys and value types
   */
  static Schema read(String text, String source) {
    rejectConflictMarkers(text, source);
    try {
      Prescan.check(text, source, WAY_OUT);
      SHAPE.readValue(text); // unknown keys and wrong types, where they are
      SnapshotJson.Document document = MODEL.readValue(text);
      return document.schema;
    } catch (JsonMappingException e) {
      if (e.getCause() instanceof JsonProcessingException syntax) {
        throw notJson(source, syntax);
      }
      throw new SnapshotFormatException(source + ": " + problem(e) + " at " + path(e)
          + " (line " + line(text, e) + ")" + knownKeys(e) + "." + WAY_OUT, e);
    } catch (JsonProcessingException e) {
      throw notJson(source, e);
    } catch (IOException e) {
      // Text in memory: only a bug in the parser gets here, but then name the file all the same.
      throw new SnapshotFormatException(source + " cannot be parsed: " + e.getMessage(), e);
    }
  }

  private static SnapshotFormatException notJson(String source, JsonProcessingException e) {
    return new SnapshotFormatException(source + " is not valid JSON (" + e.getOriginalMessage()
        + " at line " + line(e) + ")." + WAY_OUT, e);
  }

  private static String problem(JsonMappingException e) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      return "unknown key \"" + unknown.getPropertyName() + "\"";
    }
    if (e instanceof ValueInstantiationException && e.getCause() != null) {
      return e.getCause().getMessage();
    }
    if (e instanceof InvalidFormatException invalid) {
      Object value = invalid.getValue();
      return (value instanceof String ? "\"" + value + "\"" : String.valueOf(value)) + " is not "
          + expected(invalid.getTargetType());
    }
    if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
      return "expected " + expected(mismatched.getTargetType());
    }
    return e.getOriginalMessage();
  }

  private static String knownKeys(JsonMappingException e) {
    return e instanceof UnrecognizedPropertyException unknown
        ? "; the keys here are " + unknown.getKnownPropertyIds().stream().map(String::valueOf)
            .sorted().collect(Collectors.joining(", "))
        : "";
  }

  /** What a value of {@code type} looks like in the snapshot, for "expected …". */
  private static String expected(Class<?> type) {
    if (type == String.class) {
      return "a string";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == Integer.class || type == int.class || type == Long.class
        || type == long.class) {
      return "a whole number";
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    return "an object";
  }

  /** The JSON path of the problem, {@code $.tables[0].columns[2].nullable}. */
  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder("$");
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        path.append('.').append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    if (e instanceof ValueInstantiationException
        && e.getCause() instanceof SnapshotJson.KeyException about) {
      path.append('.').append(about.key);
    }
    return path.toString();
  }

  /**
   * The line to point at. Jackson knows it for a value of the wrong type; an unknown key, a
   * missing one or a value the model refuses it reports only once the whole object is read, so
   * those are found again in the text: the line of the unknown key, or of the object's start.
   */
  private static int line(String text, JsonMappingException e) {
    if (!(e instanceof UnrecognizedPropertyException || e instanceof ValueInstantiationException)) {
      return line(e);
    }
    StringBuilder pointer = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      pointer.append('/').append(reference.getFieldName() != null
          ? reference.getFieldName().replace("~", "~0").replace("/", "~1")
          : String.valueOf(reference.getIndex()));
    }
    String target = pointer.toString();
    try (JsonParser parser = new JsonFactory().createParser(text)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        boolean candidate = e instanceof UnrecognizedPropertyException
            ? token == JsonToken.FIELD_NAME : token.isStructStart();
        if (candidate && parser.getParsingContext().pathAsPointer().toString().equals(target)) {
          return parser.currentTokenLocation().getLineNr();
        }
      }
    } catch (IOException notFound) {
      // The text parsed once already; fall back to where Jackson stopped.
    }
    return line(e);
  }

  private static int line(JsonProcessingException e) {
    return e.getLocation() == null ? -1 : e.getLocation().getLineNr();
  }

  private static void rejectConflictMarkers(String text, String source) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith("<<<<<<<") || line.startsWith(">>>>>>>") || line.startsWith("=======")) {
        throw new SnapshotFormatException(
            source + " has an unresolved git merge conflict (line " + (i + 1) + "). Keep the "
                + "objects of both sides: the snapshot must describe the schema after the "
                + "revisions of both branches. Delete the markers, then build again.");
      }
    }
  }
}
