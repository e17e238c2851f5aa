package org.crm4j.core.guard;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.crm4j.core.audit.AuditAction;
import org.crm4j.core.audit.FieldChange;

/**
 * A repository port whose writes are recorded in the audit trail ({@link AuditRecorder}), by method:
 * <ul>
 *   <li>{@code save(x)} and each element of {@code saveAll}, {@code addAll}, {@code insertCustomers},
 *       {@code insertProducts}: CREATE with the record's non-empty fields;</li>
 *   <li>{@code update(x)}: UPDATE with the fields that differ from the stored record, read first through the
 *       port's {@code find(id)} (ports without one: the new values only);</li>
 *   <li>{@code delete(id)}: DELETE with the stored record's fields;</li>
 *   <li>{@code takeStock}: UPDATE of each product's {@code stock}; {@code activateProspects}: UPDATE of each
 *       customer's {@code stage}; {@code saveControlGroup}: CREATE of the campaign's control group.</li>
 * </ul>
 * Other methods are reads or locks and pass through. {@code version} and {@code updatedAt} are not listed.
 * Personal fields are {@link FieldChange#MASKED}. A write that throws records nothing. Thread-safe if the port is.
 */
public final class AuditingRepository implements InvocationHandler {

    private static final Set<String> CREATE_MANY = Set.of("saveAll", "addAll", "insertCustomers", "insertProducts");
    private static final Set<String> SKIPPED = Set.of("version", "updatedAt");
    private static final Map<String, Set<String>> PERSONAL = Map.of(
            "customer", Set.of("name", "email", "phone", "dateOfBirth", "gender", "tags"),
            "lead", Set.of("personName", "companyName", "email", "phone", "disqualifiedBecause"),
            "opportunity", Set.of("lostReason"),
            "ticket", Set.of("description", "comments", "resolution"),
            "activity", Set.of("body"),
            "surveyInvitation", Set.of("tokenHash", "answer"));

    private final Object target;
    private final AuditRecorder recorder;
    private final Method find;

    private AuditingRepository(Class<?> port, Object target, AuditRecorder recorder) {
        this.target = target;
        this.recorder = recorder;
        Method lookup = null;
        for (Method m : port.getMethods()) {
            if (m.getName().equals("find") && m.getParameterCount() == 1 && m.getReturnType() == Optional.class) {
                lookup = m;
            }
        }
        this.find = lookup;
    }

