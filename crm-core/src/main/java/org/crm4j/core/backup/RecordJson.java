package org.crm4j.core.backup;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The mapping between crm4j's domain records and one line of JSON, the same in both directions so that what
 * {@link #write} produced {@link #read} turns back into an equal record.
 *
 * <p>A record is an object of its components in declaration order, except a record whose one component is named
 * {@code value} (ids, e-mail addresses, tags), which is that value; an {@code Optional} is its value or
 * {@code null}; a list is an array; a set is an array sorted by the elements' JSON text and a map an object sorted
 * by key (so that the output does not depend on an adapter's iteration order); an enum is its name; numbers and
 * booleans are JSON numbers and booleans ({@code BigDecimal} exactly, by {@code toPlainString}, keeping its scale);
 * instants, dates, durations, UUIDs and currencies are their ISO-8601 or standard text. Reading goes through each
 * record's canonical constructor, so every invariant the domain checks is checked again. Thread-safe.
 */
final class RecordJson {

    private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();

    private RecordJson() {
    }

    /**
     * @param value a domain record
     * @return its JSON text on one line
     */
    static String write(Object value) {
        StringBuilder out = new StringBuilder(256);
        value(out, value);
        return out.toString();
    }

    /**
     * @param line one line written by {@link #write}
     * @param type the record's class
     * @param <T>  the record type
     * @return the record
     * @throws IllegalArgumentException naming the JSON error or the member and the rule it breaks
     */
    static <T> T read(String line, Class<T> type) {
        return type.cast(bind(Json.parse(line), type, "$"));
    }

    private static void value(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Optional<?> optional) {
            value(out, optional.orElse(null));
        } else if (value instanceof String text) {
            Json.quote(out, text);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof Short) {
            out.append(value);
        } else if (value instanceof Double || value instanceof Float) {
            double number = ((java.lang.Number) value).doubleValue();
            if (!Double.isFinite(number)) {
                throw new IllegalArgumentException("a backup cannot hold the number " + number);
            }
            out.append(number);
        } else if (value instanceof BigDecimal decimal) {
            out.append(decimal.toPlainString());
        } else if (value instanceof Enum<?> constant) {
            Json.quote(out, constant.name());
        } else if (value instanceof Set<?> items) {
            List<String> texts = new ArrayList<>();
            for (Object item : items) {
                texts.add(write(item));
            }
            texts.sort(null);
            out.append('[').append(String.join(",", texts)).append(']');
        } else if (value instanceof Collection<?> items) {
            out.append('[');
            boolean first = true;
            for (Object item : items) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                value(out, item);
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((key, item) -> sorted.put(key instanceof Enum<?> e ? e.name() : String.valueOf(key), item));
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> entry : sorted.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                Json.quote(out, entry.getKey());
                out.append(':');
                value(out, entry.getValue());
            }
            out.append('}');
        } else if (value instanceof Record record) {
            RecordComponent[] components = record.getClass().getRecordComponents();
            if (isWrapper(components)) {
                value(out, component(components[0], record));
                return;
            }
            out.append('{');
            for (int i = 0; i < components.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                Json.quote(out, components[i].getName());
                out.append(':');
                value(out, component(components[i], record));
            }
            out.append('}');
        } else if (value instanceof Instant || value instanceof LocalDate || value instanceof Duration
                || value instanceof UUID) {
            Json.quote(out, value.toString());
        } else if (value instanceof Currency currency) {
            Json.quote(out, currency.getCurrencyCode());
        } else {
            throw new IllegalArgumentException("a backup cannot hold a " + value.getClass().getName());
        }
    }

    private static boolean isWrapper(RecordComponent[] components) {
        return components.length == 1 && components[0].getName().equals("value");
    }

    private static Object component(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + record.getClass().getName() + "."
                    + component.getName(), e);
        }
    }

    private static Object bind(Object json, Type type, String path) {
        if (type instanceof ParameterizedType generic) {
            return bindGeneric(json, generic, path);
        }
        if (!(type instanceof Class<?> target)) {
            throw new IllegalStateException("unsupported type " + type + " at " + path);
        }
        if (json == null) {
            throw new IllegalArgumentException(path + " must not be null");
        }
        if (target == String.class) {
            return expect(json, String.class, path);
        }
        if (target == boolean.class || target == Boolean.class) {
            return expect(json, Boolean.class, path);
        }
        if (target == int.class || target == Integer.class) {
            return exact(json, path).intValueExact();
        }
        if (target == long.class || target == Long.class) {
            return exact(json, path).longValueExact();
        }
        if (target == double.class || target == Double.class) {
            return Double.parseDouble(expect(json, Json.Number.class, path).text());
        }
        if (target == BigDecimal.class) {
            return new BigDecimal(expect(json, Json.Number.class, path).text());
        }
        if (target.isEnum()) {
            String name = expect(json, String.class, path);
            for (Object constant : target.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(name)) {
                    return constant;
                }
            }
            throw new IllegalArgumentException(path + " must be one of the " + target.getSimpleName()
                    + " constants, was \"" + name + "\"");
        }
        if (target.isRecord()) {
            return bindRecord(json, target, path);
        }
        String text = expect(json, String.class, path);
        try {
            if (target == Instant.class) {
                return Instant.parse(text);
            }
            if (target == LocalDate.class) {
                return LocalDate.parse(text);
            }
            if (target == Duration.class) {
                return Duration.parse(text);
            }
            if (target == UUID.class) {
                UUID id = UUID.fromString(text);
                if (!id.toString().equals(text)) {
                    throw new IllegalArgumentException("not a canonical UUID");
                }
                return id;
            }
            if (target == Currency.class) {
                return Currency.getInstance(text);
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(path + " must be a " + target.getSimpleName() + ", was \"" + text
                    + "\"", e);
        }
        throw new IllegalStateException("unsupported type " + target.getName() + " at " + path);
    }

    private static Object bindGeneric(Object json, ParameterizedType type, String path) {
        Class<?> raw = (Class<?>) type.getRawType();
        Type[] arguments = type.getActualTypeArguments();
        if (raw == Optional.class) {
            return json == null ? Optional.empty() : Optional.of(bind(json, arguments[0], path));
        }
        if (json == null) {
            throw new IllegalArgumentException(path + " must not be null");
        }
        if (raw == List.class || raw == Set.class) {
            List<?> items = expect(json, List.class, path);
            Collection<Object> out = raw == List.class ? new ArrayList<>() : new LinkedHashSet<>();
            for (int i = 0; i < items.size(); i++) {
                out.add(bind(items.get(i), arguments[0], path + "[" + i + "]"));
            }
            if (out.size() != items.size()) {
                throw new IllegalArgumentException(path + " must not repeat an element");
            }
            return out;
        }
        if (raw == Map.class) {
            Map<?, ?> members = expect(json, Map.class, path);
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> member : members.entrySet()) {
                String name = (String) member.getKey();
                out.put(bind(name, arguments[0], path + ".key"), bind(member.getValue(), arguments[1],
                        path + "." + name));
            }
            return out;
        }
        throw new IllegalStateException("unsupported type " + type + " at " + path);
    }

    private static Object bindRecord(Object json, Class<?> target, String path) {
        RecordComponent[] components = target.getRecordComponents();
        Object[] arguments = new Object[components.length];
        if (isWrapper(components)) {
            arguments[0] = bind(json, components[0].getGenericType(), path);
        } else {
            Map<?, ?> members = expect(json, Map.class, path);
            for (int i = 0; i < components.length; i++) {
                String name = components[i].getName();
                if (!members.containsKey(name)) {
                    throw new IllegalArgumentException(path + "." + name + " is missing");
                }
                arguments[i] = bind(members.get(name), components[i].getGenericType(), path + "." + name);
            }
            if (members.size() != components.length) {
                List<String> unknown = new ArrayList<>();
                for (Object name : members.keySet()) {
                    unknown.add(String.valueOf(name));
                }
                for (RecordComponent component : components) {
                    unknown.remove(component.getName());
                }
                throw new IllegalArgumentException(path + " has members a " + target.getSimpleName()
                        + " does not know: " + unknown);
            }
        }
        try {
            return constructor(target).newInstance(arguments);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new IllegalArgumentException(path + " is not a valid " + target.getSimpleName() + ": "
                    + cause.getMessage(), cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create a " + target.getName(), e);
        }
    }

    private static Constructor<?> constructor(Class<?> target) {
        return CONSTRUCTORS.computeIfAbsent(target, type -> {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
            }
            try {
                return type.getDeclaredConstructor(types);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("no canonical constructor in " + type.getName(), e);
            }
        });
    }

    private static BigDecimal exact(Object json, String path) {
        String text = expect(json, Json.Number.class, path).text();
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(path + " must be a number, was " + text, e);
        }
    }

    private static <T> T expect(Object json, Class<T> type, String path) {
        if (!type.isInstance(json)) {
            String wanted = type == Json.Number.class ? "number" : type == Map.class ? "object"
                    : type == List.class ? "array" : type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
            throw new IllegalArgumentException(path + " must be a JSON " + wanted + ", was " + describe(json));
        }
        return type.cast(json);
    }

    private static String describe(Object json) {
        if (json instanceof Json.Number number) {
            return number.text();
        }
        if (json instanceof String text) {
            return "\"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
        }
        return json instanceof Map ? "an object" : json instanceof List ? "an array" : String.valueOf(json);
    }
}
