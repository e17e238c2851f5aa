package org.crm4j.core.guard;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.crm4j.core.customer.CustomerQuery;
import org.crm4j.core.lead.LeadQuery;
import org.crm4j.core.opportunity.OpportunityQuery;
import org.crm4j.core.security.AccessDeniedException;
import org.crm4j.core.security.AccessPolicy;
import org.crm4j.core.security.Ownership;
import org.crm4j.core.security.Permission;
import org.crm4j.core.security.Principal;
import org.crm4j.core.security.RecordOwners;
import org.crm4j.core.security.RecordRef;
import org.crm4j.core.security.RecordType;
import org.crm4j.core.security.Scope;
import org.crm4j.core.security.SecurityContext;
import org.crm4j.core.security.Visibility;

/**
 * Access control around one service: every call asks the host's {@link SecurityContext} who acts, requires the
 * permission {@link Operations} gives the method, and, for a user whose scope is not {@link Scope#ALL},
 * <ol>
 *   <li>requires every owned record the arguments name (ids, {@link RecordRef}s, ids in collections and
 *       optionals, ids in the components of command records, one level deep) to be visible ({@link Visibility#permits}), reading their
 *       ownership in one transaction per type before the call;</li>
 *   <li>narrows search criteria of owned records ({@link CustomerQuery}, {@link LeadQuery},
 *       {@link OpportunityQuery}) to the user's {@link Visibility}, which
 *       the adapters apply in the query (so pages and counts agree);</li>
 *   <li>drops invisible records from {@code Optional} and {@code List} results of lookups by other keys
 *       ({@code findByEmail}, {@code findByPhone}, {@code matchingCustomer}, {@code ofCustomer}).</li>
 * </ol>
 * A refusal is recorded in the audit trail (action DENIED, in a transaction of its own) and throws
 * {@link AccessDeniedException} before the service runs: nothing changed. The call runs with {@link Acting} set,
 * so that the ports' decorators give new records their owner and audit entries their actor and operation.
 * Without a security context the guard checks nothing and only sets {@link Acting} to {@link Principal#SYSTEM}.
 * Thread-safe.
 */
public final class Guard implements InvocationHandler {

    private static final int CHUNK = 1_000;

    private final Class<?> service;
    private final Object target;
    private final SecurityContext context;
    private final AccessPolicy policy;
    private final RecordOwners owners;
    private final AuditedTransactions transactions;
    private final AuditRecorder recorder;

    private Guard(Class<?> service, Object target, SecurityContext context, AccessPolicy policy,
            RecordOwners owners, AuditedTransactions transactions, AuditRecorder recorder) {
        this.service = service;
        this.target = target;
        this.context = context;
        this.policy = policy;
        this.owners = owners;
        this.transactions = transactions;
        this.recorder = recorder;
    }