    /**
     * @param port     the repository interface
     * @param target   the adapter's repository
     * @param recorder the recorder of the CRM
     * @param <P>      the port type
     * @return the audited repository
     */
    public static <P> P wrap(Class<P> port, P target, AuditRecorder recorder) {
        AuditingRepository handler = new AuditingRepository(port, Objects.requireNonNull(target, "target"),
                Objects.requireNonNull(recorder, "recorder"));
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, handler));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "Audited[" + target + "]";
            };
        }
        String name = method.getName();
        Object before = null;
        if (name.equals("update") && args.length == 1 && idOf(args[0]) != null) {
            before = find(idOf(args[0])).orElse(null);
        } else if (name.equals("delete") && args.length == 1) {
            before = find(args[0]).orElse(null);
        }
        Object result = call(method, args);
        if (name.equals("save") && args.length == 1) {
            created(args[0]);
        } else if (CREATE_MANY.contains(name) && args.length == 1 && args[0] instanceof Collection<?> many) {
            many.forEach(this::created);
        } else if (name.equals("update") && args.length == 1) {
            Object after = result != null ? result : args[0];
            recorder.record(AuditAction.UPDATE, typeOf(after), keyOf(after), diff(typeOf(after), before, after));
        } else if (name.equals("delete") && args.length == 1) {
            String type = before != null ? typeOf(before) : typeOfId(args[0]);
            recorder.record(AuditAction.DELETE, type, String.valueOf(args[0]),
                    before == null ? List.of() : diff(type, before, null));
        } else if (name.equals("takeStock") && result instanceof Map<?, ?> products) {
            Map<?, ?> quantities = (Map<?, ?>) args[0];
            products.forEach((id, product) -> {
                int after = (Integer) component(product, "stock");
                int taken = ((Number) quantities.get(id)).intValue();
                recorder.record(AuditAction.UPDATE, "product", String.valueOf(id), List.of(new FieldChange("stock",
                        Optional.of(Integer.toString(after + taken)), Optional.of(Integer.toString(after)))));
            });
        } else if (name.equals("activateProspects") && result instanceof Collection<?> moved) {
            moved.forEach(id -> recorder.record(AuditAction.UPDATE, "customer", String.valueOf(id),
                    List.of(new FieldChange("stage", Optional.of("PROSPECT"), Optional.of("ACTIVE")))));
        } else if (name.equals("saveControlGroup") && args.length == 2) {
            recorder.record(AuditAction.CREATE, "controlGroup", String.valueOf(args[0]),
                    List.of(new FieldChange("controlGroup", Optional.empty(), Optional.of(cut(args[1])))));
        }
        return result;
    }

    private Object call(Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private void created(Object record) {
        String type = typeOf(record);
        recorder.record(AuditAction.CREATE, type, keyOf(record), diff(type, null, record));
    }

    /** Reads the stored record through the port's {@code find(id)}, if it has one. */
    private Optional<?> find(Object id) throws Throwable {
        if (find == null || !find.getParameterTypes()[0].isInstance(id)) {
            return Optional.empty();
        }
        return (Optional<?>) call(find, new Object[] {id});
    }

    /** @return the changes from {@code before} (or nothing) to {@code after} (or nothing), personal ones masked */
    private static List<FieldChange> diff(String type, Object before, Object after) {
        Class<?> shape = (after != null ? after : before).getClass();
        Set<String> personal = PERSONAL.getOrDefault(type, Set.of());
        List<FieldChange> changes = new ArrayList<>();
        for (RecordComponent c : shape.getRecordComponents()) {
            if (SKIPPED.contains(c.getName()) || before != null && after != null && c.getName().equals("id")) {
                continue;
            }
            Optional<String> old = before == null ? Optional.empty() : text(read(c, before));
            Optional<String> now = after == null ? Optional.empty() : text(read(c, after));
            if (old.equals(now)) {
                continue;
            }
            if (personal.contains(c.getName())) {
                old = old.map(v -> FieldChange.MASKED);
                now = now.map(v -> FieldChange.MASKED);
            }
            changes.add(new FieldChange(c.getName(), old, now));
        }
        return changes;
    }

    private static Optional<String> text(Object value) {
        if (value == null || value instanceof Optional<?> o && o.isEmpty()
                || value instanceof Collection<?> c && c.isEmpty() || value instanceof Map<?, ?> m && m.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(cut(value instanceof Optional<?> o ? o.get() : value));
    }

    private static String cut(Object value) {
        String text = String.valueOf(value);
        if (text.length() <= FieldChange.MAX_VALUE_LENGTH) {
            return text;
        }
        int end = FieldChange.MAX_VALUE_LENGTH;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "\u2026 (" + text.length() + " characters)";
    }

    /** @return {@code "customer"} for a {@code Customer}, {@code "customerRelationship"} for ... */
    private static String typeOf(Object record) {
        String simple = record.getClass().getSimpleName();
        return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }

    /** @return {@code "customer"} for a {@code CustomerId} */
    private static String typeOfId(Object id) {
        String simple = id.getClass().getSimpleName();
        String type = simple.endsWith("Id") ? simple.substring(0, simple.length() - 2) : simple;
        return Character.toLowerCase(type.charAt(0)) + type.substring(1);
    }

    private static Object idOf(Object record) {
        if (!record.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.getName().equals("id")) {
                return read(c, record);
            }
        }
        return null;
    }

    /** @return the record's id, or its id-typed components joined by {@code /} (a campaign member) */
    private static String keyOf(Object record) {
        Object id = idOf(record);
        if (id != null) {
            return String.valueOf(id);
        }
        List<String> parts = new ArrayList<>();
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.getType().getSimpleName().endsWith("Id")) {
                parts.add(String.valueOf(read(c, record)));
            }
        }
        return parts.isEmpty() ? "-" : String.join("/", parts);
    }

    private static Object component(Object record, String name) {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.getName().equals(name)) {
                return read(c, record);
            }
        }
        throw new IllegalStateException(record.getClass() + " must have a component " + name);
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("a record component of crm4j must be readable: " + component, e);
        }
    }
}
