package org.crm4j.jpa;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.crm4j.core.privacy.CustomerRecord;

/**
 * Writes a {@link CustomerRecord} (crm-core's answer to a subject access or portability request) as JSON with
 * Jackson's streaming generator: one object {@code {"format": "crm4j-customer-record", "version": 1, ...}} with
 * the record's components in their declared order.
 *
 * <p>The mapping is uniform, so every feature's records come out the same way: a record is an object of its
 * components in declaration order, except a record whose one component is named {@code value} (ids, e-mail
 * addresses, phone numbers, tags), which is that value; an {@code Optional} is its value or {@code null}; a
 * collection is an array; a map is an object with its keys' text, sorted; an enum is its name; numbers and
 * booleans are JSON numbers and booleans ({@code BigDecimal} exactly, as written by {@code toPlainString}); byte
 * arrays are Base64; instants, dates, durations, UUIDs, currencies and everything else are their {@code toString}
 * (ISO-8601 for the java.time types). Stateless and thread-safe.
 */
public final class CustomerRecordJson {

    /** The value of the {@code format} member. */
    public static final String FORMAT = "crm4j-customer-record";
    /** The version of the layout; raised when a component changes meaning. */
    public static final int VERSION = 1;

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private CustomerRecordJson() {
    }

    /**
     * Writes the record as UTF-8 JSON; the stream is flushed, not closed.
     *
     * @param record the record, not null
     * @param out    where to write, not null
     * @throws UncheckedIOException if writing fails
     */
    public static void write(CustomerRecord record, OutputStream out) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(out, "out");
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeNumberField("version", VERSION);
            for (RecordComponent component : CustomerRecord.class.getRecordComponents()) {
                json.writeFieldName(component.getName());
                value(json, read(component, record));
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the customer record as JSON", e);
        }
    }

    /**
     * @param record the record, not null
     * @return the JSON text
     */
    public static String toJson(CustomerRecord record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(record, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void value(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Optional<?> optional) {
            value(json, optional.orElse(null));
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value instanceof BigDecimal decimal) {
            json.writeNumber(decimal.toPlainString());
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            json.writeNumber(((Number) value).doubleValue());
        } else if (value instanceof Enum<?> constant) {
            json.writeString(constant.name());
        } else if (value instanceof byte[] bytes) {
            json.writeString(Base64.getEncoder().encodeToString(bytes));
        } else if (value instanceof Collection<?> items) {
            json.writeStartArray();
            for (Object item : items) {
                value(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((key, item) -> sorted.put(key instanceof Enum<?> e ? e.name() : String.valueOf(key), item));
            json.writeStartObject();
            for (Map.Entry<String, Object> entry : sorted.entrySet()) {
                json.writeFieldName(entry.getKey());
                value(json, entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof Record record) {
            RecordComponent[] components = record.getClass().getRecordComponents();
            if (components.length == 1 && components[0].getName().equals("value")) {
                value(json, read(components[0], record));
                return;
            }
            json.writeStartObject();
            for (RecordComponent component : components) {
                json.writeFieldName(component.getName());
                value(json, read(component, record));
            }
            json.writeEndObject();
        } else {
            json.writeString(value.toString());
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + record.getClass().getName() + "."
                    + component.getName(), e);
        }
    }
}