    /**
     * Wraps a service.
     *
     * @param service      the service interface, ruled by {@link Operations}
     * @param target       the service
     * @param context      who acts, or null for a CRM without security context: then every call acts for
     *                     {@link Principal#SYSTEM} unchecked (only {@link Acting} is set, for the audit trail)
     * @param policy       what roles may do
     * @param owners       the ownership port
     * @param transactions the audited transactions the ownership reads and the refusals' entries run in
     * @param recorder     the audit recorder, for refusals
     * @param <S>          the service type
     * @return the guarded service
     * @throws IllegalArgumentException if {@code service} has no rule
     */
    public static <S> S wrap(Class<S> service, S target, SecurityContext context, AccessPolicy policy,
            RecordOwners owners, AuditedTransactions transactions, AuditRecorder recorder) {
        if (!Operations.isRuled(service)) {
            throw new IllegalArgumentException("service must have a rule in Operations, was " + service);
        }
        Guard guard = new Guard(service, Objects.requireNonNull(target, "target"), context,
                Objects.requireNonNull(policy, "policy"), Objects.requireNonNull(owners, "owners"),
                Objects.requireNonNull(transactions, "transactions"), Objects.requireNonNull(recorder, "recorder"));
        return service.cast(Proxy.newProxyInstance(service.getClassLoader(), new Class<?>[] {service}, guard));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return objectMethod(proxy, method, args);
        }
        String operation = service.getSimpleName() + "." + method.getName();
        Object[] actual = args == null ? new Object[0] : args.clone();
        if (context == null) {
            return Acting.as(Principal.SYSTEM, operation, () -> call(method, actual));
        }
        Principal principal = Objects.requireNonNull(context.current(), "SecurityContext.current() returned null");
        Permission permission = Operations.permissionOf(service, method, actual);
        if (!policy.allows(principal, permission)) {
            recorder.denied(transactions, principal.user(), operation, "-", "-", permission.name());
            throw AccessDeniedException.lacking(principal, permission, operation);
        }
        Optional<Visibility> visibility = Visibility.of(principal, policy.scopeOf(principal));
        if (visibility.isPresent()) {
            requireVisible(principal, visibility.get(), actual, operation);
            narrow(actual, visibility);
        }
        Object result = Acting.as(principal, operation, () -> call(method, actual));
        return visibility.isPresent() ? filter(result, visibility.get()) : result;
    }

    private Object call(Method method, Object[] args) {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("a service method must be public: " + method, e);
        }
    }

    private void requireVisible(Principal principal, Visibility visibility, Object[] args, String operation) {
        Map<RecordType, Set<UUID>> named = new EnumMap<>(RecordType.class);
        for (Object arg : args) {
            collect(arg, named, true);
        }
        if (named.isEmpty()) {
            return;
        }
        named.forEach((type, ids) -> {
            List<UUID> all = new ArrayList<>(ids);
            for (int from = 0; from < all.size(); from += CHUNK) {
                List<UUID> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
                Map<UUID, Ownership> found = transactions.inTransaction(() -> owners.findAll(type, chunk));
                for (UUID id : chunk) {
                    if (!visibility.permits(Optional.ofNullable(found.get(id)))) {
                        recorder.denied(transactions, principal.user(), operation, type.label(), id.toString(),
                                "scope " + policy.scopeOf(principal));
                        throw AccessDeniedException.outOfScope(principal, new RecordRef(type, id), operation);
                    }
                }
            }
        });
    }

    /** Collects the owned records {@code value} names: itself, its elements, its record components (once). */
    private static void collect(Object value, Map<RecordType, Set<UUID>> named, boolean descend) {
        if (value == null) {
            return;
        }
        Optional<RecordRef> ref = value instanceof RecordRef given ? Optional.of(given) : OwnedTypes.ofId(value);
        if (ref.isPresent()) {
            named.computeIfAbsent(ref.get().type(), t -> new LinkedHashSet<>()).add(ref.get().id());
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(inner -> collect(inner, named, descend));
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(element -> collect(element, named, descend));
        } else if (descend && value.getClass().isRecord() && isCrm(value.getClass())) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                collect(read(component, value), named, false);
            }
        }
    }

    private static boolean isCrm(Class<?> type) {
        return type.getPackageName().startsWith("org.crm4j.core.");
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("a record component of crm4j must be readable: " + component, e);
        }
    }

    /** Replaces search criteria of owned records by a copy restricted to {@code visibility}. */
    private static void narrow(Object[] args, Optional<Visibility> visibility) {
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof CustomerQuery query) {
                args[i] = query.restrictedTo(visibility);
            } else if (args[i] instanceof LeadQuery query) {
                args[i] = query.restrictedTo(visibility);
            } else if (args[i] instanceof OpportunityQuery query) {
                args[i] = query.restrictedTo(visibility);
            }
        }
    }

    /** Drops invisible owned records from an optional or list result. */
    private Object filter(Object result, Visibility visibility) {
        if (result instanceof Optional<?> optional && optional.isPresent()) {
            Optional<RecordRef> ref = OwnedTypes.ofAggregate(optional.get());
            if (ref.isPresent() && !visible(ref.get(), visibility)) {
                return Optional.empty();
            }
        } else if (result instanceof List<?> list && !list.isEmpty()
                && OwnedTypes.ofAggregate(list.get(0)).isPresent()) {
            List<Object> kept = new ArrayList<>();
            for (Object element : list) {
                if (visible(OwnedTypes.ofAggregate(element).orElseThrow(), visibility)) {
                    kept.add(element);
                }
            }
            return List.copyOf(kept);
        }
        return result;
    }

    private boolean visible(RecordRef ref, Visibility visibility) {
        return visibility.permits(transactions.inTransaction(() -> owners.find(ref)));
    }

    private Object objectMethod(Object proxy, Method method, Object[] args) {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> "Guarded" + service.getSimpleName() + "[" + target + "]";
        };
    }
}
